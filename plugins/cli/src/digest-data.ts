import {addDays} from 'date-fns/addDays';
import {differenceInCalendarDays} from 'date-fns/differenceInCalendarDays';
import {format} from 'date-fns/format';
import {formatDuration} from 'date-fns/formatDuration';
import {intervalToDuration} from 'date-fns/intervalToDuration';
import {parseISO} from 'date-fns/parseISO';
import {
  reviewState,
  withActions,
  type PageMeta,
  type SiteModel,
  type StatusItem,
} from '@kmportal/model';
import {
  pageLabel,
  statusChanges,
  unitItems,
  type FeedContext,
  type StatusChangeEntry,
} from '@kmportal/kb-feeds/feeds';

/** One item of a digest, with where it stands on the digest's day. */
export interface DigestItem {
  id: string;
  title: string;
  status: string;
  statusLabel: string;
  owners: string[];
  /** `due` as written, e.g. `2026-Q4` or `tbc`. */
  due: string;
  /** The day it is due, `YYYY-MM-DD` (absent for `tbc`). */
  dueDay?: string;
  /** Days past the due day (overdue) or left until it (negative when overdue). */
  daysLeft?: number;
  /** `1 year 2 months 3 days`: how long it is overdue. */
  overdueFor?: string;
  url: string;
  page: {title: string; url: string};
  /** The recommendation of a key action. */
  parent?: string;
}

/** A page whose review is overdue, due within 30 days, or that was never reviewed. */
export interface DigestReview {
  title: string;
  url: string;
  state: 'overdue' | 'due-soon' | 'never';
  next?: string;
  lastReviewed?: string;
}

/** Everything a unit's focal point is reminded of, as of `today`. */
export interface DigestData {
  /** The site's url and baseUrl, without a trailing slash. */
  siteUrl: string;
  unit?: {code: string; name?: string};
  today: string;
  since: string;
  overdue: DigestItem[];
  /** Due from today to 30 days ahead. */
  next30: DigestItem[];
  /** Due from 31 to 90 days ahead. */
  next90: DigestItem[];
  /** Open items whose due date is `tbc`. */
  noDueDate: DigestItem[];
  /** Status changes on or after `since` (and not after `today`), newest first. */
  changes: StatusChangeEntry[];
  reviews: DigestReview[];
  /** Why the status changes are missing or partial (no git, a shallow clone); absent when complete. */
  historyNote?: string;
}

function digestItem(item: StatusItem, context: FeedContext, today: string): DigestItem {
  const page = context.pageOf(item.path);
  const dueDay = item.due?.end;
  const daysLeft = dueDay ? differenceInCalendarDays(parseISO(dueDay), parseISO(today)) : undefined;
  const parent = item.parent;
  return {
    id: item.id,
    title: item.title || item.id,
    status: item.status,
    statusLabel: context.statusLabel(item.status),
    owners: item.owners,
    due: item.due?.raw ?? 'tbc',
    ...(dueDay ? {dueDay, daysLeft} : {}),
    ...(daysLeft !== undefined && daysLeft < 0 ? {overdueFor: overdueFor(dueDay!, today)} : {}),
    url: context.itemUrl(item),
    page: {title: pageLabel(page, item.path), url: context.siteUrl + (page?.permalink ?? '')},
    ...(parent ? {parent} : {}),
  };
}

/** How long past its due day an item is, in years, months and days. */
export function overdueFor(dueDay: string, today: string): string {
  const duration = intervalToDuration({start: parseISO(dueDay), end: parseISO(today)});
  return formatDuration(duration, {format: ['years', 'months', 'days']}) || '0 days';
}

function reviewsOf(pages: PageMeta[], context: FeedContext, today: string): DigestReview[] {
  return pages.flatMap((page) => {
    if (!page.review) return [];
    const {state, next} = reviewState(page, today);
    if (state === 'ok') return [];
    return [
      {
        title: pageLabel(page, page.path),
        url: context.siteUrl + (page.permalink ?? ''),
        state,
        ...(next ? {next} : {}),
        ...(page.review.lastReviewed ? {lastReviewed: page.review.lastReviewed} : {}),
      },
    ];
  });
}

function reviewedBy(page: PageMeta, unit: string | undefined): boolean {
  return !unit || page.owners.includes(unit) || Boolean(page.review?.reviewers.includes(unit));
}

/** The digest of a unit (or of the whole site), as of `today`, with changes since `since`. */
export function digestData(
  site: SiteModel,
  context: FeedContext,
  options: {unit?: string; today: string; since: string},
): DigestData {
  const {unit, today, since} = options;
  const items = unit ? unitItems(site, unit) : withActions(site.items);
  const open = items
    .filter((item) => !context.isClosed(item.status))
    .map((item) => digestItem(item, context, today))
    .sort(
      (a, b) => (a.dueDay ?? '9999').localeCompare(b.dueDay ?? '9999') || a.id.localeCompare(b.id),
    );
  const until = (days: number) => addDaysIso(today, days);
  const pages = site.pages.map(({page}) => page).filter((page) => reviewedBy(page, unit));
  return {
    siteUrl: context.siteUrl,
    ...(unit ? {unit: {code: unit, name: site.config.units?.get(unit)?.name}} : {}),
    today,
    since,
    overdue: open.filter((item) => item.dueDay && item.dueDay < today),
    next30: open.filter((item) => item.dueDay && item.dueDay >= today && item.dueDay <= until(30)),
    next90: open.filter(
      (item) => item.dueDay && item.dueDay > until(30) && item.dueDay <= until(90),
    ),
    noDueDate: open.filter((item) => !item.dueDay),
    changes: statusChanges(items, context).filter((c) => c.date >= since && c.date <= today),
    reviews: reviewsOf(pages, context, today),
  };
}

/** `YYYY-MM-DD` plus `days`. */
export function addDaysIso(day: string, days: number): string {
  return format(addDays(parseISO(day), days), 'yyyy-MM-dd');
}

/** Whether a digest has anything to remind of. */
export function hasReminders(data: DigestData): boolean {
  return [data.overdue, data.next30, data.next90, data.noDueDate, data.changes, data.reviews].some(
    (list) => list.length > 0,
  );
}
