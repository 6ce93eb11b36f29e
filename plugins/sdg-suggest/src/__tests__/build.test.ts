import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {fileURLToPath} from 'node:url';
import {
  buildIndex,
  readSources,
  readVocabulary,
  serializeIndex,
  UN_FOLDERS,
  unCode,
} from '../indexer/index.js';
import {INDEX_FILE} from '../index-data.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('buildIndex', () => {
  const sources = readSources(root, UN_FOLDERS(root));

  test('two builds from the same sources are byte-identical', () => {
    const first = serializeIndex(buildIndex(sources));
    const second = serializeIndex(buildIndex(readSources(root, UN_FOLDERS(root))));
    expect(second).toBe(first);
  });

  test('the shipped data/index.json is what the sources give (run `npm run build:index`)', () => {
    expect(readFileSync(INDEX_FILE, 'utf8')).toBe(serializeIndex(buildIndex(sources)));
  });

  test('the shipped data stays within 5 MB gzipped', () => {
    expect(gzipSync(readFileSync(INDEX_FILE)).length).toBeLessThan(5 * 1024 * 1024);
  });

  test('every locale has vocabulary for every goal', () => {
    const index = buildIndex(sources);
    for (const locale of ['en', 'fr', 'ru'] as const) {
      const goals = new Set(index.locales[locale].map(([, code]) => code.split('.')[0]));
      expect([...goals].sort((a, b) => Number(a) - Number(b))).toEqual(
        Array.from({length: 17}, (_, i) => String(i + 1)),
      );
    }
  });

  test('leaving a target out removes the terms only its UN text gave', () => {
    const all = buildIndex(sources).locales.en.filter(([, code]) => code === '14.3');
    const without = buildIndex(sources, {excludeTargets: new Set(['14.3'])}).locales.en;
    expect(all.length).toBeGreaterThan(without.filter(([, code]) => code === '14.3').length);
  });

  test('UN table keys map to goals and targets; indicators count for their target', () => {
    expect([
      unCode('6-title'),
      unCode('6-a-title'),
      unCode('6-1-1-title'),
      unCode('6-short'),
    ]).toEqual(['6', '6.a', '6.1', undefined]);
  });
});

describe('readVocabulary errors', () => {
  const read = (text: string) => () => readVocabulary('en.yml', text, 'en');

  test('an unknown code', () => {
    expect(read("'18': [space]")).toThrowErrorMatchingInlineSnapshot(
      `"en.yml:1:1: \`18\` is not an SDG goal or target code, expected e.g. \`6\` or \`6.a\`"`,
    );
  });

  test('an unknown tier', () => {
    expect(read("'6':\n  strongest: [water]")).toThrowErrorMatchingInlineSnapshot(
      `"en.yml:2:14: \`6\` has tier \`strongest\`, expected \`strong\`, \`medium\` or \`weak\`"`,
    );
  });

  test('a phrase with no content words', () => {
    expect(read("'6': [of the]")).toThrowErrorMatchingInlineSnapshot(
      `"en.yml:1:6: \`6\` phrase \`of the\` has no content words"`,
    );
  });

  test('a value that is not a list', () => {
    expect(read("'6': water")).toThrowErrorMatchingInlineSnapshot(
      `"en.yml:1:6: \`6\` must be a list of phrases, or a map of \`strong\`/\`medium\`/\`weak\` to lists"`,
    );
  });

  test('a value that is not text', () => {
    expect(read("'6': [water, 12]")).toThrowErrorMatchingInlineSnapshot(
      `"en.yml:1:14: \`6\` (medium) holds a non-text value; quote it"`,
    );
  });

  test('a file that is not a map', () => {
    expect(read('- water')).toThrowErrorMatchingInlineSnapshot(
      `"en.yml:1:1: expected a map of SDG codes to a list of phrases, or a map of \`strong\`/\`medium\`/\`weak\` to lists"`,
    );
  });

  test('a duplicate key', () => {
    expect(read("'6': [water]\n'6': [sanitation]")).toThrowErrorMatchingInlineSnapshot(
      `"en.yml:2:1: Map keys must be unique at line 2, column 1:"`,
    );
  });
});
