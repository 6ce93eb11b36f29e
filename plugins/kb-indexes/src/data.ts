import type {SdgGoal, SiteModel, StatusDefinition, StatusItem} from '@kmportal/model';
import {
  cachedBreakdown,
  countBy,
  goalsReached,
  itemsOfGoal,
  itemsOfNexus,
  listedItem,
  nexusSlugs,
  pageRef,
  pagesByPath,
  pagesOfGoal,
  pagesOfNexus,
  siteGraph,
  type LeanItem,
  type ListedItem,
  type PageRef,
  type StatusCount,
} from './graph.js';
import {dashboardTotals, type DashboardTable} from './dashboard.js';
import {ratesTable} from './rates.js';
import {oncePerSite} from './site-memo.js';

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
  /** Key actions reaching the goal (their own tags or their recommendation's), counted apart from items. */
  actionCount: number;
  actionStatuses: StatusCount[];
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
  /** Key actions tagged with the area (or whose recommendation is), counted apart from items. */
  actionCount: number;
  actionStatuses: StatusCount[];
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

function actionCounts(site: SiteModel, key: string, actions: readonly StatusItem[]) {
  return {
    actionCount: actions.length,
    actionStatuses: cachedBreakdown(actionSite(site), key, () => actions),
  };
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
    ...actionCounts(site, `goal:${goal.goal}`, itemsOfGoal(actionSite(site), goal.goal)),
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
    ...actionCounts(site, `nexus:${slug}`, itemsOfNexus(actionSite(site), slug)),
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

/**
 * Where a goal page lists each item of the goal: once, under the first of its targets of this goal
 * (the most specific code it has), or at the goal level when it names no target of the goal.
 */
export function placeGoalItems(
  items: readonly StatusItem[],
  goal: number,
): {goalLevel: StatusItem[]; byTarget: Map<string, StatusItem[]>} {
  const goalLevel: StatusItem[] = [];
  const byTarget = new Map<string, StatusItem[]>();
  const prefix = `${goal}.`;
  for (const item of items) {
    const target = item.sdg.find((code) => code.startsWith(prefix));
    if (target === undefined) goalLevel.push(item);
    else byTarget.set(target, [...(byTarget.get(target) ?? []), item]);
  }
  return {goalLevel, byTarget};
}

/** Data of one goal page: the goal-level items first, then each target's (first items of each group). */
export function goalPageData(site: SiteModel, goal: SdgGoal, paths: IndexPaths) {
  const pages = pagesByPath(site);
  const items = itemsOfGoal(site, goal.goal);
  const lean = (item: (typeof items)[number]) => listedItem(item, pages.get(item.path));
  const dashboard = (code: string) => `${paths.statusPath}?sdg=${code}`;
  const size = previewSize(items.length, ITEM_PREVIEW);
  const placed = placeGoalItems(items, goal.goal);
  const goalLevel = placed.goalLevel.slice(0, size).map(lean);
  const targets = goal.targets.map(({code, title}) => {
    const listed = placed.byTarget.get(code) ?? [];
    return {
      code,
      title,
      items: listed.slice(0, size).map(lean),
      count: listed.length,
      moreHref: dashboard(code),
    };
  });
  const pageList = pagesOfGoal(site, goal.goal);
  const reached = new Set([...items, ...pageList].flatMap((entry) => entry.nexus));
  const nexus = nexusSlugs(site)
    .filter((slug) => reached.has(slug))
    .map((slug) => nexusSummary(site, slug, paths));
  const actions = itemsOfGoal(actionSite(site), goal.goal);
  return {
    goal: goalSummary(site, goal, paths),
    /** The first key actions reaching the goal; the rest in the dashboard's actions view. */
    actions: actions.slice(0, previewSize(actions.length, AREA_PREVIEW)).map(lean),
    actionsHref: `${paths.statusPath}?items=actions&sdg=${goal.goal}`,
    targets,
    goalLevel,
    goalLevelCount: placed.goalLevel.length,
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
  const actions = itemsOfNexus(actionSite(site), slug);
  const goals = goalsReached([...items, ...pageList]).map((n) =>
    goalSummary(site, site.config.sdg.goalByNumber.get(n)!, paths),
  );
  return {
    area: nexusSummary(site, slug, paths),
    items: items
      .slice(0, previewSize(items.length, AREA_PREVIEW))
      .map((item) => listedItem(item, pages.get(item.path))),
    itemsHref: `${paths.statusPath}?nexus=${slug}`,
    /** The first key actions of the area; the rest in the dashboard's actions view. */
    actions: actions
      .slice(0, previewSize(actions.length, AREA_PREVIEW))
      .map((item) => listedItem(item, pages.get(item.path))),
    actionsHref: `${paths.statusPath}?items=actions&nexus=${slug}`,
    pages: pageList.map(pageRef),
    goals,
    statuses: vocabulary(site),
  };
}

/** Data of the matrix: item counts and key-action counts per nexus area and goal. */
export function matrixData(site: SiteModel, paths: IndexPaths) {
  const perGoal = (items: readonly StatusItem[]) => {
    const counts = countBy(items, (item) => item.sdgGoals.map(String));
    return site.config.sdg.goals.map(({goal}) => counts.get(String(goal)) ?? 0);
  };
  const rows = nexusSlugs(site).map((slug) => ({
    area: nexusSummary(site, slug, paths),
    counts: perGoal(itemsOfNexus(site, slug)),
    /** Key actions per goal, apart from `counts` (see `actionSite`). */
    actionCounts: perGoal(itemsOfNexus(actionSite(site), slug)),
  }));
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

/** Tags of a key action as the indexes count it: its own and its recommendation's. */
export function withInheritedTags(action: StatusItem, parent: StatusItem): StatusItem {
  const union = <T>(a: readonly T[], b: readonly T[]) => [...new Set([...b, ...a])];
  return {
    ...action,
    sdg: union(action.sdg, parent.sdg),
    sdgGoals: union(action.sdgGoals, parent.sdgGoals),
    nexus: union(action.nexus, parent.nexus),
  };
}

/**
 * The site with its key actions as its items: what the dashboard's actions view, the SDG and nexus pages
 * and the matrix count as key actions. An action reaches the goals and areas it is tagged with and those
 * of its recommendation (`withInheritedTags`). Built once per site model.
 */
export const actionSite: (site: SiteModel) => SiteModel = oncePerSite((site) => {
  const items = site.items.flatMap((item) =>
    (item.actions ?? []).map((action) => withInheritedTags(action, item)),
  );
  return {...site, items};
});

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
export type {LeanItem, ListedItem, PageRef, StatusCount};
export type {DashboardIndex, DashboardTable, DashboardTotals} from './dashboard.js';
