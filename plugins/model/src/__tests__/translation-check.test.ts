import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {checkTranslations, formatMessage, loadSiteLocales, type SiteLocales} from '../index.js';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-translation-check-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), {recursive: true});
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const config = (i18n: string) =>
  `import type {Config} from '@docusaurus/types';\nconst config: Config = {\n  title: 'T',\n  i18n: ${i18n},\n};\nexport default config;\n`;
const fr = 'i18n/fr/docusaurus-plugin-content-docs/current';
const pages = {
  'docs/plan.md':
    ':::status[Adopt]{#p-1 status=completed}\n:::\n\n:::status[Train]{#p-2 status=ongoing}\n:::\n',
  [`${fr}/plan.md`]:
    ':::status[Adopter]{#p-1 status=ongoing}\n:::\n\n:::status[Former]{#p-3}\n:::\n',
};

async function check(dir: string, defaultLocale?: string) {
  const locales = await loadSiteLocales(dir, {cwd: dir, defaultLocale});
  const result = await checkTranslations({
    siteDir: dir,
    docsDir: join(dir, 'docs'),
    cwd: dir,
    site: locales,
  });
  const lines = result.messages.map(
    (m) => `[${result.localeOf.get(m) ?? '-'}] ${formatMessage(m)}`,
  );
  return {locales, result, lines};
}

const summary = (locales: SiteLocales) => ({
  defaultLocale: locales.defaultLocale,
  locales: locales.locales,
  from: locales.from,
});

describe('checkTranslations over the locales of the site config', () => {
  test('drift, orphans and untranslated blocks of each configured locale, tagged with it', async () => {
    const dir = site({
      ...pages,
      'docusaurus.config.ts': config("{defaultLocale: 'en', locales: ['en', 'fr']}"),
    });
    const {locales, result, lines} = await check(dir);
    expect(summary(locales)).toEqual({defaultLocale: 'en', locales: ['en', 'fr'], from: 'config'});
    expect(result.locales).toEqual(['fr']);
    expect(lines.map((line) => line.replace(/ \(docs[^)]*\)/g, ''))).toEqual([
      expect.stringMatching(
        /^\[fr\] i18n\/fr\/.*plan\.md:1:1: Block `p-2` is not translated into fr/,
      ),
      expect.stringMatching(
        /^\[fr\] i18n\/fr\/.*plan\.md:1:\d+: status in fr differs from en: ongoing ≠ completed/,
      ),
      expect.stringMatching(
        /^\[fr\] i18n\/fr\/.*plan\.md:4:1: Block `p-3` in fr has no block with this id/,
      ),
    ]);
  });

  test('a configured locale with no folder is warned about at its place in the config', async () => {
    const dir = site({
      ...pages,
      'docusaurus.config.ts': config(
        "{\n    defaultLocale: 'en',\n    locales: ['en', 'fr', 'ru'],\n  }",
      ),
    });
    const {result, lines} = await check(dir);
    expect(result.locales).toEqual(['fr']);
    expect(
      lines.filter((l) => l.includes('missing-locale-folder') || l.startsWith('[ru]')),
    ).toEqual([
      '[ru] docusaurus.config.ts:6:27: Locale `ru` is configured in docusaurus.config.ts but has no folder `i18n/ru`: its pages show the English text and nothing is checked for it. Run `docusaurus write-translations --locale ru` and translate pages into `i18n/ru/docusaurus-plugin-content-docs/current/`, or remove `ru` from `i18n.locales`.',
    ]);
  });

  test('a folder no locale is configured for is warned about, and not read', async () => {
    const dir = site({
      ...pages,
      'i18n/es/docusaurus-plugin-content-docs/current/plan.md': ':::status[X]{#nope}\n:::\n',
      'docusaurus.config.ts': config("{defaultLocale: 'en', locales: ['en', 'fr']}"),
    });
    const {result, lines} = await check(dir);
    expect(result.locales).toEqual(['fr']);
    expect(lines.filter((l) => l.startsWith('[es]'))).toEqual([
      '[es] i18n/es:1:1: Folder `i18n/es` is not a locale of docusaurus.config.ts (`i18n.locales`: `en`, `fr`): Docusaurus does not build it, so its translations are never shown and not checked. Add `es` to `i18n.locales`, or rename or remove the folder.',
    ]);
  });

  test('a locale kept in another folder (`localeConfigs[l].path`) is read from it', async () => {
    const dir = site({
      'docs/plan.md': pages['docs/plan.md'],
      'i18n/francais/docusaurus-plugin-content-docs/current/plan.md': pages[`${fr}/plan.md`],
      'docusaurus.config.js': `module.exports = async () => ({i18n: {defaultLocale: 'en', locales: ['en', 'fr'], localeConfigs: {fr: {path: 'francais'}}}});\n`,
    });
    const {result, lines} = await check(dir);
    expect(result.locales).toEqual(['fr']);
    expect(lines).toHaveLength(3);
    expect(lines.every((line) => line.startsWith('[fr] i18n/francais/'))).toBe(true);
  });

  test('a config that does not load is an error, and the i18n/ folders are the locales', async () => {
    const dir = site({...pages, 'docusaurus.config.ts': 'export default {i18n: {locales: [\n'});
    const {locales, result, lines} = await check(dir);
    expect(summary(locales)).toEqual({defaultLocale: 'en', locales: ['en', 'fr'], from: 'folders'});
    expect(result.locales).toEqual(['fr']);
    expect(lines[0]).toBe(
      '[-] docusaurus.config.ts:2:1: The site config could not be read (ParseError: Unexpected token), so the locales are taken from the i18n/ folders; fix the config: `docusaurus build` stops on it too.',
    );
  });

  test('without a config, the i18n/ folders are the locales; `defaultLocale` names the source', async () => {
    const dir = site(pages);
    const {locales, result} = await check(dir);
    expect(summary(locales)).toEqual({defaultLocale: 'en', locales: ['en', 'fr'], from: 'folders'});
    expect(result.messages).toHaveLength(3);
    const other = await check(
      site({'docs/plan.md': pages['docs/plan.md'], 'docusaurus.config.js': 'module.exports = {};'}),
      'fr',
    );
    expect(summary(other.locales)).toEqual({defaultLocale: 'fr', locales: ['fr'], from: 'config'});
    expect(other.lines).toEqual([]);
  });
});
