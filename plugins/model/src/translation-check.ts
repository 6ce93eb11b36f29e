// A site's translations checked as each locale's build reads them: drift, orphans, untranslated blocks.
import {existsSync} from 'node:fs';
import {join, relative, sep} from 'node:path';
import type {VFileMessage} from 'vfile-message';
import {docsVersions} from './docs-versions.js';
import {loadSiteAsync} from './site-async.js';
import type {SiteLocales} from './site-locales.js';
import type {SiteModel} from './site.js';
import {versionSiteOptions} from './version-site.js';

/** The translations' problems and the locale each is for. */
export interface TranslationCheck {
  messages: VFileMessage[];
  localeOf: Map<VFileMessage, string>;
  /** The locales whose translated docs were read, besides the default one. */
  locales: string[];
}

/** What `checkTranslations` reads: the site, its docs folder and its locales (`loadSiteLocales`). */
export interface TranslationCheckOptions {
  siteDir: string;
  docsDir: string;
  /** Messages name files relative to it. */
  cwd: string;
  site: SiteLocales;
}

const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';
const posix = (path: string) => path.split(sep).join('/');

/** The site's non-default locales that have translated docs (`<localizationDir>/docusaurus-plugin-content-docs`). */
export function translatedLocales(site: SiteLocales): string[] {
  return site.locales
    .slice(1)
    .filter((locale) => existsSync(join(site.localizationDirs.get(locale)!, DOCS_PLUGIN)));
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

/** One message per place and text: the registries are read once per version. */
function uniqueMessages(messages: VFileMessage[]): VFileMessage[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    const key = `${m.file}:${m.line}:${m.column}:${m.reason}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/** Reads every docs version of the site in `locale` (those with translations) and keeps their problems. */
async function checkLocale(
  locale: string,
  options: TranslationCheckOptions,
): Promise<VFileMessage[]> {
  const {siteDir, cwd, site} = options;
  const localizationDir = site.localizationDirs.get(locale)!;
  const i18n = {locale, defaultLocale: site.defaultLocale, locales: site.locales, localizationDir};
  const path = posix(relative(siteDir, options.docsDir));
  const versions = docsVersions({siteDir, path, i18n});
  const read: SiteModel[] = [];
  for (const version of versions) {
    if (!existsSync(version.contentPath)) continue;
    read.push(await loadSiteAsync({...versionSiteOptions(version, {cwd}), cacheDir: undefined}));
  }
  const folders = versions.flatMap((v) =>
    v.i18n?.localizedPath ? [posix(relative(cwd, v.i18n.localizedPath))] : [],
  );
  const own = read.flatMap((s) => s.messages).filter((m) => isTranslationMessage(m, folders));
  return uniqueMessages(own);
}

/**
 * The problems of every translated locale of the site, each tagged with its locale: a block whose
 * fields differ from the source (`translation-drift`), a block with no source (`orphan-block`), a
 * source block not translated (`untranslated-block`, info), a registry text missing in the locale,
 * and the locales' own problems (`site.messages`: a configured locale with no folder, a folder not
 * configured, a config that does not load).
 */
export async function checkTranslations(
  options: TranslationCheckOptions,
): Promise<TranslationCheck> {
  const {site} = options;
  const localeOf = new Map(site.localeOf);
  const messages = [...site.messages];
  const locales = translatedLocales(site);
  for (const locale of locales) {
    for (const message of await checkLocale(locale, options)) {
      localeOf.set(message, locale);
      messages.push(message);
    }
  }
  return {messages, localeOf, locales};
}
