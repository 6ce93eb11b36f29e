// The feeds without the Docusaurus plugin: for scripts and the `kb` command, which must not load
// Docusaurus to build a calendar or a digest (`@kmportal/kb-feeds/feeds`).
export {atomText, entryId, htmlText} from './atom.js';
export type {AtomPlace} from './atom.js';
export {
  calendarEvent,
  calendarText,
  isCalendarItem,
  lastModified,
  scopeEvents,
} from './calendar.js';
export type {CalendarEvent, EventTexts} from './calendar.js';
export {changeSentence, changeSummary, scopeChanges, statusChanges} from './changes.js';
export type {StatusChangeEntry} from './changes.js';
export {createFeedContext, feedText, itemCategories, unitNames} from './context.js';
export type {FeedContext, HistorySource} from './context.js';
export {encodePath, feedFiles, writeFeedFiles} from './files.js';
export type {FeedFile, FeedPlaces} from './files.js';
export {feedScopes, feedUnits, pageFeedName, pageLabel, unitItems} from './scopes.js';
export type {FeedScope, ScopePaths} from './scopes.js';
