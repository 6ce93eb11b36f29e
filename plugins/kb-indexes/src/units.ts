import {
  isPastDue,
  ownValue,
  reviewState,
  type PageMeta,
  type SiteModel,
  type StatusItem,
  type Unit,
} from '@kmportal/model';
import {vocabulary} from './data.js';
import type {HistorySource} from './exports.js';
import {listedItem, pagesByPath, pageTitle, statusBreakdown, type ListedItem} from './graph.js';
import {oncePerSite, pushTo} from './site-memo.js';
import type {StatusCount} from './graph.js';
import type {ReportHistoryEntry} from './report.js';
import {unitItems} from './unit-items.js';

export {unitItems};

/** Routes the unit pages link to, without baseUrl. */
export interface UnitPaths {
  unitsBasePath: string;
  statusPath: string;
}

/** A unit as lists and headings show it. */
export interface UnitRefLink {
  code: string;
  name: string;
  /** The unit's page, without baseUrl. */
  href: string;
}

/** A unit's counts, as the list of units shows them. */
export interface UnitSummary extends UnitRefLink {
  focalPoint: string | null;
  parent: UnitRefLink | null;
  /** Status blocks the unit is responsible for (recommendations and other items). */
  itemCount: number;
  /** Key actions the unit is responsible for, counted apart from the items. */
  actionCount: number;
  /** Open items and key actions. */
  openCount: number;
  /** Open items and key actions past due on the build day. */
  overdueCount: number;
  /** Pages the unit owns or reviews. */
  pageCount: number;
  /** Items and key actions by status. */
  statuses: StatusCount[];
}

/** One status change of an item, as git recorded it (the report's entries). */
export type UnitHistoryEntry = ReportHistoryEntry;

/** An item or key action a unit is responsible for (its owners, which the unit page does not show, left out). */
export interface UnitItem extends Omit<ListedItem, 'owners'> {
  /** A key action: its recommendation's id and title, else `null`. */
  parent: {id: string; title: string} | null;
  closed: boolean;
  /** Status changes, oldest first. */
  history: UnitHistoryEntry[];
}

/** A page a unit owns or reviews, with its review state on the build day. */
export interface UnitPageRef {
  title: string;
  permalink: string;
  type: string;
  role: 'owns' | 'reviews';
  review: {state: 'ok' | 'due-soon' | 'overdue' | 'never'; next: string | null};
}

/** One recent status change among the unit's items. */
export interface UnitChange extends UnitHistoryEntry {
  id: string;
  title: string;
  url: string;
}

/** Closed items a unit page lists before pointing to the dashboard. */
export const CLOSED_ITEM_BUDGET = 200;
/** Recent status changes a unit page lists. */
export const RECENT_CHANGES = 20;

/** The units of the registry, in registry order (none without `units.yml`). */
export function registryUnits(site: SiteModel): Unit[] {
  return site.config.units ? [...site.config.units.values()] : [];
}

/** The address of a unit's page, without baseUrl. */
export function unitPath(basePath: string, code: string): string {
  return `${basePath.replace(/(?<!\/)\/+$/, '')}/${encodeURIComponent(code)}`;
}

function unitLink(site: SiteModel, code: string, paths: UnitPaths): UnitRefLink {
  const name = site.config.units?.get(code)?.name ?? code;
  return {code, name, href: unitPath(paths.unitsBasePath, code)};
}

/** A page with what a unit does with it. */
export interface UnitPageRole {
  page: PageMeta;
  role: 'owns' | 'reviews';
}

/** Pages a unit owns or reviews, in site order. */
export function unitPages(site: SiteModel, code: string): UnitPageRole[] {
  return [...(pagesByUnit(site).get(code) ?? [])];
}

// The unit list and each unit's page and summary ask for a unit's pages: one pass over the pages per site.
const pagesByUnit = oncePerSite((site) => {
  const byUnit = new Map<string, UnitPageRole[]>();
  for (const {page} of site.pages) {
    const owners = new Set(page.owners);
    for (const code of owners) pushTo(byUnit, code, {page, role: 'owns'});
    // A unit that owns a page is listed as its owner, not also as a reviewer.
    for (const code of new Set(page.review?.reviewers ?? []))
      if (!owners.has(code)) pushTo(byUnit, code, {page, role: 'reviews'});
  }
  return byUnit;
});

// Titles of the items (a key action names its recommendation), once per site.
const itemTitles = oncePerSite((site) => new Map(site.items.map((item) => [item.id, item.title])));

function isClosed(site: SiteModel, status: string): boolean {
  return site.config.statusByValue.get(status)?.closed ?? false;
}

/** A unit's counts on `today`. */
export function unitSummary(
  site: SiteModel,
  unit: Unit,
  paths: UnitPaths,
  today: string,
): UnitSummary {
  const items = unitItems(site, unit.code);
  const open = items.filter((item) => !isClosed(site, item.status));
  return {
    ...unitLink(site, unit.code, paths),
    focalPoint: unit.focalPoint ?? null,
    parent: unit.parent ? unitLink(site, unit.parent, paths) : null,
    itemCount: items.filter((item) => item.parent === undefined).length,
    actionCount: items.filter((item) => item.parent !== undefined).length,
    openCount: open.length,
    overdueCount: open.filter((item) => isPastDue(item.due, today)).length,
    pageCount: unitPages(site, unit.code).length,
    statuses: statusBreakdown(items, site.config.statuses),
  };
}

/** Data of the list of units: every unit of the registry with its counts. */
export function unitIndexData(site: SiteModel, paths: UnitPaths, builtOn: string) {
  return {
    builtOn,
    units: registryUnits(site).map((unit) => unitSummary(site, unit, paths, builtOn)),
    statusPath: paths.statusPath,
  };
}

/** Open first (overdue, then by due date, undated last), closed after; site order among equals. */
export function handoverOrder(items: readonly UnitItem[], today: string): UnitItem[] {
  const rank = (item: UnitItem) =>
    item.closed ? 3 : isPastDue(item.due ?? undefined, today) ? 0 : item.due?.end ? 1 : 2;
  return items
    .map((item, index) => ({item, index}))
    .sort(
      (a, b) =>
        rank(a.item) - rank(b.item) ||
        (a.item.due?.end ?? '').localeCompare(b.item.due?.end ?? '') ||
        a.index - b.index,
    )
    .map(({item}) => item);
}

function unitItem(
  site: SiteModel,
  item: StatusItem,
  history: HistorySource,
  titles: ReadonlyMap<string, string>,
): UnitItem {
  const pages = pagesByPath(site);
  const label = (value: string) => site.config.statusByValue.get(value)?.label ?? value;
  const {owners: _owners, ...shown} = listedItem(item, pages.get(item.path));
  return {
    ...shown,
    parent: item.parent ? {id: item.parent, title: titles.get(item.parent) ?? item.parent} : null,
    closed: isClosed(site, item.status),
    history: (ownValue(history(item.path), item.id) ?? []).map((entry) => ({
      ...entry,
      ...(entry.from !== undefined ? {fromLabel: label(entry.from)} : {}),
      toLabel: label(entry.to),
    })),
  };
}

function pageRefOf(page: PageMeta, role: 'owns' | 'reviews', today: string): UnitPageRef {
  const review = reviewState(page, today);
  return {
    title: pageTitle(page),
    permalink: page.permalink ?? '',
    type: page.type ?? '',
    role,
    review: {state: review.state, next: review.next ?? null},
  };
}

/** The unit's latest status changes, newest first. */
export function recentChanges(items: readonly UnitItem[], limit = RECENT_CHANGES): UnitChange[] {
  return items
    .flatMap((item) =>
      item.history.map((entry) => ({...entry, id: item.id, title: item.title, url: item.url})),
    )
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/** Data of one unit's page: what it is responsible for, its pages, recent changes and place in the registry. */
export function unitPageData(
  site: SiteModel,
  unit: Unit,
  paths: UnitPaths,
  context: {builtOn: string; history?: HistorySource},
) {
  const history = context.history ?? (() => ({}));
  const titles = itemTitles(site);
  const items = handoverOrder(
    unitItems(site, unit.code).map((item) => unitItem(site, item, history, titles)),
    context.builtOn,
  );
  const closed = items.filter((item) => item.closed);
  return {
    unit: unitSummary(site, unit, paths, context.builtOn),
    children: registryUnits(site)
      .filter((other) => other.parent === unit.code)
      .map((other) => unitLink(site, other.code, paths)),
    open: items.filter((item) => !item.closed),
    closed: closed.slice(0, CLOSED_ITEM_BUDGET),
    closedCount: closed.length,
    closedHref: `${paths.statusPath}?owner=${encodeURIComponent(unit.code)}`,
    pages: unitPages(site, unit.code).map(({page, role}) => pageRefOf(page, role, context.builtOn)),
    changes: recentChanges(items),
    builtOn: context.builtOn,
    unitsPath: paths.unitsBasePath,
    statuses: vocabulary(site),
  };
}

export type UnitIndexData = ReturnType<typeof unitIndexData>;
export type UnitPageData = ReturnType<typeof unitPageData>;
