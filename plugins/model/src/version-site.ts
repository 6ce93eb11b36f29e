import {join} from 'node:path';
import {collectBacklinks} from './backlinks.js';
import {compareMessages} from './diagnostics.js';
import {withActions} from './derive.js';
import type {DocsVersion} from './docs-versions.js';
import {withoutPages} from './drafts.js';
import type {SiteModel, SiteOptions} from './site.js';
import {loadSiteCached, loadSiteCachedAsync} from './site-cache.js';

/**
 * Where a site's parses are kept between builds: `node_modules/.cache/kmportal-model` of the site
 * (beside webpack's and Rspack's caches); none when `DOCUSAURUS_NO_PERSISTENT_CACHE` is set.
 */
export function defaultCacheDir(siteDir: string | undefined): string | undefined {
  if (!siteDir || process.env.DOCUSAURUS_NO_PERSISTENT_CACHE) return undefined;
  return join(siteDir, 'node_modules', '.cache', 'kmportal-model');
}

/**
 * The options `loadSite` reads one version with: its folder, its route, its locale and translations'
 * folder, `options`' registries and the parse cache of the site (`cwd`) unless `options.cacheDir` names
 * another; with no persistent cache, parses kept in memory for the run (`memoryCache`).
 */
export function versionSiteOptions(
  version: DocsVersion,
  options: Omit<SiteOptions, 'docsDir'>,
): SiteOptions {
  const cacheDir = options.cacheDir ?? defaultCacheDir(options.cwd);
  // No persistent cache (a cold build): the build's locales still parse each source page once.
  const memoryCache = options.memoryCache ?? !cacheDir;
  const located = {
    ...options,
    docsDir: version.contentPath,
    routeBasePath: version.path,
    cacheDir,
    memoryCache,
  };
  const i18n = version.i18n;
  if (!i18n) return located;
  return {
    ...located,
    locale: i18n.locale,
    defaultLocale: i18n.defaultLocale,
    locales: i18n.locales,
    ...(i18n.localizedPath ? {localizedDir: i18n.localizedPath} : {}),
  };
}

/** One docs version's site (`loadSiteCached`) with the permalinks Docusaurus serves. */
export function loadVersionSite(
  version: DocsVersion,
  options: Omit<SiteOptions, 'docsDir'>,
): SiteModel {
  const site = loadSiteCached(versionSiteOptions(version, options));
  return placeSite(site, version.permalinks, version.drafts);
}

/** `loadVersionSite` with the pages parsed on several threads (`loadSiteCachedAsync`). */
export async function loadVersionSiteAsync(
  version: DocsVersion,
  options: Omit<SiteOptions, 'docsDir'>,
): Promise<SiteModel> {
  const site = await loadSiteCachedAsync(versionSiteOptions(version, options));
  return placeSite(site, version.permalinks, version.drafts);
}

/**
 * The site without the pages Docusaurus builds but lists nowhere (`unlisted: true` in production): what
 * the indexes, dashboard, matrix, reports, exports and feeds show. Pulls still show their items.
 */
export function listedSite(site: SiteModel, version: DocsVersion): SiteModel {
  return withoutPages(site, version.unlisted);
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

/** The site without the pages Docusaurus left out of the build, their item ids kept in `draftItems`. */
function withoutDrafts(site: SiteModel, drafts: ReadonlySet<string> | undefined): SiteModel {
  if (!drafts || drafts.size === 0) return site;
  const draftItems = new Map<string, string>();
  for (const page of site.pages) {
    if (!drafts.has(page.page.source ?? '')) continue;
    for (const item of withActions(page.items)) draftItems.set(item.id, page.page.path);
  }
  return {...withoutPages(site, drafts), draftItems};
}

/**
 * The site with the permalinks Docusaurus serves (`DocsVersion.permalinks`) instead of the ones the
 * model computed (page permalinks, item URLs and backlinks), and without the drafts it left out of the
 * build (`DocsVersion.drafts`). The same inputs give the same object.
 */
export function placeSite(
  site: SiteModel,
  permalinks?: ReadonlyMap<string, string>,
  drafts?: ReadonlySet<string>,
): SiteModel {
  // Both come from one reading of the docs plugin's content (`docsVersionsFromContent`), drafts a new set each time.
  const key = drafts ?? permalinks;
  if (!key) return site;
  const byMap = PLACED.get(site) ?? new WeakMap<object, SiteModel>();
  PLACED.set(site, byMap);
  const known = byMap.get(key);
  if (known) return known;
  const shown = withoutDrafts(site, drafts);
  const pages = permalinks ? placePages(shown, permalinks) : shown.pages;
  if (shown === site && pages.every((page, index) => page === site.pages[index])) return site;
  const placed: SiteModel = {
    ...shown,
    pages,
    items: pages.flatMap((page) => page.items),
    backlinks: collectBacklinks(pages, {config: site.config}),
  };
  byMap.set(key, placed);
  return placed;
}

/** Several sites (versions) as one, for counting and fingerprints: their pages, items and messages. */
export function mergeSites(sites: readonly SiteModel[]): SiteModel | undefined {
  if (sites.length <= 1) return sites[0];
  const backlinks: SiteModel['backlinks'] = new Map();
  for (const site of sites) for (const [id, links] of site.backlinks) backlinks.set(id, links);
  return {
    config: sites[0]!.config,
    pages: sites.flatMap((site) => site.pages),
    items: sites.flatMap((site) => site.items),
    messages: sites.flatMap((site) => site.messages).sort(compareMessages),
    files: sites.flatMap((site) => site.files),
    backlinks,
  };
}
