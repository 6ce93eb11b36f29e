import type {LeanItem} from '@kmportal/kb-indexes';

/** The dashboard's selection, as in the URL: `?status=a,b&owner=X&nexus=s&sdg=11&type=t&due=overdue&sort=due`. */
export interface DashboardQuery {
  status: string[];
  owner: string[];
  nexus: string[];
  sdg: string[];
  type: string[];
  due: string[];
  sort: string;
}

export const FILTER_KEYS = ['status', 'owner', 'nexus', 'sdg', 'type', 'due'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Reads the selection from a query string. */
export function readQuery(search: string): DashboardQuery {
  const params = new URLSearchParams(search);
  const list = (key: string) => (params.get(key) ?? '').split(',').filter(Boolean);
  return {
    status: list('status'),
    owner: list('owner'),
    nexus: list('nexus'),
    sdg: list('sdg'),
    type: list('type'),
    due: list('due'),
    sort: params.get('sort') ?? '',
  };
}

/** Writes the selection as a query string (empty keys left out). */
export function writeQuery(query: DashboardQuery): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (query[key].length > 0) params.set(key, query[key].join(','));
  if (query.sort) params.set('sort', query.sort);
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
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

/** Whether an open item's due end is before `today`. */
export function isOverdue(item: LeanItem, today: string, closed: (s: string) => boolean): boolean {
  return Boolean(item.due?.end && item.due.end < today && !closed(item.status));
}

/** Whether an open item is due from `today` to 90 days later. */
export function isDueSoon(item: LeanItem, today: string, closed: (s: string) => boolean): boolean {
  const end = item.due?.end;
  return Boolean(end && end >= today && end <= addDays(today, 90) && !closed(item.status));
}

type Context = {today: string; closed: (status: string) => boolean};

function matchesDue(item: LeanItem, value: string, ctx: Context): boolean {
  if (value === 'overdue') return isOverdue(item, ctx.today, ctx.closed);
  if (value === 'next-90-days') return isDueSoon(item, ctx.today, ctx.closed);
  if (value === 'tbc') return item.due?.kind === 'tbc';
  const period = periodOf(value);
  const end = item.due?.end;
  return Boolean(period && end && end >= period.start && end <= period.end);
}

function matchesValue(item: LeanItem, key: FilterKey, value: string, ctx: Context): boolean {
  switch (key) {
    case 'status':
      return item.status === value;
    case 'owner':
      return item.owners.includes(value);
    case 'nexus':
      return item.nexus.includes(value);
    case 'sdg':
      return item.sdg.some((code) => code === value || code.split('.')[0] === value);
    case 'type':
      return item.pageType === value;
    case 'due':
      return matchesDue(item, value, ctx);
  }
}

/** Items matching the selection: AND across keys, OR within a key. */
export function filterItems(items: readonly LeanItem[], query: DashboardQuery, ctx: Context) {
  return items.filter((item) =>
    FILTER_KEYS.every(
      (key) => query[key].length === 0 || query[key].some((v) => matchesValue(item, key, v, ctx)),
    ),
  );
}

const SORTERS: Record<string, (a: LeanItem, b: LeanItem) => number> = {
  title: (a, b) => a.title.localeCompare(b.title),
  status: (a, b) => a.status.localeCompare(b.status),
  due: (a, b) => (a.due?.end ?? '9999').localeCompare(b.due?.end ?? '9999'),
};

/** Items sorted by `sort` (`title`, `status` or `due`); site order otherwise. */
export function sortItems(items: readonly LeanItem[], sort: string): LeanItem[] {
  const sorter = SORTERS[sort];
  return sorter ? [...items].sort(sorter) : [...items];
}
