import {statSync} from 'node:fs';
import {normalizeModelOptions} from './config.js';
import {listPages, loadSite, type SiteModel, type SiteOptions} from './site.js';

interface Entry {
  stamp: string;
  site: SiteModel;
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
  const files = [...listPages(options.docsDir), normalized.unitsFile, normalized.nexusFile];
  return files.map(fileStamp).join('\n');
}

/** `loadSite`, read again only when a page or a registry changed since the last call with the same options. */
export function loadSiteCached(options: SiteOptions): SiteModel {
  // Only what `loadSite` reads is the key, so callers with other options of their own share one read.
  const key = JSON.stringify({
    ...normalizeModelOptions(options),
    cwd: options.cwd ?? process.cwd(),
    routeBasePath: options.routeBasePath ?? 'docs',
  });
  const stamp = siteStamp(options);
  const entry = store.get(key);
  if (entry && entry.stamp === stamp) return entry.site;
  const site = loadSite(options);
  store.set(key, {stamp, site});
  return site;
}
