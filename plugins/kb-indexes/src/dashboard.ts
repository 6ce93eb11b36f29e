import {createHash} from 'node:crypto';
import type {SiteModel, StatusItem} from '@kmportal/model';
import {leanItem, pagesByPath, pageTitle, siteGraph, type LeanItem} from './graph.js';

/** Rows per file of the item table (the dashboard shows this many rows per page). */
export const DEFAULT_CHUNK_SIZE = 50;

/** `YYYY-MM-DD` as days since 1970-01-01. */
export function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
}

/**
 * The table's filter and sort columns, one entry per item in site order, fetched once by the
 * browser (never route data). Values are indexes into `values`; the rows themselves are in
 * `rows-<n>.json` files of `chunkSize` items each.
 */
export interface DashboardIndex {
  version: 1;
  count: number;
  chunkSize: number;
  /** Row files in order; row `i` is entry `i % chunkSize` of file `floor(i / chunkSize)`. */
  chunks: string[];
  values: {status: string[]; owner: string[]; nexus: string[]; sdg: string[]; type: string[]};
  status: number[];
  /** Index into `values.type`, `-1` without a page type. */
  type: number[];
  owner: number[][];
  nexus: number[][];
  sdg: number[][];
  /** Last day of the due period as a day number; `null` without a due date or when `tbc`. */
  due: (number | null)[];
  /** Items due `tbc`, by position. */
  tbc: number[];
  /** Items with errors (`StatusItem.invalid`), by position (absent in indexes of older builds). */
  invalid?: number[];
  /** Sort ranks (0 = first, equal titles share a rank) by item title and by page title. */
  rank: {title: number[]; page: number[]};
}

/** Totals and due-date counts of open items: everything the dashboard needs before any row. */
export interface DashboardTotals {
  count: number;
  status: [string, number][];
  unit: [string, number][];
  type: [string, number][];
  /**
   * Open items by the last day of their due period, for counting overdue and upcoming items
   * against the browser's today: `[first day number, count, gap to next day, count, …]`.
   */
  openDue: number[];
  /** Items with errors (`StatusItem.invalid`): in dev, where a broken block still lists its item. */
  invalid: number;
}

/** What the table files are called and where they are served. */
export interface DashboardTable {
  /** Folder of the files below the site root, with baseUrl and a trailing slash. */
  base: string;
  index: string;
  pageSize: number;
}

/** One file of the table, as emitted into the build. */
export interface DashboardFile {
  name: string;
  content: string;
}

const NONE = '—';

function tally(counts: Map<string, number>, keys: Iterable<string>): void {
  for (const key of new Set(keys)) counts.set(key, (counts.get(key) ?? 0) + 1);
}

function closedOf(site: SiteModel): (status: string) => boolean {
  return (status) => site.config.statusByValue.get(status)?.closed ?? false;
}

/** Counts by status, unit and page type, and the compact due dates of open items. */
export function dashboardTotals(site: SiteModel): DashboardTotals {
  const pages = pagesByPath(site);
  const closed = closedOf(site);
  const status = new Map<string, number>();
  const unit = new Map<string, number>();
  const type = new Map<string, number>();
  const due = new Map<number, number>();
  let invalid = 0;
  for (const item of site.items) {
    if (item.invalid) invalid++;
    tally(status, [item.status]);
    tally(unit, item.owners.length ? item.owners : [NONE]);
    tally(type, [pages.get(item.path)?.type || NONE]);
    const end = item.due?.end;
    if (end && !closed(item.status)) {
      const day = dayNumber(end);
      due.set(day, (due.get(day) ?? 0) + 1);
    }
  }
  const openDue: number[] = [];
  let previous = 0;
  for (const [day, count] of [...due].sort(([a], [b]) => a - b)) {
    openDue.push(day - previous, count);
    previous = day;
  }
  const sorted = (map: Map<string, number>) =>
    [...map].sort(([a], [b]) => a.localeCompare(b)) as [string, number][];
  return {
    count: site.items.length,
    status: [...status],
    unit: sorted(unit),
    type: sorted(type),
    openDue,
    invalid,
  };
}

/** Distinct values, sorted, with their positions. */
function dictionary(values: Iterable<string>, order?: readonly string[]) {
  const distinct = [...new Set(values)].sort();
  const list = order ? [...order, ...distinct.filter((value) => !order.includes(value))] : distinct;
  return {list, position: new Map(list.map((value, index) => [value, index]))};
}

/** Dense rank of each element under a comparison: equal elements share a rank. */
function ranks<T>(elements: readonly T[], compare: (a: T, b: T) => number): number[] {
  const order = elements.map((_, index) => index);
  order.sort((a, b) => compare(elements[a]!, elements[b]!) || a - b);
  const rank = new Array<number>(elements.length);
  let current = 0;
  order.forEach((position, index) => {
    if (index > 0 && compare(elements[order[index - 1]!]!, elements[position]!) !== 0) current++;
    rank[position] = current;
  });
  return rank;
}

/** The filter and sort columns of every item, and the names of the row files. */
export function dashboardIndex(site: SiteModel, chunkSize = DEFAULT_CHUNK_SIZE): DashboardIndex {
  const pages = pagesByPath(site);
  const items: readonly StatusItem[] = site.items;
  const graph = siteGraph(site);
  const typeOf = (item: StatusItem) => pages.get(item.path)?.type ?? '';
  const status = dictionary(
    items.map((item) => item.status),
    site.config.statuses.map((s) => s.value),
  );
  const owner = dictionary(graph.itemsByUnit.keys());
  const nexus = dictionary(graph.itemsByNexus.keys());
  const sdg = dictionary(graph.itemsBySdgCode.keys());
  const type = dictionary(items.map(typeOf).filter(Boolean));
  const titles = items.map((item) => item.title);
  const pageTitles = items.map((item) => {
    const page = pages.get(item.path);
    return page ? pageTitle(page) : item.path;
  });
  const collator = new Intl.Collator('en');
  const chunks = Array.from(
    {length: Math.ceil(items.length / chunkSize)},
    (_, n) => `rows-${n}.json`,
  );
  return {
    version: 1,
    count: items.length,
    chunkSize,
    chunks,
    values: {
      status: status.list,
      owner: owner.list,
      nexus: nexus.list,
      sdg: sdg.list,
      type: type.list,
    },
    status: items.map((item) => status.position.get(item.status)!),
    type: items.map((item) => type.position.get(typeOf(item)) ?? -1),
    owner: items.map((item) => item.owners.map((value) => owner.position.get(value)!)),
    nexus: items.map((item) => item.nexus.map((value) => nexus.position.get(value)!)),
    sdg: items.map((item) => item.sdg.map((value) => sdg.position.get(value)!)),
    due: items.map((item) => (item.due?.end ? dayNumber(item.due.end) : null)),
    tbc: items.flatMap((item, index) => (item.due?.kind === 'tbc' ? [index] : [])),
    invalid: items.flatMap((item, index) => (item.invalid ? [index] : [])),
    rank: {
      title: ranks(titles, collator.compare),
      page: ranks(pageTitles, collator.compare),
    },
  };
}

/** The rows of the table in files of `chunkSize` items, in site order. */
export function dashboardRows(site: SiteModel, chunkSize = DEFAULT_CHUNK_SIZE): LeanItem[][] {
  const pages = pagesByPath(site);
  const chunks: LeanItem[][] = [];
  site.items.forEach((item, index) => {
    if (index % chunkSize === 0) chunks.push([]);
    chunks.at(-1)!.push(leanItem(item, pages.get(item.path)));
  });
  return chunks;
}

/**
 * The files of the item table (`index.json` and `rows-<n>.json`) and the folder they go in,
 * named by a hash of their content so that browsers never mix two builds.
 */
export function dashboardFiles(
  site: SiteModel,
  chunkSize = DEFAULT_CHUNK_SIZE,
): {folder: string; files: DashboardFile[]} {
  const index = dashboardIndex(site, chunkSize);
  const rows = dashboardRows(site, chunkSize);
  const files = [
    {name: 'index.json', content: JSON.stringify(index)},
    ...rows.map((chunk, n) => ({name: index.chunks[n]!, content: JSON.stringify(chunk)})),
  ];
  return inHashedFolder(files);
}

/**
 * `files` with the name of their folder: a hash of their names and contents, so that browsers never
 * mix the files of two builds (the dashboard's table, the reports).
 */
export function inHashedFolder(files: DashboardFile[]): {folder: string; files: DashboardFile[]} {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.name).update('\0').update(file.content);
  return {folder: hash.digest('hex').slice(0, 10), files};
}
