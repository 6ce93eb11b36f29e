/// <reference types="@docusaurus/module-type-aliases" />

// Ambient declarations of the swizzlable theme components of @kmportal/kb-review.

declare module '@theme/ReviewPage' {
  import type {ReactNode} from 'react';

  /** One page with a review cycle. */
  export interface ReviewRow {
    readonly title: string;
    readonly permalink: string;
    readonly owners: readonly string[];
    readonly reviewers: readonly string[];
    readonly lastReviewed?: string;
    readonly every?: string;
    readonly next?: string;
  }

  export interface Props {
    readonly data: {
      readonly builtOn: string;
      readonly units: Readonly<Record<string, string>>;
      readonly rows: readonly ReviewRow[];
    };
    /** The page's title and description in the locale built (`i18n/<locale>/kmportal-review/pages.json`). */
    readonly meta: {readonly title: string; readonly description: string};
  }

  /** The `/review` page: pages due, overdue or never reviewed, grouped by owning unit. */
  export default function ReviewPage(props: Props): ReactNode;
}

declare module '@theme/ReviewBadge' {
  import type {ReactNode} from 'react';

  export interface Props {
    /** `last_reviewed` from front matter: `YYYY-MM-DD`, or an ISO timestamp (YAML dates). */
    readonly lastReviewed?: unknown;
    /** `review_every` from front matter, e.g. `6 months`. */
    readonly every?: unknown;
  }

  /** "Reviewed on … · next review …", with a due-soon or overdue flag on the reader's day. Renders nothing without a valid `last_reviewed`. */
  export default function ReviewBadge(props: Props): ReactNode;
}

declare module '@theme/ReviewState' {
  import type {ReactNode} from 'react';

  export interface Props {
    readonly state: 'ok' | 'due-soon' | 'overdue' | 'never';
  }

  /** The review state as a short label with a coloured border. */
  export default function ReviewState(props: Props): ReactNode;
}

declare module '@theme/useReviewToday' {
  /** "Today" (`YYYY-MM-DD`) for review states: the build day in static HTML, the reader's day once hydrated. */
  export default function useReviewToday(): string;
}

declare module '@theme/ReviewTitleSlot' {
  import type {ReactNode} from 'react';

  /** Offers `badge` to the first `h1` rendered inside `children` (the shipped `Heading` wrapper shows it). */
  export function ReviewTitleSlot(props: {badge: ReactNode; children: ReactNode}): ReactNode;
  /** The badge for the page title when this is the first `h1` under a slot; otherwise `null`. */
  export function useReviewTitleBadge(level: string): ReactNode;
  export default ReviewTitleSlot;
}
