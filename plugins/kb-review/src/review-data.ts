import {nullRecord, type SiteModel} from '@kmportal/model';
import type {ReviewBadgeData} from './review-badges.js';

/** One page with a review cycle, as the `/review` page needs it. */
export interface ReviewRow {
  title: string;
  /** URL path without the site's baseUrl, e.g. `/docs/plans/a`. */
  permalink: string;
  /** Unit codes owning the page (front matter `owner`). */
  owners: string[];
  reviewers: string[];
  /** `YYYY-MM-DD`, absent when never reviewed. */
  lastReviewed?: string;
  /** `review_every` as written, e.g. `6 months`. */
  every?: string;
  /** `YYYY-MM-DD`, absent when never reviewed. */
  next?: string;
}

/** The data of the `/review` page, written with `createData`. */
export interface ReviewData {
  /** Day of the build, `YYYY-MM-DD`: the static HTML's "today", replaced by the reader's day in the browser. */
  builtOn: string;
  /** Unit code → unit name, for the owners and reviewers shown. */
  units: Record<string, string>;
  rows: ReviewRow[];
}

/** Rows of every page that declares a review cycle, sorted by next review (never reviewed first). */
export function reviewRows(site: SiteModel): ReviewRow[] {
  return site.pages
    .filter(({page}) => page.review)
    .map(({page}) => ({
      title: page.title ?? page.source ?? page.path,
      permalink: page.permalink ?? '',
      owners: page.owners,
      reviewers: page.review?.reviewers ?? [],
      lastReviewed: page.review?.lastReviewed,
      every: page.review?.every?.raw,
      next: page.review?.next,
    }))
    .sort((a, b) => (a.next ?? '').localeCompare(b.next ?? '') || a.title.localeCompare(b.title));
}

/** The whole page data: rows, and the names of the units they mention. */
export function reviewData(site: SiteModel, builtOn: string): ReviewData {
  const rows = reviewRows(site);
  const codes = new Set(rows.flatMap((row) => [...row.owners, ...row.reviewers]));
  const units = nullRecord<string>();
  for (const code of [...codes].sort()) units[code] = site.config.units?.get(code)?.name ?? code;
  return {builtOn, units, rows};
}

/** `YYYY-MM-DD` of a date in local time. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `/docs/a` under the baseUrl `/fr/`: `/fr/docs/a` (the model's permalinks are without it). */
function withBaseUrl(baseUrl: string, permalink: string): string {
  return `${baseUrl.replace(/\/$/, '')}${permalink.startsWith('/') ? '' : '/'}${permalink}`;
}

/**
 * Each reviewed page's badge dates by permalink, from the model: on a translated page, the source
 * page's `last_reviewed` and `review_every` (the translation's own are drift, reported by the model).
 */
export function reviewBadgePages(site: SiteModel, baseUrl: string): ReviewBadgeData['pages'] {
  const pages = nullRecord<ReviewBadgeData['pages'][string]>();
  for (const {page} of site.pages) {
    const lastReviewed = page.review?.lastReviewed;
    if (!lastReviewed || !page.permalink) continue;
    const every = page.review?.every?.raw;
    pages[withBaseUrl(baseUrl, page.permalink)] = every ? {lastReviewed, every} : {lastReviewed};
  }
  return pages;
}
