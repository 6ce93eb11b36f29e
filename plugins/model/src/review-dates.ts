// One module each, not the `date-fns` index (its 300 modules would load on every `kb` start).
import {addDays} from 'date-fns/addDays';
import {addMonths} from 'date-fns/addMonths';
import {addWeeks} from 'date-fns/addWeeks';
import {addYears} from 'date-fns/addYears';
import {differenceInCalendarDays} from 'date-fns/differenceInCalendarDays';
import {format} from 'date-fns/format';
import {parseISO} from 'date-fns/parseISO';
import {code} from './diagnostics.js';
import {closest} from './suggest.js';
import type {PageMeta, ReviewInterval} from './types.js';

// Pure date logic of reviews, free of Node APIs, so that a browser bundle can import it
// (`@kmportal/model/review-dates`) to recompute a page's state on the reader's day.

/** Days before the next review from which a page is `due-soon`. */
export const DUE_SOON_DAYS = 30;

/** The interval used when a page has `last_reviewed` but no `review_every`. */
export const DEFAULT_REVIEW_EVERY: ReviewInterval = {count: 12, unit: 'month', raw: '12 months'};

/** Where a page stands on its review cycle. */
export interface ReviewState {
  state: 'ok' | 'due-soon' | 'overdue' | 'never';
  /** Date of the next review, `YYYY-MM-DD` (absent when never reviewed). */
  next?: string;
}

const UNITS = ['day', 'week', 'month', 'year'] as const;

/** Parses `N days|weeks|months|years` (singular too), or says why not. */
export function parseReviewInterval(
  raw: string,
): {ok: true; interval: ReviewInterval} | {ok: false; reason: string} {
  const m = /^\s*(\d+)\s*([a-z]+)\s*$/i.exec(raw);
  if (!m) return {ok: false, reason: 'it is not a number followed by a unit'};
  const count = Number(m[1]);
  const word = m[2].toLowerCase().replace(/s$/, '');
  const unit = UNITS.find((u) => u === word);
  if (!unit) {
    const guess = closest(m[2], ['days', 'weeks', 'months', 'years']);
    return {
      ok: false,
      reason: `unknown unit ${code(m[2])}${guess ? ` (did you mean ${code(guess)}?)` : ''}`,
    };
  }
  if (count < 1) return {ok: false, reason: 'the number must be 1 or more'};
  return {ok: true, interval: {count, unit, raw: raw.trim()}};
}

const ADD = {day: addDays, week: addWeeks, month: addMonths, year: addYears};

/** The date of the next review: `lastReviewed` plus `every` (a month end stays in its month: 01-31 + 1 month = 02-28). */
export function nextReview(lastReviewed: string, every: ReviewInterval | string): string {
  const interval =
    typeof every === 'string' ? parseReviewInterval(every) : {ok: true as const, interval: every};
  if (!interval.ok)
    throw new Error(`Invalid review interval \`${String(every)}\`: ${interval.reason}`);
  const {count, unit} = interval.interval;
  return format(ADD[unit](parseISO(lastReviewed), count), 'yyyy-MM-dd');
}

/** Where `page` stands on `today` (`YYYY-MM-DD`): `due-soon` within 30 days of its next review. */
export function reviewState(page: Pick<PageMeta, 'review'>, today: string): ReviewState {
  const review = page.review;
  if (!review?.lastReviewed) return {state: 'never'};
  const next = review.next ?? nextReview(review.lastReviewed, review.every ?? DEFAULT_REVIEW_EVERY);
  const days = differenceInCalendarDays(parseISO(next), parseISO(today));
  if (days < 0) return {state: 'overdue', next};
  return {state: days <= DUE_SOON_DAYS ? 'due-soon' : 'ok', next};
}
