import type {DashboardIndex} from '@kmportal/kb-indexes';

/**
 * The dashboard's selection, as in the URL:
 * `?status=a,b&owner=X&nexus=s&sdg=11&type=t&due=overdue&validity=invalid&sort=-due&page=2`
 * (AND across keys, OR within a key, like `::status-table`; `-` before the sort key: descending).
 */
export interface DashboardQuery {
  status: string[];
  owner: string[];
  nexus: string[];
  sdg: string[];
  type: string[];
  due: string[];
  /** `invalid`: the items with errors (in dev, where a broken block still lists its item). */
  validity: string[];
  sort: string;
  page: number;
  /** What the dashboard counts: status blocks (`recommendations`, the default) or their key actions (`?items=actions`). */
  items: 'recommendations' | 'actions';
}

export const FILTER_KEYS = ['status', 'owner', 'nexus', 'sdg', 'type', 'due', 'validity'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Columns the table sorts by. */
export const SORT_KEYS = ['title', 'status', 'due', 'page'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Reads the selection from a query string. */
export function readQuery(search: string): DashboardQuery {
  const params = new URLSearchParams(search);
  const list = (key: string) => (params.get(key) ?? '').split(',').filter(Boolean);
  const page = Number(params.get('page'));
  return {
    status: list('status'),
    owner: list('owner'),
    nexus: list('nexus'),
    sdg: list('sdg'),
    type: list('type'),
    due: list('due'),
    validity: list('validity'),
    sort: params.get('sort') ?? '',
    page: Number.isInteger(page) && page > 1 ? page : 1,
    items: params.get('items') === 'actions' ? 'actions' : 'recommendations',
  };
}

/** Writes the selection as a query string (empty keys and page 1 left out). */
export function writeQuery(query: DashboardQuery): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (query[key].length > 0) params.set(key, query[key].join(','));
  if (query.sort) params.set('sort', query.sort);
  if (query.page > 1) params.set('page', String(query.page));
  if (query.items === 'actions') params.set('items', 'actions');
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/** Whether any filter is set. */
export function hasFilters(query: DashboardQuery): boolean {
  return FILTER_KEYS.some((key) => query[key].length > 0);
}

/** The sort key and direction of `sort` (`due`, `-due`); undefined for site order. */
export function sortOf(sort: string): {key: SortKey; descending: boolean} | undefined {
  const descending = sort.startsWith('-');
  const key = (descending ? sort.slice(1) : sort) as SortKey;
  return SORT_KEYS.includes(key) ? {key, descending} : undefined;
}

/** `YYYY-MM-DD` as days since 1970-01-01. */
export function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
}

/** Adds days to a `YYYY-MM-DD` day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function lastDay(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The period of `2019`, `2019-H1`, `2019-Q3`, `2019-06` or `2019-06-30`, or undefined. */
export function periodOf(raw: string): {start: string; end: string} | undefined {
  const match = /^(\d{4})(?:-(H[12]|Q[1-4]|\d{2})(?:-(\d{2}))?)?$/.exec(raw);
  if (!match) return undefined;
  const year = Number(match[1]);
  const [, , part, day] = match;
  const span = (first: number, last: number) => ({
    start: `${year}-${String(first).padStart(2, '0')}-01`,
    end: lastDay(year, last),
  });
  if (!part) return span(1, 12);
  if (part.startsWith('H')) return part === 'H1' ? span(1, 6) : span(7, 12);
  if (part.startsWith('Q')) return span(Number(part[1]) * 3 - 2, Number(part[1]) * 3);
  if (day) return {start: raw, end: raw};
  return span(Number(part), Number(part));
}

/** Days ahead that `next-90-days` covers, today included. */
export const SOON_DAYS = 90;

/**
 * Open items overdue and due in the next 90 days, counted against `today` from the compact due
 * dates of the route data (`[first day, count, gap, count, …]`).
 */
export function dueCounts(openDue: readonly number[], today: string) {
  const day = dayNumber(today);
  let overdue = 0;
  let soon = 0;
  let current = 0;
  for (let i = 0; i + 1 < openDue.length; i += 2) {
    current += openDue[i]!;
    const count = openDue[i + 1]!;
    if (current < day) overdue += count;
    else if (current <= day + SOON_DAYS) soon += count;
  }
  return {overdue, soon};
}

/** What filtering needs besides the index: the day and which status values are closed. */
export interface FilterContext {
  today: string;
  closed: (status: string) => boolean;
}

type Test = (position: number) => boolean;

function positionsOf(values: readonly string[], wanted: (value: string) => boolean): Set<number> {
  const found = new Set<number>();
  values.forEach((value, position) => {
    if (wanted(value)) found.add(position);
  });
  return found;
}

function dueTest(index: DashboardIndex, value: string, ctx: FilterContext): Test {
  const today = dayNumber(ctx.today);
  const closed = index.values.status.map(ctx.closed);
  const open = (i: number) => !closed[index.status[i]!];
  const due = index.due;
  if (value === 'overdue') return (i) => due[i] != null && due[i]! < today && open(i);
  if (value === 'next-90-days')
    return (i) => due[i] != null && due[i]! >= today && due[i]! <= today + SOON_DAYS && open(i);
  if (value === 'tbc') {
    const tbc = new Set(index.tbc);
    return (i) => tbc.has(i);
  }
  const period = periodOf(value);
  if (!period) return () => false;
  const [start, end] = [dayNumber(period.start), dayNumber(period.end)];
  return (i) => due[i] != null && due[i]! >= start && due[i]! <= end;
}

function keyTest(index: DashboardIndex, key: FilterKey, values: string[], ctx: FilterContext) {
  const wanted = new Set(values);
  const one = (column: readonly number[], dictionary: readonly string[]): Test => {
    const found = positionsOf(dictionary, (value) => wanted.has(value));
    return (i) => found.has(column[i]!);
  };
  const some = (column: readonly number[][], found: Set<number>): Test => {
    return (i) => column[i]!.some((value) => found.has(value));
  };
  switch (key) {
    case 'status':
      return one(index.status, index.values.status);
    case 'type':
      return one(index.type, index.values.type);
    case 'owner':
      return some(
        index.owner,
        positionsOf(index.values.owner, (v) => wanted.has(v)),
      );
    case 'nexus':
      return some(
        index.nexus,
        positionsOf(index.values.nexus, (v) => wanted.has(v)),
      );
    case 'sdg': {
      // `11` selects goal 11 and its targets; `11.2` only that target.
      const matches = (code: string) =>
        wanted.has(code) || wanted.has(code.split('.')[0]!) || false;
      return some(index.sdg, positionsOf(index.values.sdg, matches));
    }
    case 'due': {
      const tests = values.map((value) => dueTest(index, value, ctx));
      return (i: number) => tests.some((test) => test(i));
    }
    case 'validity': {
      const invalid = new Set(wanted.has('invalid') ? (index.invalid ?? []) : []);
      return (i: number) => invalid.has(i);
    }
  }
}

/** Positions (site order) of the items matching the selection: AND across keys, OR within a key. */
export function filterIndex(
  index: DashboardIndex,
  query: DashboardQuery,
  ctx: FilterContext,
): number[] {
  const tests = FILTER_KEYS.filter((key) => query[key].length > 0).map((key) =>
    keyTest(index, key, query[key], ctx),
  );
  const positions: number[] = [];
  for (let i = 0; i < index.count; i++) if (tests.every((test) => test(i))) positions.push(i);
  return positions;
}

/** Positions sorted by `sort` (`title`, `status`, `due`, `page`; `-` before: descending); ties keep site order. */
export function sortPositions(
  index: DashboardIndex,
  positions: readonly number[],
  sort: string,
): number[] {
  const order = sortOf(sort);
  if (!order) return [...positions];
  const column: readonly (number | null)[] =
    order.key === 'title'
      ? index.rank.title
      : order.key === 'page'
        ? index.rank.page
        : order.key === 'status'
          ? index.status
          : index.due;
  const sign = order.descending ? -1 : 1;
  // Items without a value (no due date) come last in both directions.
  const compare = (a: number, b: number) => {
    const [x, y] = [column[a], column[b]];
    if (x == null || y == null) return (x == null ? 1 : 0) - (y == null ? 1 : 0);
    return sign * (x - y);
  };
  return [...positions].sort((a, b) => compare(a, b) || a - b);
}

/** The positions shown on one page of the table, and the number of pages (at least 1). */
export function pageOf(positions: readonly number[], page: number, pageSize: number) {
  const pages = Math.max(1, Math.ceil(positions.length / pageSize));
  const current = Math.min(Math.max(1, page), pages);
  return {
    page: current,
    pages,
    positions: positions.slice((current - 1) * pageSize, current * pageSize),
  };
}

/** Row files holding the given positions, each once, in order. */
export function chunksOf(positions: readonly number[], chunkSize: number): number[] {
  // Array.from, not spread: the site's Babel spreads iterables loosely, as if they were arrays.
  return Array.from(new Set(positions.map((position) => Math.floor(position / chunkSize)))).sort(
    (a, b) => a - b,
  );
}

/** Page numbers to show: the first, the last and two either side of the current one. */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const shown = Array.from(new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages]))
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  return shown.flatMap((n, index) => (index > 0 && n - shown[index - 1]! > 1 ? [null, n] : [n]));
}
