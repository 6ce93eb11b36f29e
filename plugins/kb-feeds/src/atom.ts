import {Feed} from 'feed';
import {changeSentence, changeSummary, scopeChanges, type StatusChangeEntry} from './changes.js';
import {encodedUrl} from '@kmportal/model';
import {feedText, type FeedContext} from './context.js';
import type {FeedScope} from './scopes.js';

/** Where a scope's Atom feed lives, for its self link. */
export interface AtomPlace {
  /** Absolute URL of the feed itself. */
  self: string;
  /** Most recent changes kept. */
  maxEntries: number;
}

/** A stable entry id (RFC 4151 tag URI): one status change of one item in one commit. */
export function entryId(change: StatusChangeEntry, host: string): string {
  return `tag:${host},${change.date}:status/${encodeURIComponent(change.itemId)}/${change.commit}`;
}

/** Plain text as HTML: `feed` marks entry titles and summaries `type="html"`, so readers decode them. */
export function htmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function dayTime(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** The Atom 1.0 text of a scope's status changes (the `feed` package, as Docusaurus's blog uses). */
export function atomText(scope: FeedScope, context: FeedContext, place: AtomPlace): string {
  const changes = scopeChanges(scope, context).slice(0, place.maxEntries);
  const about = encodedUrl(context.siteUrl + scope.about);
  const feed = new Feed({
    id: place.self,
    title: feedText(`Status changes: ${scope.title}`),
    description: feedText(`Status changes read from the git history of the pages: ${scope.title}`),
    link: about,
    updated: changes[0] ? dayTime(changes[0].date) : context.generated,
    generator: '@kmportal/kb-feeds',
    feedLinks: {atom: place.self},
    copyright: feedText(context.siteTitle),
  });
  for (const change of changes) {
    feed.addItem({
      id: entryId(change, context.host),
      title: htmlText(`${change.title}: ${changeSummary(change)}`),
      link: change.url,
      date: dayTime(change.date),
      description: htmlText(changeSentence(change, context)),
      author: [{name: change.author}],
    });
  }
  return feed.atom1();
}
