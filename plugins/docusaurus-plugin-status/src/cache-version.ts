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

/**
 * Webpack's persistent cache keeps a page's compiled MDX until that file changes, so a pull would show
 * an item as it was when the page was first built. Adding the fingerprint to the cache version
 * evicts the cache whenever what pulls show changes.
 */
export function cacheConfiguration(
  config: Configuration,
  site: SiteModel | undefined,
): Partial<Configuration> {
  const cache = config.cache;
  if (!site || !cache || typeof cache !== 'object' || cache.type !== 'filesystem') return {};
  return {cache: {...cache, version: `${cache.version ?? ''}-kmportal-${pullFingerprint(site)}`}};
}
