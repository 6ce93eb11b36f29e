import {isAbsolute, join, relative, sep} from 'node:path';
import {collectBacklinks} from './backlinks.js';
import type {DocsVersion} from './docs-versions.js';
import type {SiteModel} from './site.js';

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
  return versions;
}

const PLACED = new WeakMap<SiteModel, WeakMap<object, SiteModel>>();

function placePages(site: SiteModel, permalinks: ReadonlyMap<string, string>): SiteModel['pages'] {
  return site.pages.map((parsed) => {
    const permalink = permalinks.get(parsed.page.source ?? '') ?? parsed.page.permalink;
    if (permalink === parsed.page.permalink) return parsed;
    const items = parsed.items.map((item) => ({...item, url: `${permalink}#${item.id}`}));
    return {...parsed, page: {...parsed.page, permalink}, items};
  });
}

/**
 * The site with the permalinks Docusaurus serves (`DocsVersion.permalinks`) instead of the ones the
 * model computed: page permalinks, item URLs and backlinks. The same inputs give the same object.
 */
export function placeSite(site: SiteModel, permalinks?: ReadonlyMap<string, string>): SiteModel {
  if (!permalinks) return site;
  const byMap = PLACED.get(site) ?? new WeakMap<object, SiteModel>();
  PLACED.set(site, byMap);
  const known = byMap.get(permalinks);
  if (known) return known;
  const pages = placePages(site, permalinks);
  if (pages.every((page, index) => page === site.pages[index])) return site;
  const placed: SiteModel = {
    ...site,
    pages,
    items: pages.flatMap((page) => page.items),
    backlinks: collectBacklinks(pages, {config: site.config}),
  };
  byMap.set(permalinks, placed);
  return placed;
}
