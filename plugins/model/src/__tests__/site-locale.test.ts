import {join} from 'node:path';
import {formatMessage} from '../diagnostics.js';
import {docsVersions} from '../docs-versions.js';
import {loadSite} from '../site.js';
import {loadSiteAsync} from '../site-async.js';
import {versionSiteOptions} from '../version-site.js';

const siteDir = join(__dirname, '..', '..', 'test', 'i18n-site');
const locales = ['en', 'fr', 'ru'];

function versionIn(locale: string) {
  const localizationDir = join(siteDir, 'i18n', locale);
  const [version] = docsVersions({
    siteDir,
    i18n: {locale, defaultLocale: 'en', locales, localizationDir},
  });
  return version!;
}

function siteIn(locale: string) {
  return loadSite({...versionSiteOptions(versionIn(locale), {cwd: siteDir}), cacheDir: undefined});
}

describe('a site read in each of its locales', () => {
  test('a version of a translated locale names its translations’ folder (the docs plugin’s)', () => {
    expect(versionIn('fr').i18n?.localizedPath).toBe(
      join(siteDir, 'i18n/fr/docusaurus-plugin-content-docs/current'),
    );
    expect(versionIn('en').i18n?.localizedPath).toBeUndefined();
  });

  test('every locale has the same items and fields, with titles in its language where translated', () => {
    const [en, fr, ru] = ['en', 'fr', 'ru'].map(siteIn);
    const fields = (site: typeof en) => site!.items.map((i) => [i.id, i.status, i.owners, i.url]);
    expect(fields(fr)).toEqual(fields(en));
    expect(fields(ru)).toEqual(fields(en));
    expect(fr!.items.map((i) => [i.title, i.untranslated])).toEqual([
      ['Write the handover note', true],
      ['Adopter la stratégie', undefined],
      ['Train focal points', true],
    ]);
    expect(ru!.pages.map((p) => p.page.title)).toEqual(['Notes', 'План действий']);
    expect(fr!.config.units?.get('OES')?.name).toBe('Bureau de la Secrétaire exécutive');
    expect(ru!.config.sdg.targetByCode.get('17.14')?.title).toContain('устойчивого развития');
  });

  test('the translations’ problems are reported on the translated files, with their locale', () => {
    expect(siteIn('fr').messages.map(formatMessage)).toMatchInlineSnapshot(`
     [
       "i18n/fr/docusaurus-plugin-content-docs/current/old.md:1:1: Page translated into fr with no source page \`docs/old.md\` (English): Docusaurus shows only translations of the docs folder's pages. Move it to the path of its source page, or add the source page.",
       "i18n/fr/docusaurus-plugin-content-docs/current/plan.md:1:1: Block \`p-2\` is not translated into fr: fr pages show it from the English page (docs/plan.md:10:1) with a “not translated yet” note; add \`:::status[…]{#p-2}\` with its translated title and body.",
       "i18n/fr/docusaurus-plugin-content-docs/current/plan.md:5:45: status in fr differs from en: ongoing ≠ completed; remove it, fields come from the English page (docs/plan.md:6:1).",
     ]
    `);
    expect(siteIn('ru').messages.map(formatMessage)).toEqual([]);
  });

  test('the threaded loader reads the same locale site', async () => {
    const options = {...versionSiteOptions(versionIn('fr'), {cwd: siteDir}), cacheDir: undefined};
    const threaded = await loadSiteAsync(options, {workers: 1, minPages: 1});
    const plain = loadSite(options);
    expect(threaded.items).toEqual(plain.items);
    expect(threaded.messages.map(formatMessage)).toEqual(plain.messages.map(formatMessage));
  });
});
