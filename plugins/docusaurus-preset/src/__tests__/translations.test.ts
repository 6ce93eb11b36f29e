import {existsSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {extractAllSourceCodeFileTranslations, getBabelOptions} from '@docusaurus/babel';
import {globTranslatableSourceFiles} from '@docusaurus/utils';
import {INDEX_PAGES} from '@kmportal/kb-indexes';
import {REVIEW_PAGES} from '@kmportal/kb-review';
import {
  readShippedTranslations,
  selectPlural,
  themeSourcesOf,
  type PageText,
} from '@kmportal/model';

// Every string of every theme component of the suite, as Docusaurus's own `write-translations` extracts
// it (from the theme sources each plugin lists), must ship in French and in Russian.

const PLUGINS_DIR = join(__dirname, '..', '..', '..');
const LOCALES = ['fr', 'ru'] as const;

/**
 * Translations that are the English text by nature, per locale: the French word is the English one
 * ("Page", "Document", "Source"), or the message is only placeholders and a separator.
 */
const SAME_AS_ENGLISH: Record<(typeof LOCALES)[number], ReadonlySet<string>> = {
  fr: new Set([
    'theme.kb.indexes.column.page',
    'theme.kb.indexes.count.pages',
    'theme.kb.indexes.page.number',
    'theme.kb.indexes.pages',
    'theme.kb.indexes.rates.page',
    'theme.kb.indexes.report.page',
    'theme.kb.indexes.report.footerPage',
    'theme.kb.indexes.report.source',
    'theme.kb.indexes.sdg.counts',
    'theme.kb.review.column.page',
    'theme.kb.statusTable.page',
  ]),
  ru: new Set(['theme.kb.indexes.breakdown.count', 'theme.kb.indexes.sdg.counts']),
};

const packages = readdirSync(PLUGINS_DIR).filter((name) =>
  existsSync(themeSourcesOf(join(PLUGINS_DIR, name))),
);

type Extracted = Map<string, {message: string; description?: string; file: string}>;

/** The ids and English messages of a package's theme, with the extraction's warnings. */
async function extract(name: string): Promise<{ids: Extracted; warnings: string[]}> {
  const files = await globTranslatableSourceFiles([themeSourcesOf(join(PLUGINS_DIR, name))]);
  const results = await extractAllSourceCodeFileTranslations(
    files,
    getBabelOptions({isServer: true}),
  );
  const ids: Extracted = new Map();
  const warnings: string[] = [];
  for (const {sourceCodeFilePath, translations, warnings: found} of results) {
    warnings.push(...found.map((warning) => `${sourceCodeFilePath}: ${warning}`));
    for (const [id, {message, description}] of Object.entries(translations)) {
      const seen = ids.get(id);
      if (seen && seen.message !== message)
        warnings.push(
          `${id}: "${seen.message}" in ${seen.file}, "${message}" in ${sourceCodeFilePath}`,
        );
      ids.set(id, {message, description, file: sourceCodeFilePath});
    }
  }
  return {ids, warnings};
}

// Babel over every theme file is seconds on a loaded machine: each package is extracted once.
const extractions = new Map<string, Promise<{ids: Extracted; warnings: string[]}>>();
const extractOnce = (name: string) => {
  if (!extractions.has(name)) extractions.set(name, extract(name));
  return extractions.get(name)!;
};
const SLOW = 120_000;

beforeAll(() => Promise.all(packages.map(extractOnce)), SLOW);

const placeholders = (message: string) => [...new Set(message.match(/\{\w+\}/g) ?? [])].sort();

test('the suite’s packages with theme strings', () => {
  expect(packages).toEqual(
    expect.arrayContaining(['docusaurus-plugin-status', 'kb-indexes', 'kb-review', 'kb-feeds']),
  );
});

test('every exception to "not the English text" names an id a theme uses', async () => {
  const all = new Set<string>();
  for (const name of packages) for (const id of (await extractOnce(name)).ids.keys()) all.add(id);
  const unknown = LOCALES.flatMap((locale) =>
    [...SAME_AS_ENGLISH[locale]].filter((id) => !all.has(id)),
  );
  expect(unknown).toEqual([]);
});

describe.each(packages)('%s', (name) => {
  let extracted: {ids: Extracted; warnings: string[]};
  beforeAll(async () => {
    extracted = await extractOnce(name);
  }, SLOW);

  test('every string is extractable: static ids, one message per id', () => {
    expect(extracted.warnings).toEqual([]);
    expect(extracted.ids.size).toBeGreaterThan(0);
    for (const id of extracted.ids.keys()) expect(id).toMatch(/^theme\.kb\.[A-Za-z]+\./);
  });

  test.each(LOCALES)(
    'ships %s for every id, translated, with the same placeholders',
    async (locale) => {
      const shipped = await readShippedTranslations(join(PLUGINS_DIR, name), locale);
      const problems: string[] = [];
      for (const [id, {message, description}] of extracted.ids) {
        const translation = shipped[id];
        if (translation === undefined) problems.push(`${id}: missing`);
        else if (translation === message && !SAME_AS_ENGLISH[locale].has(id))
          problems.push(`${id}: the English text "${message}"`);
        else if (placeholders(translation).join() !== placeholders(message).join())
          problems.push(
            `${id}: placeholders ${placeholders(translation)} ≠ ${placeholders(message)}`,
          );
        else if (translation.includes('|') && !description?.includes('plural forms'))
          problems.push(`${id}: plural forms in a message not shown through intl.plural`);
      }
      for (const id of Object.keys(shipped))
        if (!extracted.ids.has(id)) problems.push(`${id}: shipped, but no theme source uses it`);
      expect(problems).toEqual([]);
    },
  );

  test('an exception to "not the English text" is still the English text', async () => {
    for (const locale of LOCALES) {
      const shipped = await readShippedTranslations(join(PLUGINS_DIR, name), locale);
      for (const id of SAME_AS_ENGLISH[locale]) {
        const english = extracted.ids.get(id);
        if (english) expect([id, shipped[id]]).toEqual([id, english.message]);
      }
    }
  });
});

test('a Russian plural message has its four forms (one, few, many, other)', async () => {
  const problems: string[] = [];
  for (const name of packages) {
    const ru = await readShippedTranslations(join(PLUGINS_DIR, name), 'ru');
    const fr = await readShippedTranslations(join(PLUGINS_DIR, name), 'fr');
    for (const [id, message] of Object.entries(ru)) {
      const forms = message.split('|').length;
      if (forms !== 1 && forms !== 4) problems.push(`ru ${id}: ${forms} forms`);
      if (forms === 4 && selectPlural(message, 5, 'ru') === selectPlural(message, 1, 'ru'))
        problems.push(`ru ${id}: the same form for 1 and 5`);
    }
    for (const [id, message] of Object.entries(fr)) {
      const forms = message.split('|').length;
      if (forms > 2) problems.push(`fr ${id}: ${forms} forms (French writes one|other)`);
    }
  }
  expect(problems).toEqual([]);
});

// The titles and descriptions of the pages the plugins create are their translation files (`pages.json`).
describe.each([
  ['kb-indexes', INDEX_PAGES],
  ['kb-review', REVIEW_PAGES],
] as [string, ReadonlyMap<string, PageText>][])(
  '%s page titles and descriptions',
  (name, pages) => {
    test.each(LOCALES)('ship in %s, translated', async (locale) => {
      const shipped = await readShippedTranslations(join(PLUGINS_DIR, name), locale, 'pages');
      const problems = [...pages].flatMap(([page, english]) =>
        (['title', 'description'] as const).flatMap((field) => {
          const message = shipped[`${page}.${field}`];
          if (message === undefined) return [`${page}.${field}: missing`];
          return message === english[field] ? [`${page}.${field}: English`] : [];
        }),
      );
      const known = new Set(
        [...pages.keys()].flatMap((page) => [`${page}.title`, `${page}.description`]),
      );
      const unknown = Object.keys(shipped).filter((id) => !known.has(id));
      expect({problems, unknown}).toEqual({problems: [], unknown: []});
    });
  },
);
