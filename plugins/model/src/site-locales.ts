// The site's locales as its config declares them, checked against the i18n/ folders that exist.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join, relative, resolve, sep} from 'node:path';
import {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import {report} from './diagnostics.js';
import {languageName} from './locale.js';
import {ownValue} from './own.js';
import {readSiteConfig, type ReadSiteConfig} from './site-config.js';

/** The locales of a site and where each keeps its translations. */
export interface SiteLocales {
  /** The source language (`i18n.defaultLocale`). */
  defaultLocale: string;
  /** Every locale, the default one first (`i18n.locales`). */
  locales: string[];
  /** Each locale's `context.localizationDir`: `<siteDir>/<i18n.path>/<localeConfigs[l].path ?? l>`. */
  localizationDirs: Map<string, string>;
  /** `config`: read from `docusaurus.config.*`; `folders`: no (readable) config, the i18n/ folders. */
  from: 'config' | 'folders';
  /** The config's problems and the folders that do not match it, each with its locale. */
  messages: VFileMessage[];
  localeOf: Map<VFileMessage, string>;
}

interface I18nConfig {
  defaultLocale?: unknown;
  locales?: unknown;
  path?: unknown;
  localeConfigs?: unknown;
}

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
const posix = (path: string) => path.split(sep).join('/');

/** The folders of `<siteDir>/<i18nPath>/`, sorted (hidden ones left out). */
function localeFolders(siteDir: string, i18nPath: string): string[] {
  const root = join(siteDir, i18nPath);
  if (!existsSync(root)) return [];
  return readdirSync(root, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

/** The folder (under the i18n path) of `locale`: its `localeConfigs` path, else its name. */
function localePath(i18n: I18nConfig, locale: string): string {
  const configs =
    i18n.localeConfigs && typeof i18n.localeConfigs === 'object' ? i18n.localeConfigs : {};
  const own = ownValue(configs as Record<string, {path?: unknown} | undefined>, locale);
  return text(own?.path) ?? locale;
}

/** Where the config names `locale` (its quoted code after `locales`), for the message's place. */
function localeMention(file: string, locale: string) {
  const source = readFileSync(file, 'utf8');
  const start = Math.max(0, source.search(/\blocales\s*:/));
  const quoted = new RegExp(`['"\`]${locale.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`]`, 'g');
  quoted.lastIndex = start;
  const found = quoted.exec(source) ?? undefined;
  if (!found) return undefined;
  const before = source.slice(0, found.index).split('\n');
  return {line: before.length, column: before.at(-1)!.length + 1};
}

/** The locales as the config gives them (Docusaurus's defaults: `en` alone, folder `i18n`). */
function configuredLocales(read: ReadSiteConfig, defaultLocale?: string) {
  const i18n = (read.config?.i18n ?? {}) as I18nConfig;
  const fallback = defaultLocale ?? text(i18n.defaultLocale) ?? 'en';
  const listed = Array.isArray(i18n.locales) ? i18n.locales.filter((l) => text(l)) : [];
  const locales = [...new Set([fallback, ...(listed as string[])])];
  return {i18n, defaultLocale: fallback, locales, i18nPath: text(i18n.path) ?? 'i18n'};
}

/**
 * The site's locales from its config (`i18n.locales`, `i18n.path`, `localeConfigs[l].path`), read
 * as Docusaurus reads them. A configured locale with no folder, and a folder no locale is configured
 * for, are warned about. Without a config the i18n/ folders are the locales, as `write-translations`
 * makes them. `defaultLocale`, when given, overrides the config's (`kb check --default-locale`).
 */
export function resolveSiteLocales(
  siteDir: string,
  read: ReadSiteConfig,
  options: {cwd?: string; defaultLocale?: string} = {},
): SiteLocales {
  const cwd = options.cwd ?? process.cwd();
  const configured = configuredLocales(read, options.defaultLocale);
  const {i18n, i18nPath, defaultLocale} = configured;
  const folders = localeFolders(siteDir, i18nPath);
  const fromConfig = Boolean(read.config);
  const locales = fromConfig ? configured.locales : [...new Set([defaultLocale, ...folders])];
  const localizationDirs = new Map(
    locales.map((l) => [l, resolve(siteDir, i18nPath, fromConfig ? localePath(i18n, l) : l)]),
  );
  const site: SiteLocales = {
    defaultLocale,
    locales,
    localizationDirs,
    from: fromConfig ? 'config' : 'folders',
    messages: [...read.messages],
    localeOf: new Map(),
  };
  if (fromConfig) checkLocaleFolders(site, {read, folders, i18nPath, siteDir, cwd});
  return site;
}

/** Reads the site config of `siteDir` and resolves its locales (`readSiteConfig` + `resolveSiteLocales`). */
export async function loadSiteLocales(
  siteDir: string,
  options: {cwd?: string; defaultLocale?: string} = {},
): Promise<SiteLocales> {
  return resolveSiteLocales(siteDir, await readSiteConfig(siteDir, options.cwd), options);
}

interface FolderCheck {
  read: ReadSiteConfig;
  folders: string[];
  i18nPath: string;
  siteDir: string;
  cwd: string;
}

function checkLocaleFolders(site: SiteLocales, check: FolderCheck): void {
  const configFile = relative(check.cwd, check.read.file!);
  for (const locale of site.locales.slice(1)) {
    const dir = site.localizationDirs.get(locale)!;
    if (existsSync(dir)) continue;
    const folder = posix(relative(check.cwd, dir));
    const file = new VFile({path: configFile});
    const message = report(
      file,
      `Locale \`${locale}\` is configured in ${configFile} but has no folder \`${folder}\`: its pages show the ${languageName(site.defaultLocale)} text and nothing is checked for it. Run \`docusaurus write-translations --locale ${locale}\` and translate pages into \`${folder}/docusaurus-plugin-content-docs/current/\`, or remove \`${locale}\` from \`i18n.locales\`.`,
      localeMention(check.read.file!, locale),
      'missing-locale-folder',
      'warning',
    );
    site.messages.push(message);
    site.localeOf.set(message, locale);
  }
  const used = new Set([...site.localizationDirs.values()]);
  for (const name of check.folders) {
    const dir = resolve(check.siteDir, check.i18nPath, name);
    if (used.has(dir)) continue;
    const folder = posix(relative(check.cwd, dir));
    const file = new VFile({path: folder});
    const message = report(
      file,
      `Folder \`${folder}\` is not a locale of ${configFile} (\`i18n.locales\`: ${site.locales.map((l) => `\`${l}\``).join(', ')}): Docusaurus does not build it, so its translations are never shown and not checked. Add \`${name}\` to \`i18n.locales\`, or rename or remove the folder.`,
      undefined,
      'unconfigured-locale-folder',
      'warning',
    );
    site.messages.push(message);
    site.localeOf.set(message, name);
  }
}
