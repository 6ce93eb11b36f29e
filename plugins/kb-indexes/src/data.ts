import type {SdgGoal, SiteModel, StatusDefinition} from '@kmportal/model';
import {
  countBy,
  goalsReached,
  itemsOfGoal,
  itemsOfNexus,
  leanItem,
  leanItems,
  nexusSlugs,
  pageRef,
  pagesByPath,
  pagesOfGoal,
  pagesOfNexus,
  statusBreakdown,
  type LeanItem,
  type PageRef,
  type StatusCount,
} from './graph.js';

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
    statuses: statusBreakdown(items, site.config.statuses),
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
    statuses: statusBreakdown(items, site.config.statuses),
  };
}

/** Data of the SDG index. */
export function sdgIndexData(site: SiteModel, paths: IndexPaths) {
  return {goals: site.config.sdg.goals.map((goal) => goalSummary(site, goal, paths))};
}

/** Data of one goal page: items grouped by target, with a goal-level group first. */
export function goalPageData(site: SiteModel, goal: SdgGoal, paths: IndexPaths) {
  const pages = pagesByPath(site);
  const items = itemsOfGoal(site, goal.goal);
  const lean = (item: (typeof items)[number]) => leanItem(item, pages.get(item.path));
  const goalLevel = items.filter((item) => item.sdg.includes(String(goal.goal))).map(lean);
  const targets = goal.targets.map(({code, title}) => ({
    code,
    title,
    items: items.filter((item) => item.sdg.includes(code)).map(lean),
  }));
  const pageList = pagesOfGoal(site, goal.goal);
  const nexus = nexusSlugs(site)
    .filter((slug) => [...items, ...pageList].some((e) => e.nexus.includes(slug)))
    .map((slug) => nexusSummary(site, slug, paths));
  return {
    goal: goalSummary(site, goal, paths),
    targets,
    goalLevel,
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

/** Data of one nexus area page. */
export function nexusAreaData(site: SiteModel, slug: string, paths: IndexPaths) {
  const pages = pagesByPath(site);
  const items = itemsOfNexus(site, slug);
  const pageList = pagesOfNexus(site, slug);
  const goals = goalsReached([...items, ...pageList]).map((n) =>
    goalSummary(site, site.config.sdg.goalByNumber.get(n)!, paths),
  );
  return {
    area: nexusSummary(site, slug, paths),
    items: items.map((item) => leanItem(item, pages.get(item.path))),
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

/** Data of the status dashboard: every item and the build day. */
export function dashboardData(site: SiteModel, builtOn: string) {
  const items: LeanItem[] = leanItems(site);
  return {
    builtOn,
    items,
    statuses: vocabulary(site),
    units: site.config.units
      ? [...site.config.units.values()].map(({code, name}) => ({code, name}))
      : [],
    pageTypes: site.config.pageTypes,
  };
}

export type SdgIndexData = ReturnType<typeof sdgIndexData>;
export type GoalPageData = ReturnType<typeof goalPageData>;
export type NexusIndexData = ReturnType<typeof nexusIndexData>;
export type NexusAreaData = ReturnType<typeof nexusAreaData>;
export type MatrixData = ReturnType<typeof matrixData>;
export type DashboardData = ReturnType<typeof dashboardData>;
export type {LeanItem, PageRef, StatusCount};
