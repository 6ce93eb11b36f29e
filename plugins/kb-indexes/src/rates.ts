// Acceptance and implementation rates, as the JIU reports them to governing bodies, and overdue actions.
import {isPastDue, type SiteModel, type StatusItem} from '@kmportal/model';
import {pagesByPath, pageTitle} from './graph.js';

/** The management-response figures of a set of recommendations and their key actions. */
export interface ResponseRates {
  /** Status blocks with a `response` (the recommendations considered). */
  recommendations: number;
  /** Of those, `accepted` or `partially-accepted`. */
  accepted: number;
  /** Of the accepted, those `completed` or `continuing` (implemented). */
  implemented: number;
  /** `accepted / recommendations`, 0–1; `null` when there is no recommendation. */
  acceptanceRate: number | null;
  /** `implemented / accepted`, 0–1; `null` when none is accepted. */
  implementationRate: number | null;
  /** Key actions of every status block counted. */
  actions: number;
  /** Key actions still open whose due date has passed on the day counted. */
  overdueActions: number;
}

/** One row of a rates table: a page or a page type. */
export interface RatesRow extends ResponseRates {
  /** The page's title or the page type. */
  label: string;
  /** The page's permalink (absent on a page type's row). */
  permalink?: string;
  type: string;
}

const IMPLEMENTED = new Set(['completed', 'continuing']);

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** The rates of `items` (status blocks; their actions are read from them) on `today`. */
export function responseRates(
  items: readonly StatusItem[],
  today: string,
  closed: (status: string) => boolean,
): ResponseRates {
  const considered = items.filter((item) => item.response !== undefined);
  const accepted = considered.filter((item) => item.response !== 'not-accepted');
  const implemented = accepted.filter((item) => IMPLEMENTED.has(item.status));
  const actions = items.flatMap((item) => item.actions ?? []);
  const overdue = actions.filter((a) => !closed(a.status) && isPastDue(a.due, today));
  return {
    recommendations: considered.length,
    accepted: accepted.length,
    implemented: implemented.length,
    acceptanceRate: ratio(accepted.length, considered.length),
    implementationRate: ratio(implemented.length, accepted.length),
    actions: actions.length,
    overdueActions: overdue.length,
  };
}

function closedOf(site: SiteModel): (status: string) => boolean {
  return (status) => site.config.statusByValue.get(status)?.closed ?? false;
}

/** Rates per page (pages with recommendations or actions, in site order) and per page type. */
export function ratesTable(site: SiteModel, today: string): {pages: RatesRow[]; types: RatesRow[]} {
  const closed = closedOf(site);
  const pages = pagesByPath(site);
  const byType = new Map<string, StatusItem[]>();
  const rows: RatesRow[] = [];
  for (const parsed of site.pages) {
    const rates = responseRates(parsed.items, today, closed);
    if (rates.recommendations === 0 && rates.actions === 0) continue;
    const type = parsed.page.type ?? '';
    const page = pages.get(parsed.page.path);
    rows.push({
      ...rates,
      label: page ? pageTitle(page) : parsed.page.path,
      permalink: parsed.page.permalink,
      type,
    });
    byType.set(type, [...(byType.get(type) ?? []), ...parsed.items]);
  }
  const types = [...byType]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, items]) => ({...responseRates(items, today, closed), label: type, type}));
  return {pages: rows, types};
}
