import type {DueDate, PageMeta, SiteModel, StatusDefinition, StatusItem} from '@kmportal/model';
import {oncePerSite, pushTo} from './site-memo.js';

/** An item as index pages show it: its fields and its home, never its body. */
export interface LeanItem {
  id: string;
  title: string;
  status: string;
  owners: string[];
  due: DueDate | null;
  sdg: string[];
  nexus: string[];
  /** The item's card on its page, without baseUrl. */
  url: string;
  pageTitle: string;
  pageType: string;
  /** In a translated locale, set when the item still shows source-language text (title and body). */
  untranslated?: true;
  /** The item has errors (`StatusItem.invalid`): where the first stands and what it says; absent when valid. */
  invalid?: InvalidNote;
}

/** What an index says of an invalid item: `invalid — fix at docs/a.md:12`. */
export interface InvalidNote {
  /** `path:line:column` of the first error, the path as messages give it (relative to the site). */
  at: string;
  reason: string;
  /** How many errors the item has. */
  count: number;
}

/** The note of an invalid item (`undefined` when it is valid). */
export function invalidNote(item: StatusItem): InvalidNote | undefined {
  const first = item.invalid?.[0];
  if (!first) return undefined;
  const at = `${item.path}:${first.line}:${first.column}`;
  return {at, reason: first.reason, count: item.invalid!.length};
}

/** A page as index pages link it. */
export interface PageRef {
  title: string;
  permalink: string;
  type: string;
}

/** How many items have one status value. */
export interface StatusCount {
  value: string;
  label: string;
  color: string;
  count: number;
}

/** A page's title, falling back to its source path. */
export function pageTitle(page: PageMeta): string {
  return page.title ?? page.source ?? page.path;
}

/** Page metadata by the path the parser was given. */
export function pagesByPath(site: SiteModel): Map<string, PageMeta> {
  return siteGraph(site).pagesByPath;
}

/** The lean summary of one item. */
export function leanItem(item: StatusItem, page: PageMeta | undefined): LeanItem {
  return {
    id: item.id,
    title: item.title,
    status: item.status,
    owners: item.owners,
    due: item.due ?? null,
    sdg: item.sdg,
    nexus: item.nexus,
    url: item.url ?? `${page?.permalink ?? ''}#${item.id}`,
    pageTitle: page ? pageTitle(page) : item.path,
    pageType: page?.type ?? '',
    ...(item.invalid ? {invalid: invalidNote(item)} : {}),
    ...(item.untranslated ? {untranslated: true as const} : {}),
  };
}

/**
 * An item as the SDG and nexus pages list it (`@theme/KbItemList`: title, status, page, owners, due date):
 * its SDG and nexus tags and page type, which the list does not show, are left out of the route data.
 */
export type ListedItem = Omit<LeanItem, 'sdg' | 'nexus' | 'pageType'>;

/** The listed summary of one item (see `ListedItem`). */
export function listedItem(item: StatusItem, page: PageMeta | undefined): ListedItem {
  const {sdg: _sdg, nexus: _nexus, pageType: _type, ...listed} = leanItem(item, page);
  return listed;
}

/** Lean summaries of every item of the site, in site order. */
export function leanItems(site: SiteModel): LeanItem[] {
  const pages = pagesByPath(site);
  return site.items.map((item) => leanItem(item, pages.get(item.path)));
}

/** A link to a page. */
export function pageRef(page: PageMeta): PageRef {
  return {title: pageTitle(page), permalink: page.permalink ?? '', type: page.type ?? ''};
}

/** Counts per status value, in vocabulary order, with zero counts left out; unknown values last. */
export function statusBreakdown(
  items: readonly {status: string}[],
  statuses: readonly StatusDefinition[],
): StatusCount[] {
  const counts = countBy(items, (item) => [item.status]);
  const known = statuses.map(({value, label, color}) => ({
    value,
    label,
    color,
    count: counts.get(value) ?? 0,
  }));
  const unknown = [...counts]
    .filter(([value]) => !statuses.some((status) => status.value === value))
    .map(([value, count]) => ({value, label: value, color: 'gray', count}));
  return [...known, ...unknown].filter((entry) => entry.count > 0);
}

/** Counts of the keys each element yields (an element counts once per distinct key). */
export function countBy<T>(elements: readonly T[], keys: (element: T) => readonly string[]) {
  const counts = new Map<string, number>();
  for (const element of elements) {
    for (const key of new Set(keys(element))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Goals an item or page reaches, directly or through a target. */
export function reachesGoal(entry: {sdgGoals: number[]}, goal: number): boolean {
  return entry.sdgGoals.includes(goal);
}

/**
 * Every cross-reference of a site, built in one pass over its items and pages: items by goal, by
 * SDG code (goal or target, as written), by nexus area, by owning unit and by page; pages by path,
 * goal and nexus area. Lists keep site order.
 */
export interface SiteGraph {
  pagesByPath: Map<string, PageMeta>;
  itemsByGoal: Map<number, StatusItem[]>;
  itemsBySdgCode: Map<string, StatusItem[]>;
  itemsByNexus: Map<string, StatusItem[]>;
  itemsByUnit: Map<string, StatusItem[]>;
  itemsByPage: Map<string, StatusItem[]>;
  pagesByGoal: Map<number, PageMeta[]>;
  pagesByNexus: Map<string, PageMeta[]>;
  /** Status breakdowns, computed on first use. */
  breakdowns: Map<string, StatusCount[]>;
}

/** The cross-references of a site, built once per site model (later calls reuse them). */
export const siteGraph: (site: SiteModel) => SiteGraph = oncePerSite((site) => {
  const graph: SiteGraph = {
    pagesByPath: new Map(),
    itemsByGoal: new Map(),
    itemsBySdgCode: new Map(),
    itemsByNexus: new Map(),
    itemsByUnit: new Map(),
    itemsByPage: new Map(),
    pagesByGoal: new Map(),
    pagesByNexus: new Map(),
    breakdowns: new Map(),
  };
  for (const item of site.items) {
    for (const goal of new Set(item.sdgGoals)) pushTo(graph.itemsByGoal, goal, item);
    for (const code of new Set(item.sdg)) pushTo(graph.itemsBySdgCode, code, item);
    for (const slug of new Set(item.nexus)) pushTo(graph.itemsByNexus, slug, item);
    for (const unit of new Set(item.owners)) pushTo(graph.itemsByUnit, unit, item);
    pushTo(graph.itemsByPage, item.path, item);
  }
  for (const {page} of site.pages) {
    graph.pagesByPath.set(page.path, page);
    // A page reaches a goal or an area through its front matter or through one of its blocks.
    const items = graph.itemsByPage.get(page.path) ?? [];
    const goals = new Set([...page.sdgGoals, ...items.flatMap((item) => item.sdgGoals)]);
    const areas = new Set([...page.nexus, ...items.flatMap((item) => item.nexus)]);
    for (const goal of goals) pushTo(graph.pagesByGoal, goal, page);
    for (const slug of areas) pushTo(graph.pagesByNexus, slug, page);
  }
  return graph;
});

/** The status breakdown of a goal's or an area's items, computed once per site. */
export function cachedBreakdown(
  site: SiteModel,
  key: string,
  items: () => readonly {status: string}[],
): StatusCount[] {
  const {breakdowns} = siteGraph(site);
  let counts = breakdowns.get(key);
  if (!counts) {
    counts = statusBreakdown(items(), site.config.statuses);
    breakdowns.set(key, counts);
  }
  return counts;
}

/** Items reaching a goal. */
export function itemsOfGoal(site: SiteModel, goal: number): StatusItem[] {
  return siteGraph(site).itemsByGoal.get(goal) ?? [];
}

/** Items tagged with exactly this SDG code (a goal such as `11` or a target such as `11.2`). */
export function itemsOfSdgCode(site: SiteModel, code: string): StatusItem[] {
  return siteGraph(site).itemsBySdgCode.get(code) ?? [];
}

/** Pages tagged with a goal or one of its targets, in front matter or in one of their blocks. */
export function pagesOfGoal(site: SiteModel, goal: number): PageMeta[] {
  return siteGraph(site).pagesByGoal.get(goal) ?? [];
}

/** Items tagged with a nexus area. */
export function itemsOfNexus(site: SiteModel, slug: string): StatusItem[] {
  return siteGraph(site).itemsByNexus.get(slug) ?? [];
}

/** Pages tagged with a nexus area, in front matter or in one of their blocks. */
export function pagesOfNexus(site: SiteModel, slug: string): PageMeta[] {
  return siteGraph(site).pagesByNexus.get(slug) ?? [];
}

/** Items owned by a unit. */
export function itemsOfUnit(site: SiteModel, unit: string): StatusItem[] {
  return siteGraph(site).itemsByUnit.get(unit) ?? [];
}

/** Items whose home is the page with this path. */
export function itemsOfPage(site: SiteModel, path: string): StatusItem[] {
  return siteGraph(site).itemsByPage.get(path) ?? [];
}

/** Goals reached by a set of items and pages, ascending. */
export function goalsReached(entries: readonly {sdgGoals: number[]}[]): number[] {
  return [...new Set(entries.flatMap((entry) => entry.sdgGoals))].sort((a, b) => a - b);
}

/** Nexus areas of the registry, or those used on the site when there is no registry. */
export function nexusSlugs(site: SiteModel): string[] {
  if (site.config.nexus) return [...site.config.nexus.keys()];
  const {itemsByNexus, pagesByNexus} = siteGraph(site);
  return [...new Set([...itemsByNexus.keys(), ...pagesByNexus.keys()])].sort();
}
