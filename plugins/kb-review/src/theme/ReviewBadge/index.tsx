import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import LongDate from '@theme/LongDate';
import ReviewState from '@theme/ReviewState';
import useReviewToday from '@theme/useReviewToday';
import type {Props} from '@theme/ReviewBadge';
import {
  DEFAULT_REVIEW_EVERY,
  nextReview,
  parseReviewInterval,
  reviewState,
} from '@kmportal/model/review-dates';

import styles from './styles.module.css';

/** `YYYY-MM-DD` from a front-matter value: a plain date, or a YAML date serialised as an ISO timestamp. */
function calendarDay(value: unknown): string | undefined {
  const text = value instanceof Date ? value.toISOString() : String(value ?? '');
  const match = /^(\d{4}-\d{2}-\d{2})(?:T00:00:00(?:\.000)?Z)?$/.exec(text);
  return match?.[1];
}

/** The next review day, or `undefined` when the front matter is not valid (`kb check` reports it). */
function nextReviewOf(lastReviewed: string | undefined, every: unknown): string | undefined {
  if (!lastReviewed) return undefined;
  if (every === undefined || every === null) return nextReview(lastReviewed, DEFAULT_REVIEW_EVERY);
  const interval = parseReviewInterval(String(every));
  return interval.ok ? nextReview(lastReviewed, interval.interval) : undefined;
}

/** "Reviewed on … · next review …", flagged when due soon or overdue on the reader's day. */
export default function ReviewBadge({lastReviewed, every}: Props): ReactNode {
  const today = useReviewToday();
  const last = calendarDay(lastReviewed);
  const next = nextReviewOf(last, every);
  if (!last || !next) return null;
  const {state} = reviewState({review: {reviewers: [], lastReviewed: last, next}}, today);
  return (
    <p className={clsx('kb-review-badge', styles.reviewBadge)}>
      <Translate
        id="theme.kb.review.badge"
        description="Line under a page title: when it was last reviewed and when it is next due for review"
        values={{last: <LongDate date={last} />, next: <LongDate date={next} />}}>
        {'Reviewed {last} · next review {next}'}
      </Translate>
      {state !== 'ok' && (
        <>
          {' '}
          <ReviewState state={state} />
        </>
      )}
    </p>
  );
}
