import {readFileSync} from 'node:fs';
import {parse} from 'yaml';

interface Paragraph {
  id: string;
  locale?: string;
  goals: number[];
  not: number[];
  text: string;
}

const paragraphs = parse(
  readFileSync(new URL('../../dev/paragraphs.yml', import.meta.url), 'utf8'),
) as Paragraph[];

test('the development paragraphs are well formed: unique ids, goal numbers, a near miss each', () => {
  expect(new Set(paragraphs.map((p) => p.id)).size).toBe(paragraphs.length);
  for (const p of paragraphs) {
    expect([undefined, 'fr', 'ru']).toContain(p.locale);
    expect(p.goals.length).toBeGreaterThan(0);
    expect(p.not.length).toBeGreaterThan(0);
    for (const goal of [...p.goals, ...p.not]) expect(goal >= 1 && goal <= 17).toBe(true);
    expect(p.goals.filter((goal) => p.not.includes(goal))).toEqual([]);
    expect(p.text.split(/\s+/).length).toBeGreaterThan(10);
  }
});

test('every goal has positive and near-miss English paragraphs', () => {
  const english = paragraphs.filter((p) => p.locale === undefined);
  for (let goal = 1; goal <= 17; goal++) {
    expect(english.some((p) => p.goals.includes(goal))).toBe(true);
    expect(english.some((p) => p.not.includes(goal))).toBe(true);
  }
});
