import {isPastDue, parseDue} from './due.js';
import {buildItemIndex, candidateItems, type ItemIndex} from './item-index.js';
import type {FilterKey, ItemFilter, ModelConfig, PageMeta, StatusItem} from './types.js';
import {DEFAULT_STATUSES} from './vocabulary.js';
import {withActions} from './derive.js';

/** What a `due` filter value selects: overdue items, items due `tbc`, or items due within a period. */
export type DueFilter =
  {kind: 'overdue'} | {kind: 'tbc'} | {kind: 'period'; start: string; end: string};

/** Reads `overdue`, `tbc` or a period (`2019`, `2019-H1`, `2019-Q3`, `2019-06`, `2019-06-30`). */
export function parseDueFilter(raw: string): DueFilter | undefined {
  if (raw === 'overdue') return {kind: 'overdue'};
  const parsed = parseDue(raw);
  if (!parsed.ok) return undefined;
  const {start, end} = parsed.due;
  return start && end ? {kind: 'period', start, end} : {kind: 'tbc'};
}

/** Options of `matchItems`. */
export interface MatchOptions {
  /** The day `overdue` is judged on, `YYYY-MM-DD` (default: today, when the site is built). */
  today?: string;
  /** Where the `closed` flag of statuses comes from (default: the default vocabulary). */
  config?: Pick<ModelConfig, 'statusByValue'>;
}

interface MatchContext {
  pageType: Map<string, string | undefined>;
  closed: (status: string) => boolean;
  today: string;
}

type ItemTest = (item: StatusItem) => boolean;

function dueTest(raw: string, ctx: MatchContext): ItemTest {
  const filter = parseDueFilter(raw);
  if (!filter) return () => false;
  if (filter.kind === 'overdue') {
    return (item) => isPastDue(item.due, ctx.today) && !ctx.closed(item.status);
  }
  if (filter.kind === 'tbc') return (item) => item.due?.kind === 'tbc';
  return ({due}) => Boolean(due?.end && due.end >= filter.start && due.end <= filter.end);
}

/** `sdg=11` selects items tagged with goal 11 or any of its targets; `sdg=11.2` only that target. */
function sdgTest(code: string): ItemTest {
  if (/^\d+$/.test(code)) return (item) => item.sdgGoals.includes(Number(code));
  return (item) => item.sdg.includes(code);
}

function valueTest(key: FilterKey, value: string, ctx: MatchContext): ItemTest {
  switch (key) {
    case 'status':
      return (item) => item.status === value;
    case 'owner':
      return (item) => item.owners.includes(value);
    case 'nexus':
      return (item) => item.nexus.includes(value);
    case 'sdg':
      return sdgTest(value);
    case 'type':
      return (item) => ctx.pageType.get(item.path) === value;
    case 'due':
      return dueTest(value, ctx);
    case 'parent':
      return (item) => item.parent === value;
  }
}

/** A filter read once: every key given (AND) by one of its values (OR). */
function compileFilter(filter: ItemFilter, ctx: MatchContext): ItemTest {
  const keys = Object.entries(filter).map(([key, values]) => {
    const tests = (values ?? []).map((value) => valueTest(key as FilterKey, value, ctx));
    return (item: StatusItem) => tests.some((test) => test(item));
  });
  return (item) => keys.every((test) => test(item));
}

function closedStatuses(config: MatchOptions['config']): (status: string) => boolean {
  const defaults = new Map(DEFAULT_STATUSES.map((s) => [s.value, s]));
  const byValue = config?.statusByValue ?? defaults;
  return (status) => byValue.get(status)?.closed ?? false;
}

/** Selects items by filter; built once for a site, so that many tables share the page lookup. */
export type ItemMatcher = (items: readonly StatusItem[], filter: ItemFilter) => StatusItem[];

/** A matcher over a site's pages (`type` is the type of the item's page). */
export function createMatcher(
  pages: readonly {page: Pick<PageMeta, 'path' | 'type'>}[],
  options: MatchOptions = {},
): ItemMatcher {
  const ctx: MatchContext = {
    pageType: new Map(pages.map(({page}) => [page.path, page.type])),
    closed: closedStatuses(options.config),
    today: options.today ?? new Date().toISOString().slice(0, 10),
  };
  const indexes = new WeakMap<readonly StatusItem[], ItemIndex>();
  const pools = new WeakMap<readonly StatusItem[], readonly StatusItem[]>();
  // `parent` selects key actions: the pool is then every item with its actions.
  const poolOf = (items: readonly StatusItem[]) => {
    let pool = pools.get(items);
    if (!pool) pools.set(items, (pool = withActions(items)));
    return pool;
  };
  return (given, filter) => {
    const items = filter.parent ? poolOf(given) : given;
    let index = indexes.get(items);
    if (!index) indexes.set(items, (index = buildItemIndex(items, ctx.pageType)));
    return candidateItems(index, items, filter).filter(compileFilter(filter, ctx));
  };
}

/** The items a `status-table` shows, in site order; `type` is the page type of the item's page. */
export function matchItems(
  items: readonly StatusItem[],
  pages: readonly {page: Pick<PageMeta, 'path' | 'type'>}[],
  filter: ItemFilter,
  options: MatchOptions = {},
): StatusItem[] {
  return createMatcher(pages, options)(items, filter);
}
