import {join} from 'node:path';
import {loadModelConfig} from '../config.js';
import {formatMessage, isInfo} from '../diagnostics.js';

const registry = join(__dirname, '..', '..', 'test', 'registry-i18n');
const locales = ['en', 'fr', 'ru'];

function load(locale: string) {
  const loaded = loadModelConfig({docsDir: registry, locale, locales});
  const messages = loaded.messages.map((m) => formatMessage({...m, file: 'units.yml'} as never));
  return {...loaded, messages};
}

describe('registries in the reader’s language', () => {
  test('names and nexus titles are read in the configuration’s locale', () => {
    const {config} = load('fr');
    expect(config.units?.get('OES')?.name).toBe('Bureau de la Secrétaire exécutive');
    expect(config.units?.get('OES')?.names?.ru).toBe('Канцелярия Исполнительного секретаря');
    expect(config.nexus?.get('smart-cities')?.title).toBe(
      'Des villes durables et intelligentes pour tous les âges',
    );
    expect(config.nexus?.get('smart-cities')?.description).toBe(
      'Logement, urbanisme et mobilité dans les villes.',
    );
    expect(load('ru').config.nexus?.get('smart-cities')?.title).toBe(
      'Устойчивые и «умные» города для всех возрастов',
    );
  });

  test('a missing locale falls back to the default one, with an info note', () => {
    const {config, messages} = load('ru');
    expect(config.units?.get('PMU')?.name).toBe('Programme Management Unit');
    expect(config.units?.get('SD')?.name).toBe('Statistical Division');
    expect(messages.filter((m) => m.includes('has no'))).toMatchInlineSnapshot(`
     [
       "units.yml:6:3: units.yml: \`PMU\` has no \`ru\` name, so ru pages show \`Programme Management Unit\`; add \`ru: …\` under \`name\`.",
       "units.yml:11:3: units.yml: \`SD\` has no \`ru\` name, so ru pages show \`Statistical Division\`; add \`ru: …\` under \`name\`.",
       "units.yml:13:3: units.yml: \`ECO\` has no \`ru\` name, so ru pages show \`Economic Cooperation and Trade Division\`; add \`ru: …\` under \`name\`.",
     ]
    `);
    const notes = loadModelConfig({docsDir: registry, locale: 'ru', locales}).messages;
    expect(notes.filter((m) => m.ruleId === 'untranslated-registry').every(isInfo)).toBe(true);
  });

  test('an unknown locale key is a warning with a did-you-mean; a value that is no text an error', () => {
    expect(load('en').messages).toMatchInlineSnapshot(`
     [
       "units.yml:16:5: units.yml: unknown locale \`fr-FR\` in the name of \`ECO\`, expected one of the site's locales \`en\`, \`fr\` or \`ru\`. Did you mean \`fr\`?",
       "units.yml:17:5: units.yml: unknown locale \`rus\` in the name of \`ECO\`, expected one of the site's locales \`en\`, \`fr\` or \`ru\`. Did you mean \`ru\`?",
       "units.yml:18:5: units.yml: the \`fr\` name of \`ECO\` is not a text; write \`fr: …\` on one line.",
     ]
    `);
  });

  test('a reader that does not know the site’s locales (an editor, a script) reads any key', () => {
    const {messages, config} = loadModelConfig({docsDir: registry});
    expect(messages.filter((m) => m.ruleId === 'unknown-locale')).toEqual([]);
    expect(config.units?.get('OES')?.name).toBe('Office of the Executive Secretary');
  });

  test('the default locale notes nothing; a plain name is every locale’s', () => {
    const {config, messages} = load('en');
    expect(messages.some((m) => m.includes('has no'))).toBe(false);
    expect(config.units?.get('SD')?.names).toBeUndefined();
  });

  test('SDG titles follow the locale, unless `sdgLocale` overrides it', () => {
    const title = (options: {locale?: string; sdgLocale?: string}) =>
      loadModelConfig({docsDir: registry, locales, ...options}).config.sdg.goalByNumber.get(17)
        ?.title;
    expect(title({locale: 'fr'})).toMatch(/^Renforcer les moyens/);
    expect(title({locale: 'ru'})).toMatch(/^Укрепление средств/);
    expect(title({locale: 'fr', sdgLocale: 'en'})).toMatch(/^Strengthen the means/);
    expect(title({})).toMatch(/^Strengthen the means/);
  });

  test('SDG titles are composed (NFC), as readers type them: the Russian data decomposes й', () => {
    const catalog = loadModelConfig({docsDir: registry, locale: 'ru', locales}).config.sdg;
    const texts = [
      ...catalog.goals.map((g) => g.title),
      ...[...catalog.targetByCode.values()].map((t) => t.title),
    ];
    expect(texts.filter((text) => text !== text.normalize('NFC'))).toEqual([]);
    expect(catalog.targetByCode.get('17.14')?.title).toContain('устойчивого развития');
  });
});
