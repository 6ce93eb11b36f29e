import {changeSummary, type StatusChangeEntry} from '@kmportal/kb-feeds/feeds';
import type {DigestData, DigestItem, DigestReview} from './digest-data.js';

// What each section of a digest says, shared by the Markdown and the HTML forms.

/** A piece of a line: plain text, or a link. */
export type Span = string | {text: string; href: string};

/** One section: a heading, its lines, and what to say when it is empty. */
export interface DigestSection {
  id: string;
  heading: string;
  lines: Span[][];
  empty: string;
}

function itemLine(item: DigestItem, when: string): Span[] {
  return [
    {text: item.title, href: item.url},
    ` (${item.id}${item.parent ? `, key action of ${item.parent}` : ''}): ${when}; status ${item.statusLabel}; `,
    {text: item.page.title, href: item.page.url},
  ];
}

function dueText(item: DigestItem): string {
  return item.due === item.dueDay ? item.due : `${item.due} (${item.dueDay})`;
}

function overdueLine(item: DigestItem): Span[] {
  return itemLine(item, `due ${dueText(item)}, overdue by ${item.overdueFor}`);
}

function upcomingLine(item: DigestItem): Span[] {
  const left =
    item.daysLeft === 0 ? 'today' : `in ${item.daysLeft} ${item.daysLeft === 1 ? 'day' : 'days'}`;
  return itemLine(item, `due ${dueText(item)}, ${left}`);
}

function changeLine(change: StatusChangeEntry): Span[] {
  return [
    `${change.date}: `,
    {text: change.title, href: change.url},
    ` (${change.itemId}): ${changeSummary(change)}, by ${change.author}, in ${change.pageTitle}`,
  ];
}

const REVIEW_TEXT: Record<DigestReview['state'], (r: DigestReview) => string> = {
  overdue: (r) => `review overdue since ${r.next} (last reviewed ${r.lastReviewed})`,
  'due-soon': (r) => `review due on ${r.next} (last reviewed ${r.lastReviewed})`,
  never: () => 'never reviewed (no last_reviewed date)',
};

function reviewLine(review: DigestReview): Span[] {
  return [{text: review.title, href: review.url}, `: ${REVIEW_TEXT[review.state](review)}`];
}

/** The sections of a digest, in reading order. */
export function digestSections(data: DigestData): DigestSection[] {
  const count = (list: unknown[]) => ` (${list.length})`;
  return [
    {
      id: 'overdue',
      heading: `Overdue${count(data.overdue)}`,
      lines: data.overdue.map(overdueLine),
      empty: 'Nothing is overdue.',
    },
    {
      id: 'next-30-days',
      heading: `Due in the next 30 days${count(data.next30)}`,
      lines: data.next30.map(upcomingLine),
      empty: 'Nothing is due in the next 30 days.',
    },
    {
      id: 'next-90-days',
      heading: `Due in 31 to 90 days${count(data.next90)}`,
      lines: data.next90.map(upcomingLine),
      empty: 'Nothing is due in 31 to 90 days.',
    },
    {
      id: 'no-due-date',
      heading: `Open, with no due date${count(data.noDueDate)}`,
      lines: data.noDueDate.map((item) => itemLine(item, 'due tbc: set a date when it is known')),
      empty: 'Every open item has a due date.',
    },
    {
      id: 'changes',
      heading: `Status changes since ${data.since}${count(data.changes)}`,
      lines: data.changes.map(changeLine),
      empty: data.historyNote ?? `No status changed since ${data.since}.`,
    },
    {
      id: 'reviews',
      heading: `Pages due for review${count(data.reviews)}`,
      lines: data.reviews.map(reviewLine),
      empty: 'No page is due for review.',
    },
  ];
}

/** The digest's title: whose it is. */
export function digestTitle(data: DigestData): string {
  if (!data.unit) return 'Status digest: all units';
  const {code, name} = data.unit;
  return `Status digest: ${name ? `${name} (${code})` : code}`;
}

/** The line under the title: as of when, since when, and the note on dates. */
export function digestIntro(data: DigestData): string {
  return `As of ${data.today}, with status changes since ${data.since}. Overdue figures are counted on ${data.today}; the site's pages recount them in the reader's browser.`;
}
