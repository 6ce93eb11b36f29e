import type {StatusItem} from '@kmportal/model';
import {feedText, unitNames, type FeedContext} from './context.js';
import {pageLabel, type FeedScope} from './scopes.js';

/** One status change of an item, read from git, as the change feeds and digests list it. */
export interface StatusChangeEntry {
  itemId: string;
  title: string;
  /** Status before; absent when the item first appeared with `to`. */
  from?: string;
  to: string;
  fromLabel?: string;
  toLabel: string;
  /** Author date of the commit, `YYYY-MM-DD`. */
  date: string;
  commit: string;
  author: string;
  /** Absolute URL of the item's card. */
  url: string;
  owners: string[];
  pageTitle: string;
  /** The recommendation of a key action. */
  parent?: string;
}

/** Every status change of `items`, newest first (same day: by item id, then commit). */
export function statusChanges(items: StatusItem[], context: FeedContext): StatusChangeEntry[] {
  return items
    .flatMap((item) => itemChanges(item, context))
    .sort(
      (a, b) =>
        b.date.localeCompare(a.date) ||
        a.itemId.localeCompare(b.itemId) ||
        a.commit.localeCompare(b.commit),
    );
}

function itemChanges(item: StatusItem, context: FeedContext): StatusChangeEntry[] {
  const pageTitle = feedText(pageLabel(context.pageOf(item.path), item.path));
  const parent = item.parent;
  return context.timeline(item).map((change) => ({
    itemId: item.id,
    title: feedText(item.title || item.id),
    ...(change.from ? {from: change.from, fromLabel: context.statusLabel(change.from)} : {}),
    to: change.to,
    toLabel: context.statusLabel(change.to),
    date: change.date,
    commit: change.commit,
    author: feedText(change.author),
    url: context.itemUrl(item),
    owners: item.owners,
    pageTitle,
    ...(parent ? {parent} : {}),
  }));
}

/** `Planned → Ongoing`, or `added as Planned` for an item's first appearance. */
export function changeSummary(change: StatusChangeEntry): string {
  return change.fromLabel
    ? `${change.fromLabel} → ${change.toLabel}`
    : `added as ${change.toLabel}`;
}

/** A change in one sentence, for feed entries: who changed what, when, where. */
export function changeSentence(change: StatusChangeEntry, context: FeedContext): string {
  const units = unitNames(context.site, change.owners);
  return [
    `${change.itemId}: ${changeSummary(change)} on ${change.date} by ${change.author}`,
    `in ${change.pageTitle}${change.parent ? ` (key action of ${change.parent})` : ''}.`,
    ...(units ? [`Units: ${units}.`] : []),
  ].join(' ');
}

/** A scope's status changes, newest first. */
export function scopeChanges(scope: FeedScope, context: FeedContext): StatusChangeEntry[] {
  return statusChanges(scope.items, context);
}
