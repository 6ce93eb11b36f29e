import {existsSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import {report} from './diagnostics.js';
import type {LocaleSettings} from './locale.js';

/** The locale a version is read in and where its translated pages are. */
export interface DocsI18n extends LocaleSettings {
  /**
   * Folder of the version's pages translated into `locale` (`i18n/<locale>/docusaurus-plugin-content-docs/
   * current`), absolute; absent in the default locale, whose pages are the sources.
   */
  localizedPath?: string;
}

/** One version of one docs plugin instance: where its pages are read from and where they are served. */
export interface DocsVersion {
  /** Id of the docs plugin instance (`default` unless the site has several). */
  instance: string;
  /** `current` (the docs folder) or a name from `versions.json`, e.g. `1.0`. */
  name: string;
  /** As the docs plugin labels it (`Next` for the current version while there are released ones). */
  label: string;
  /** Folder of the version's pages, absolute. */
  contentPath: string;
  /** Route of the version without baseUrl: `/docs`, `/` (docs-only), `/docs/next`, `/docs/1.0`. */
  path: string;
  /** Whether it is the version the docs plugin serves by default (its `lastVersion`). */
  isLast: boolean;
  /** Docusaurus's own permalinks (no baseUrl), by source path relative to `contentPath` (in a build). */
  permalinks?: ReadonlyMap<string, string>;
  /** The locale of the build and the translated pages' folder (absent: the default locale alone). */
  i18n?: DocsI18n;
  /** Sources of the docs Docusaurus leaves out of this build (`draft: true` in production). */
  drafts?: ReadonlySet<string>;
  /** Sources of the docs Docusaurus builds but lists nowhere (`unlisted: true` in production). */
  unlisted?: ReadonlySet<string>;
}

/** The docs plugin's options that decide its versions (defaults as in the docs plugin). */
export interface DocsPluginSettings {
  siteDir: string;
  /** Instance id (default `default`). */
  id?: string;
  /** Docs folder relative to the site (default `docs`). */
  path?: string;
  /** Default `docs`; `/` or `` in docs-only mode. */
  routeBasePath?: string;
  lastVersion?: string;
  includeCurrentVersion?: boolean;
  onlyIncludeVersions?: string[];
  versions?: Record<string, {path?: string; label?: string}>;
  /** The locale of the build, and Docusaurus's `context.localizationDir` (`i18n/<locale>`). */
  i18n?: LocaleSettings & {localizationDir?: string};
}

/** The names in an instance's `versions.json` (`<id>_versions.json`), newest first, and its problems. */
export function readVersionNames(
  siteDir: string,
  instance = 'default',
): {names: string[]; messages: VFileMessage[]} {
  const path = join(
    siteDir,
    instance === 'default' ? 'versions.json' : `${instance}_versions.json`,
  );
  if (!existsSync(path)) return {names: [], messages: []};
  const file = new VFile({path});
  let names: unknown;
  try {
    names = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    names = String((error as Error).message);
  }
  if (Array.isArray(names) && names.every((name) => typeof name === 'string'))
    return {names, messages: []};
  report(
    file,
    `Expected a JSON array of version names (as \`docusaurus docs:version 1.0\` writes it), found ${typeof names === 'string' ? names : JSON.stringify(names)}; no released version is read.`,
    undefined,
    'invalid-versions-file',
  );
  return {names: [], messages: file.messages};
}

/** Folder of a released version's pages: `versioned_docs/version-<name>` (or `<id>_versioned_docs/…`). */
export function versionedDocsDir(siteDir: string, instance: string, name: string): string {
  const folder = instance === 'default' ? 'versioned_docs' : `${instance}_versioned_docs`;
  return join(siteDir, folder, `version-${name}`);
}

/**
 * Where the docs plugin reads a version's translations: `<localizationDir>/docusaurus-plugin-content-docs
 * [-<id>]/current` or `…/version-<name>` (as `getDocsDirPathLocalized` of the docs plugin).
 */
export function localizedDocsDir(localizationDir: string, instance: string, name: string): string {
  const plugin =
    instance === 'default'
      ? 'docusaurus-plugin-content-docs'
      : `docusaurus-plugin-content-docs-${instance}`;
  return join(localizationDir, plugin, name === 'current' ? 'current' : `version-${name}`);
}

/** The version's locale settings, with its translations' folder outside the default locale. */
function versionI18n(settings: DocsPluginSettings, instance: string, name: string) {
  const {i18n} = settings;
  if (!i18n) return undefined;
  const {localizationDir, ...locales} = i18n;
  const translated = localizationDir && locales.locale !== locales.defaultLocale;
  const localizedPath = translated ? localizedDocsDir(localizationDir, instance, name) : undefined;
  return {...locales, ...(localizedPath ? {localizedPath} : {})};
}

function joinRoute(...parts: (string | undefined)[]): string {
  const joined = parts
    .filter(Boolean)
    .join('/')
    .replace(/\/{2,}/g, '/');
  const path = joined.startsWith('/') ? joined : `/${joined}`;
  return path.length > 1 ? path.replace(/\/$/, '') : path;
}

/** The docs plugin's `getVersionPathPart`: the last version at the root, `next` for current, else the name. */
function versionPathPart(name: string, lastName: string, settings: DocsPluginSettings): string {
  const custom = settings.versions?.[name]?.path;
  if (custom !== undefined) return custom;
  if (name === lastName) return '';
  return name === 'current' ? 'next' : name;
}

/**
 * The versions the docs plugin reads, from its options and `versions.json`, without building the site
 * (for `kb check` and for starting to read pages before Docusaurus has loaded its docs).
 */
export function docsVersions(settings: DocsPluginSettings): DocsVersion[] {
  const instance = settings.id ?? 'default';
  const released = readVersionNames(settings.siteDir, instance).names;
  const all = [...(settings.includeCurrentVersion === false ? [] : ['current']), ...released];
  const only = settings.onlyIncludeVersions;
  const names = only ? all.filter((name) => only.includes(name)) : all;
  const lastName = settings.lastVersion ?? names.find((name) => name !== 'current') ?? 'current';
  const routeBasePath = settings.routeBasePath ?? 'docs';
  return names.map((name) => ({
    instance,
    name,
    label: settings.versions?.[name]?.label ?? (name === 'current' ? 'Next' : name),
    contentPath:
      name === 'current'
        ? resolve(settings.siteDir, settings.path ?? 'docs')
        : versionedDocsDir(settings.siteDir, instance, name),
    path: joinRoute(routeBasePath, versionPathPart(name, lastName, settings)),
    isLast: name === lastName,
    ...(settings.i18n ? {i18n: versionI18n(settings, instance, name)} : {}),
  }));
}

/** The version shown when none is asked for: the docs plugin's last version, else the first. */
export function defaultVersion<T extends {isLast: boolean}>(versions: readonly T[]): T | undefined {
  return versions.find((version) => version.isLast) ?? versions[0];
}
