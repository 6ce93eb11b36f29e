import type {DueDate, PageMeta, SiteModel, StatusDefinition, StatusItem} from '@kmportal/model';

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
  return new Map(site.pages.map(({page}) => [page.path, page]));
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
  };
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

/** Items reaching a goal. */
export function itemsOfGoal(site: SiteModel, goal: number): StatusItem[] {
  return site.items.filter((item) => reachesGoal(item, goal));
}

/** Pages tagged with a goal or one of its targets in front matter. */
export function pagesOfGoal(site: SiteModel, goal: number): PageMeta[] {
  return site.pages.map(({page}) => page).filter((page) => reachesGoal(page, goal));
}

/** Items tagged with a nexus area. */
export function itemsOfNexus(site: SiteModel, slug: string): StatusItem[] {
  return site.items.filter((item) => item.nexus.includes(slug));
}

/** Pages tagged with a nexus area. */
export function pagesOfNexus(site: SiteModel, slug: string): PageMeta[] {
  return site.pages.map(({page}) => page).filter((page) => page.nexus.includes(slug));
}

/** Goals reached by a set of items and pages, ascending. */
export function goalsReached(entries: readonly {sdgGoals: number[]}[]): number[] {
  return [...new Set(entries.flatMap((entry) => entry.sdgGoals))].sort((a, b) => a - b);
}

/** Nexus areas of the registry, or those used on the site when there is no registry. */
export function nexusSlugs(site: SiteModel): string[] {
  if (site.config.nexus) return [...site.config.nexus.keys()];
  const used = [...site.items, ...site.pages.map(({page}) => page)].flatMap((e) => e.nexus);
  return [...new Set(used)].sort();
}
