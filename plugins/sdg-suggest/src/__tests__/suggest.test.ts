import fc from 'fast-check';
import {detectLocale, suggestSdg} from '../index.js';

const goals = (text: string, locale?: string) =>
  suggestSdg(text, {locale}).goals.map((g) => g.code);

describe('suggestSdg', () => {
  test('ranks goals and names the words that triggered them', () => {
    const result = suggestSdg(
      'Smallholder farmers face falling crop yields during the drought, and food insecurity is rising in rural districts.',
    );
    expect(result.locale).toBe('en');
    expect(result.localeSource).toBe('detected');
    expect(result.goals[0]).toMatchObject({goal: 2, code: '2'});
    expect(result.goals[0].triggers.map((t) => t.text)).toEqual(
      expect.arrayContaining(['Smallholder farmers', 'crop yields']),
    );
  });

  test('suggests targets of the suggested goals only', () => {
    const result = suggestSdg(
      'Households without safe drinking water or piped water supply collect water from unprotected wells; open defecation and lack of handwashing spread disease.',
    );
    expect(result.goals[0].code).toBe('6');
    const targets = result.targets.map((t) => t.code);
    expect(targets).toEqual(expect.arrayContaining(['6.1', '6.2']));
    for (const target of result.targets)
      expect(result.goals.map((g) => g.goal)).toContain(target.goal);
  });

  test('a passing mention is a candidate, not a suggestion', () => {
    const result = suggestSdg(
      'The committee met on Tuesday to discuss the budget and the water cooler.',
    );
    expect(result.goals).toEqual([]);
    expect(result.candidates.map((g) => g.code)).toContain('6');
  });

  test('reads French and Russian', () => {
    expect(
      goals("L'accès à l'eau potable et à l'assainissement reste limité dans les zones rurales."),
    ).toContain('6');
    expect(
      goals('Доступ к чистой питьевой воде и санитарии остается ограниченным в сельских районах.'),
    ).toContain('6');
  });

  test('an unsupported locale becomes a note, and the language is guessed', () => {
    const result = suggestSdg('Renewable energy and energy efficiency in buildings.', {
      locale: 'es',
    });
    expect(result.notes).toMatchInlineSnapshot(`
     [
       "Locale \`es\` is not supported, expected \`en\`, \`fr\` or \`ru\`; the text's language was guessed instead.",
     ]
    `);
    expect(result.locale).toBe('en');
    expect(suggestSdg('x', {locale: 'fr-CH'}).locale).toBe('fr');
  });

  test('empty or non-text input gives no suggestions', () => {
    expect(suggestSdg('').goals).toEqual([]);
    expect(suggestSdg(undefined as unknown as string).goals).toEqual([]);
  });

  test('detectLocale', () => {
    expect(detectLocale('Le climat et les océans sont liés.')).toBe('fr');
    expect(detectLocale('Климат и океаны связаны.')).toBe('ru');
    expect(detectLocale('The climate and the oceans are linked.')).toBe('en');
  });

  test('any text yields well-formed suggestions, never a crash', () => {
    fc.assert(
      fc.property(
        fc.string({unit: 'grapheme', maxLength: 300}),
        fc.constantFrom(undefined, 'en', 'fr', 'ru', 'xx'),
        (text, locale) => {
          const result = suggestSdg(text, {locale});
          const all = [...result.goals, ...result.candidates];
          expect(new Set(all.map((g) => g.goal)).size).toBe(all.length);
          for (const goal of all) {
            expect(goal.goal).toBeGreaterThanOrEqual(1);
            expect(goal.goal).toBeLessThanOrEqual(17);
            expect(goal.triggers.length).toBeGreaterThan(0);
          }
        },
      ),
      {numRuns: 300},
    );
  });
});
