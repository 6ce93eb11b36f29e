import {withActions, type SdgGoal, type SiteModel, type StatusDefinition} from '@kmportal/model';
import {
  cachedBreakdown,
  countBy,
  goalsReached,
  itemsOfGoal,
  itemsOfNexus,
  itemsOfSdgCode,
  leanItem,
  nexusSlugs,
  pageRef,
  pagesByPath,
  pagesOfGoal,
  pagesOfNexus,
  siteGraph,
  type LeanItem,
  type PageRef,
  type StatusCount,
} from './graph.js';
import {dashboardTotals, type DashboardTable} from './dashboard.js';
import {ratesTable} from './rates.js';

/** Routes of the index pages, without baseUrl. */
export interface IndexPaths {
  sdgBasePath: string;
  nexusBasePath: string;
  statusPath: string;
  matrixPath: string;
}

/** A goal as cards and headings show it. */
export interface GoalSummary {
  goal: number;
  short: string;
  title: string;
  color: string;
  textColor: string;
  href: string;
  pageCount: number;
  itemCount: number;
  statuses: StatusCount[];
}

/** A nexus area as lists show it. */
export interface NexusSummary {
  slug: string;
  title: string;
  description: string;
  focalPoint?: string;
  href: string;
  pageCount: number;
  itemCount: number;
  statuses: StatusCount[];
}

type StatusVocabulary = Pick<StatusDefinition, 'value' | 'label' | 'color' | 'closed'>[];

/** The status vocabulary, small enough to ship with each route. */
export function vocabulary(site: SiteModel): StatusVocabulary {
  return site.config.statuses.map(({value, label, color, closed}) => ({
    value,
    label,
    color,
    closed,
  }));
}

/** One goal's summary. */
export function goalSummary(site: SiteModel, goal: SdgGoal, paths: IndexPaths): GoalSummary {
  const items = itemsOfGoal(site, goal.goal);
  return {
    goal: goal.goal,
    short: goal.short,
    title: goal.title,
    color: goal.color,
    textColor: goal.textColor,
    href: `${paths.sdgBasePath}/${goal.goal}`,
    pageCount: pagesOfGoal(site, goal.goal).length,
    itemCount: items.length,
    statuses: cachedBreakdown(site, `goal:${goal.goal}`, () => items),
  };
}

/** One nexus area's summary (title falls back to the slug when there is no registry). */
export function nexusSummary(site: SiteModel, slug: string, paths: IndexPaths): NexusSummary {
  const area = site.config.nexus?.get(slug);
  const items = itemsOfNexus(site, slug);
  return {
    slug,
    title: area?.title ?? slug,
    description: area?.description ?? '',
    ...(area?.focalPoint ? {focalPoint: area.focalPoint} : {}),
    href: `${paths.nexusBasePath}/${slug}`,
    pageCount: pagesOfNexus(site, slug).length,
    itemCount: items.length,
    statuses: cachedBreakdown(site, `nexus:${slug}`, () => items),
  };
}

/** Data of the SDG index. */
export function sdgIndexData(site: SiteModel, paths: IndexPaths) {
  return {goals: site.config.sdg.goals.map((goal) => goalSummary(site, goal, paths))};
}

/**
 * A goal or nexus area page with at most `PAGE_ITEM_BUDGET` items lists them all. Beyond that it lists
 * the first `ITEM_PREVIEW` of each group (goal level, each target), or `AREA_PREVIEW` for an area,
 * and the rest are one link away, in the dashboard filtered by that code or area, so that a page's
 * data stays bounded however large the site grows.
 */
export const PAGE_ITEM_BUDGET = 200;
export const ITEM_PREVIEW = 10;
export const AREA_PREVIEW = 50;

/** How many items of a group a page lists, given the page's total. */
function previewSize(pageTotal: number, preview: number): number {
  return pageTotal <= PAGE_ITEM_BUDGET ? PAGE_ITEM_BUDGET : preview;
}

/** Data of one goal page: items grouped by target, with a goal-level group first (first items of each). */
export function goalPageData(site: SiteModel, goal: SdgGoal, paths: IndexPaths) {
  const pages = pagesByPath(site);
  const items = itemsOfGoal(site, goal.goal);
  const lean = (item: (typeof items)[number]) => leanItem(item, pages.get(item.path));
  const dashboard = (code: string) => `${paths.statusPath}?sdg=${code}`;
  const size = previewSize(items.length, ITEM_PREVIEW);
  const goalItems = itemsOfSdgCode(site, String(goal.goal));
  const goalLevel = goalItems.slice(0, size).map(lean);
  const targets = goal.targets.map(({code, title}) => {
    const tagged = itemsOfSdgCode(site, code);
    return {
      code,
      title,
      items: tagged.slice(0, size).map(lean),
      count: tagged.length,
      moreHref: dashboard(code),
    };
  });
  const pageList = pagesOfGoal(site, goal.goal);
  const reached = new Set([...items, ...pageList].flatMap((entry) => entry.nexus));
  const nexus = nexusSlugs(site)
    .filter((slug) => reached.has(slug))
    .map((slug) => nexusSummary(site, slug, paths));
  return {
    goal: goalSummary(site, goal, paths),
    targets,
    goalLevel,
    goalLevelCount: goalItems.length,
    goalLevelHref: dashboard(String(goal.goal)),
    pages: pageList.map(pageRef),
    nexus,
    statuses: vocabulary(site),
  };
}

/** Data of the nexus index. */
export function nexusIndexData(site: SiteModel, paths: IndexPaths) {
  const areas = nexusSlugs(site).map((slug) => nexusSummary(site, slug, paths));
  return {areas, matrixPath: paths.matrixPath};
}

/** Data of one nexus area page (its first items; the area summary has the count). */
export function nexusAreaData(site: SiteModel, slug: string, paths: IndexPaths) {
  const pages = pagesByPath(site);
  const items = itemsOfNexus(site, slug);
  const pageList = pagesOfNexus(site, slug);
  const goals = goalsReached([...items, ...pageList]).map((n) =>
    goalSummary(site, site.config.sdg.goalByNumber.get(n)!, paths),
  );
  return {
    area: nexusSummary(site, slug, paths),
    items: items
      .slice(0, previewSize(items.length, AREA_PREVIEW))
      .map((item) => leanItem(item, pages.get(item.path))),
    itemsHref: `${paths.statusPath}?nexus=${slug}`,
    pages: pageList.map(pageRef),
    goals,
    statuses: vocabulary(site),
  };
}

/** Data of the matrix: item counts per nexus area and goal. */
export function matrixData(site: SiteModel, paths: IndexPaths) {
  const rows = nexusSlugs(site).map((slug) => {
    const counts = countBy(itemsOfNexus(site, slug), (item) => item.sdgGoals.map(String));
    return {
      area: nexusSummary(site, slug, paths),
      counts: site.config.sdg.goals.map(({goal}) => counts.get(String(goal)) ?? 0),
    };
  });
  const goals = site.config.sdg.goals.map(({goal, short, color, textColor}) => ({
    goal,
    short,
    color,
    textColor,
  }));
  return {rows, goals, statusPath: paths.statusPath};
}

/**
 * Data of the status dashboard: totals, compact due dates of open items and the filter choices,
 * never the items themselves; the table fetches its rows from the files of `dashboardFiles`.
 */
export function dashboardData(
  site: SiteModel,
  builtOn: string,
  table: DashboardTable,
  actionTable?: DashboardTable,
) {
  return {
    builtOn,
    totals: dashboardTotals(site),
    statuses: vocabulary(site),
    units: site.config.units
      ? [...site.config.units.values()].map(({code, name}) => ({code, name}))
      : [],
    pageTypes: site.config.pageTypes,
    choices: dashboardChoices(site),
    table,
    /** Acceptance and implementation rates and overdue actions, per page and per page type. */
    rates: ratesTable(site, builtOn),
    /** The same counts and table over key actions (the `?items=actions` view); `null` without actions. */
    actions: actionTable ? actionView(site, actionTable) : null,
  };
}

/** The values the dashboard's filters offer: units, nexus areas, page types and due years in use. */
function dashboardChoices(site: SiteModel) {
  const graph = siteGraph(site);
  const years = new Set(site.items.flatMap((item) => item.due?.end?.slice(0, 4) ?? []));
  const types = new Set(site.items.map((item) => graph.pagesByPath.get(item.path)?.type ?? ''));
  types.delete('');
  return {
    owner: [...graph.itemsByUnit.keys()].sort(),
    nexus: [...graph.itemsByNexus.keys()].sort(),
    type: [...types].sort(),
    year: [...years].sort(),
  };
}

/** The site with its key actions as its items: what the dashboard counts in its actions view. */
export function actionSite(site: SiteModel): SiteModel {
  return {...site, items: withActions(site.items).filter((item) => item.parent !== undefined)};
}

function actionView(site: SiteModel, table: DashboardTable) {
  const actions = actionSite(site);
  return {totals: dashboardTotals(actions), choices: dashboardChoices(actions), table};
}

export type SdgIndexData = ReturnType<typeof sdgIndexData>;
export type GoalPageData = ReturnType<typeof goalPageData>;
export type NexusIndexData = ReturnType<typeof nexusIndexData>;
export type NexusAreaData = ReturnType<typeof nexusAreaData>;
export type MatrixData = ReturnType<typeof matrixData>;
export type DashboardData = ReturnType<typeof dashboardData>;
export type {LeanItem, PageRef, StatusCount};
export type {DashboardIndex, DashboardTable, DashboardTotals} from './dashboard.js';
