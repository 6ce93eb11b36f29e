// `kb check` over the site's translations: each locale of i18n/ read as its build reads it.
import {existsSync, readdirSync} from 'node:fs';
import {dirname, join, relative, sep} from 'node:path';
import {docsVersions, loadSiteAsync, versionSiteOptions, type SiteModel} from '@kmportal/model';
import type {VFileMessage} from 'vfile-message';

/** The translations' problems and the locale each is for. */
export interface TranslationCheck {
  messages: VFileMessage[];
  localeOf: Map<VFileMessage, string>;
  /** The locales checked, besides the default one. */
  locales: string[];
}

const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';

/** The site's locales as its `i18n/` folder shows them (`write-translations` makes one per locale), sorted. */
export function siteLocales(siteDir: string, defaultLocale: string): string[] {
  const root = join(siteDir, 'i18n');
  const found = existsSync(root)
    ? readdirSync(root, {withFileTypes: true})
        .filter((entry) => entry.isDirectory() && entry.name !== defaultLocale)
        .map((entry) => entry.name)
        .sort()
    : [];
  return [defaultLocale, ...found];
}

/** The locales with translated docs: `i18n/<locale>/docusaurus-plugin-content-docs/`, sorted. */
export function translatedLocales(siteDir: string, defaultLocale: string): string[] {
  return siteLocales(siteDir, defaultLocale)
    .slice(1)
    .filter((locale) => existsSync(join(siteDir, 'i18n', locale, DOCS_PLUGIN)));
}

const posix = (path: string) => path.split(sep).join('/');

/** The site folder of a docs folder, as far as translations go: where `i18n/` is (else the working directory). */
export function translationSiteDir(docsDir: string, cwd: string): string {
  const candidates = [cwd, dirname(docsDir)];
  return candidates.find((dir) => existsSync(join(dir, 'i18n'))) ?? cwd;
}

/**
 * Whether a message of a locale's read is the translation's own: on a translated file, or a registry
 * text missing in that locale. The source pages' problems are the default locale's, reported once.
 */
function isTranslationMessage(message: VFileMessage, translatedFolders: string[]): boolean {
  if (message.ruleId === 'untranslated-registry') return true;
  const file = message.file ?? '';
  return translatedFolders.some((folder) => file === folder || file.startsWith(`${folder}/`));
}

/** Reads every docs version of the site in `locale` (those with translations) and keeps their problems. */
async function checkLocale(
  locale: string,
  site: {siteDir: string; docsDir: string; cwd: string; defaultLocale: string; locales: string[]},
): Promise<VFileMessage[]> {
  const {siteDir, cwd, defaultLocale, locales} = site;
  const localizationDir = join(siteDir, 'i18n', locale);
  const i18n = {locale, defaultLocale, locales, localizationDir};
  const path = posix(relative(siteDir, site.docsDir));
  const versions = docsVersions({siteDir, path, i18n});
  const read: SiteModel[] = [];
  for (const version of versions) {
    if (!existsSync(version.contentPath)) continue;
    read.push(await loadSiteAsync({...versionSiteOptions(version, {cwd}), cacheDir: undefined}));
  }
  const folders = versions.flatMap((v) =>
    v.i18n?.localizedPath ? [posix(relative(cwd, v.i18n.localizedPath))] : [],
  );
  const messages = read.flatMap((s) => s.messages);
  const own = messages.filter((message) => isTranslationMessage(message, folders));
  // The registries are read once per version: one note per registry entry is enough.
  const seen = new Set<string>();
  return own.filter((m) => {
    const key = `${m.file}:${m.line}:${m.column}:${m.reason}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/** The problems of every translated locale of the site, each tagged with its locale. */
export async function checkTranslations(site: {
  siteDir: string;
  docsDir: string;
  cwd: string;
  defaultLocale: string;
}): Promise<TranslationCheck> {
  const found = translatedLocales(site.siteDir, site.defaultLocale);
  const locales = siteLocales(site.siteDir, site.defaultLocale);
  const localeOf = new Map<VFileMessage, string>();
  const messages: VFileMessage[] = [];
  for (const locale of found) {
    for (const message of await checkLocale(locale, {...site, locales})) {
      localeOf.set(message, locale);
      messages.push(message);
    }
  }
  return {messages, localeOf, locales: found};
}
