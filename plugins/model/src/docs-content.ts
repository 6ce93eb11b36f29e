import {isAbsolute, join, relative, sep} from 'node:path';
import type {DocsI18n, DocsVersion} from './docs-versions.js';
import type {LocaleSettings} from './locale.js';

/** The part of the docs plugin's loaded content read here (`allContent['docusaurus-plugin-content-docs'][id]`). */
export interface LoadedDocsContent {
  loadedVersions: {
    versionName: string;
    label: string;
    /** With baseUrl. */
    path: string;
    isLast: boolean;
    contentPath: string;
    contentPathLocalized?: string;
    docs: {source: string; permalink: string; unlisted?: boolean}[];
    /** Docs left out of the build (`draft: true` in production), Docusaurus 3. */
    drafts?: {source: string}[];
  }[];
}

/** Where the site is, to resolve `@site/…` sources and strip baseUrl from routes. */
export interface SitePlace {
  siteDir: string;
  baseUrl: string;
  /** The build's locale settings (from `context.i18n`). */
  i18n?: LocaleSettings;
}

/** The locale of a loaded version: its translations' folder when the build is not in the default locale. */
function loadedI18n(
  version: LoadedDocsContent['loadedVersions'][number],
  i18n: LocaleSettings | undefined,
): DocsI18n | undefined {
  if (!i18n) return undefined;
  const {locale, defaultLocale, locales} = i18n;
  const localizedPath = locale === defaultLocale ? undefined : version.contentPathLocalized;
  return {locale, defaultLocale, locales, ...(localizedPath ? {localizedPath} : {})};
}

const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';

function withoutBaseUrl(url: string, baseUrl: string): string {
  return baseUrl !== '/' && url.startsWith(baseUrl) ? `/${url.slice(baseUrl.length)}` : url;
}

/** The doc's source path relative to whichever of the version's folders holds it (posix). */
function relativeSource(
  source: string,
  folders: (string | undefined)[],
  siteDir: string,
): string | undefined {
  const absolute = source.startsWith('@site/') ? join(siteDir, source.slice(6)) : source;
  for (const folder of folders) {
    if (!folder) continue;
    const below = relative(folder, absolute);
    if (below && !below.startsWith('..') && !isAbsolute(below)) return below.split(sep).join('/');
  }
  return undefined;
}

function versionOf(
  instance: string,
  version: LoadedDocsContent['loadedVersions'][number],
  place: SitePlace,
): DocsVersion {
  const folders = [version.contentPath, version.contentPathLocalized];
  const permalinks = new Map<string, string>();
  const unlisted = new Set<string>();
  for (const doc of version.docs) {
    const source = relativeSource(doc.source, folders, place.siteDir);
    if (!source) continue;
    permalinks.set(source, withoutBaseUrl(doc.permalink, place.baseUrl));
    if (doc.unlisted) unlisted.add(source);
  }
  const drafts = new Set(
    (version.drafts ?? []).flatMap(
      (doc) => relativeSource(doc.source, folders, place.siteDir) ?? [],
    ),
  );
  return {
    instance,
    name: version.versionName,
    label: version.label,
    contentPath: version.contentPath,
    path: withoutBaseUrl(version.path, place.baseUrl),
    isLast: version.isLast,
    permalinks,
    ...(place.i18n ? {i18n: loadedI18n(version, place.i18n)} : {}),
    drafts,
    unlisted,
  };
}

// One reading per load of the docs plugins, shared by every plugin of the suite (and the permalink maps
// with it, so that `placeSite` results are shared too).
const READINGS = new WeakMap<object, DocsVersion[]>();

/**
 * Every version of every docs plugin instance, as Docusaurus loaded them (`allContent` of
 * `allContentLoaded`), with the permalinks it serves. Empty when the site has no docs plugin.
 */
export function docsVersionsFromContent(allContent: unknown, place: SitePlace): DocsVersion[] {
  const instances = (allContent as Record<string, unknown> | undefined)?.[DOCS_PLUGIN];
  if (!instances || typeof instances !== 'object') return [];
  const known = READINGS.get(instances);
  if (known) return known;
  const versions = Object.entries(instances as Record<string, LoadedDocsContent>).flatMap(
    ([instance, content]) =>
      (content?.loadedVersions ?? []).map((version) => versionOf(instance, version, place)),
  );
  READINGS.set(instances, versions);
  loaded.set(place.siteDir, versions);
  return versions;
}

// Site folder → the versions of its last load, shared through globalThis so that the remark plugin
// (which a bundler's loader may give its own copy of this module) finds the version of its page.
const LOADED_KEY = Symbol.for('kmportal.model.docsVersions');
const loaded = ((globalThis as Record<symbol, unknown>)[LOADED_KEY] ??= new Map<
  string,
  DocsVersion[]
>()) as Map<string, DocsVersion[]>;

function contains(folder: string, path: string): boolean {
  const below = relative(folder, path);
  return below !== '' && !below.startsWith('..') && !isAbsolute(below);
}

/** The folder of `version` that holds `path`: its own, or its translations' (a translated page). */
function holdingFolder(version: DocsVersion, path: string): string | undefined {
  const localized = version.i18n?.localizedPath;
  if (localized && contains(localized, path)) return localized;
  return contains(version.contentPath, path) ? version.contentPath : undefined;
}

/**
 * The docs version, of the sites Docusaurus loaded in this process, whose folder (or translations'
 * folder) holds `path`.
 */
export function docsVersionOfFile(path: string): DocsVersion | undefined {
  let found: DocsVersion | undefined;
  let foundIn = '';
  for (const versions of loaded.values()) {
    for (const version of versions) {
      const folder = holdingFolder(version, path);
      if (!folder || folder.length <= foundIn.length) continue;
      found = version;
      foundIn = folder;
    }
  }
  return found;
}
