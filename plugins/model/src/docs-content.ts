import {isAbsolute, join, relative, sep} from 'node:path';
import type {DocsVersion} from './docs-versions.js';

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
    docs: {source: string; permalink: string}[];
  }[];
}

/** Where the site is, to resolve `@site/…` sources and strip baseUrl from routes. */
export interface SitePlace {
  siteDir: string;
  baseUrl: string;
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
  for (const doc of version.docs) {
    const source = relativeSource(doc.source, folders, place.siteDir);
    if (source) permalinks.set(source, withoutBaseUrl(doc.permalink, place.baseUrl));
  }
  return {
    instance,
    name: version.versionName,
    label: version.label,
    contentPath: version.contentPath,
    path: withoutBaseUrl(version.path, place.baseUrl),
    isLast: version.isLast,
    permalinks,
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

/** The docs version, of the sites Docusaurus loaded in this process, whose folder holds `path`. */
export function docsVersionOfFile(path: string): DocsVersion | undefined {
  let found: DocsVersion | undefined;
  for (const versions of loaded.values()) {
    for (const version of versions) {
      if (!contains(version.contentPath, path)) continue;
      if (!found || version.contentPath.length > found.contentPath.length) found = version;
    }
  }
  return found;
}
