import {createHash} from 'node:crypto';
import type {SiteModel} from '@kmportal/model';
import type {Plugin} from '@docusaurus/types';

/** The bundler configuration as `configureWebpack` receives it. */
type Configuration = Parameters<NonNullable<Plugin['configureWebpack']>>[0];

/**
 * A fingerprint of everything a page's compiled MDX takes from other files: the fields of every item
 * (pulls and tables show them), every page's pulls and title (backlinks), the registries' names
 * and, when a table filters on `overdue`, the day of the build. Progress notes are not in it.
 */
export function pullFingerprint(
  site: SiteModel,
  today = new Date().toISOString().slice(0, 10),
): string {
  const pages = site.pages.map(({page, pulls}) => [
    page.path,
    page.title,
    page.type,
    page.permalink,
    pulls.map((pull) => [pull.kind, pull.attributes, pull.label]),
  ]);
  const items = site.items.map((i) => [
    [i.id, i.title, i.status, i.url, i.path, i.due?.raw],
    [i.owners, i.sdg, i.nexus],
  ]);
  const registries = [
    site.config.statuses,
    [...(site.config.units?.values() ?? [])].map((unit) => [unit.code, unit.name]),
    [...(site.config.nexus?.values() ?? [])].map((area) => [area.slug, area.title]),
  ];
  const usesToday = site.pages.some(({pulls}) =>
    pulls.some((p) => p.filter?.due?.includes('overdue')),
  );
  const data = JSON.stringify({pages, items, registries, today: usesToday ? today : undefined});
  return createHash('sha256').update(data).digest('hex').slice(0, 16);
}

/** Rspack's persistent cache, as Docusaurus Faster configures it (`experiments.cache`). */
interface RspackPersistentCache {
  type: 'persistent';
  version?: string;
  [key: string]: unknown;
}

function isRspackPersistentCache(cache: unknown): cache is RspackPersistentCache {
  return (
    typeof cache === 'object' && cache !== null && (cache as {type?: unknown}).type === 'persistent'
  );
}

function extendVersion(version: string | undefined, site: SiteModel): string {
  return `${version ?? ''}-kmportal-${pullFingerprint(site)}`;
}

/**
 * A bundler's persistent cache keeps a page's compiled MDX until that file changes, so a pull would show
 * an item as it was when the page was first built. Adding the fingerprint to the cache version evicts
 * the cache whenever what pulls show changes: webpack's `cache.version` (`type: 'filesystem'`) and
 * Rspack's `experiments.cache.version` (`type: 'persistent'`, Docusaurus Faster, with `cache: true`).
 * Other caches (none, or memory) are left alone.
 */
export function cacheConfiguration(
  config: Configuration,
  site: SiteModel | undefined,
): Partial<Configuration> {
  if (!site) return {};
  const {cache} = config;
  if (cache && typeof cache === 'object' && cache.type === 'filesystem') {
    return {cache: {...cache, version: extendVersion(cache.version, site)}};
  }
  const experiments = (config as {experiments?: {cache?: unknown}}).experiments;
  if (experiments && isRspackPersistentCache(experiments.cache)) {
    const rspackCache = {
      ...experiments.cache,
      version: extendVersion(experiments.cache.version, site),
    };
    return {experiments: {...experiments, cache: rspackCache}} as Partial<Configuration>;
  }
  return {};
}
