import {statSync} from 'node:fs';
import {normalizeModelOptions} from './config.js';
import {listPages, loadSite, type SiteModel, type SiteOptions} from './site.js';
import {loadSiteAsync, type ParallelOptions} from './site-async.js';

interface Entry {
  stamp: string;
  site?: SiteModel;
  /** A read under way (`loadSiteCachedAsync`), shared by every caller until it ends. */
  pending?: Promise<SiteModel>;
}

// Shared through globalThis so that every plugin of one build, even when a loader gave it its own copy
// of this module, reads the site once.
const CACHE_KEY = Symbol.for('kmportal.model.siteCache');
const store = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] ??= new Map<
  string,
  Entry
>()) as Map<string, Entry>;

function fileStamp(path: string): string {
  try {
    const stat = statSync(path);
    return `${path}:${stat.size}:${stat.mtimeMs}`;
  } catch {
    return `${path}:absent`;
  }
}

/** A fingerprint of every input of `loadSite`: the page list, their sizes and times, the registries. */
export function siteStamp(options: SiteOptions): string {
  const normalized = normalizeModelOptions(options);
  const translated = options.localizedDir ? listPages(options.localizedDir) : [];
  const files = [
    ...listPages(options.docsDir),
    normalized.unitsFile,
    normalized.nexusFile,
    ...translated,
  ];
  return files.map(fileStamp).join('\n');
}

/** What `loadSite` reads, but the folder message paths are relative to. */
function baseKey(options: SiteOptions): string {
  return JSON.stringify({
    ...normalizeModelOptions(options),
    routeBasePath: options.routeBasePath ?? 'docs',
    maxPageBytes: options.maxPageBytes,
    localizedDir: options.localizedDir,
  });
}

// Base key → the `cwd` of the last read, for callers that do not name one.
const LATEST_KEY = Symbol.for('kmportal.model.siteCache.latestCwd');
const latestCwd = ((globalThis as Record<symbol, unknown>)[LATEST_KEY] ??= new Map<
  string,
  string
>()) as Map<string, string>;

/**
 * Only what `loadSite` reads is the key, so callers with other options of their own share one read.
 * A caller that names no `cwd` (the remark plugin inside a build started from another folder) shares
 * the read of the same pages made last with any `cwd`: only message paths differ, and it reports none.
 */
function cacheKey(options: SiteOptions): {key: string; options: SiteOptions} {
  const base = baseKey(options);
  const cwd = options.cwd ?? latestCwd.get(base) ?? process.cwd();
  latestCwd.set(base, cwd);
  return {key: `${base}\0${cwd}`, options: {...options, cwd}};
}

/** `loadSite`, read again only when a page or a registry changed since the last call with the same options. */
export function loadSiteCached(given: SiteOptions): SiteModel {
  const {key, options} = cacheKey(given);
  const stamp = siteStamp(options);
  const entry = store.get(key);
  if (entry?.site && entry.stamp === stamp) return entry.site;
  const site = loadSite(options);
  store.set(key, {stamp, site});
  return site;
}

/**
 * `loadSiteCached` with the pages parsed on several threads (`loadSiteAsync`).
 * Plugins that load their content at the same time share one read; later `loadSiteCached` calls hit the cache.
 */
export function loadSiteCachedAsync(
  given: SiteOptions,
  parallel?: ParallelOptions,
): Promise<SiteModel> {
  const {key, options} = cacheKey(given);
  const stamp = siteStamp(options);
  const entry = store.get(key);
  if (entry && entry.stamp === stamp) {
    if (entry.site) return Promise.resolve(entry.site);
    if (entry.pending) return entry.pending;
  }
  const pending = loadSiteAsync(options, parallel);
  store.set(key, {stamp, pending});
  pending.then(
    (site) => {
      if (store.get(key)?.pending === pending) store.set(key, {stamp, site});
    },
    () => {
      if (store.get(key)?.pending === pending) store.delete(key);
    },
  );
  return pending;
}
