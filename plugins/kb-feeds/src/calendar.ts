import ical, {ICalCalendarMethod, type ICalCalendar} from 'ical-generator';
import {encodedUrl, type StatusItem} from '@kmportal/model';
import {feedText, itemCategories, unitNames, type FeedContext} from './context.js';
import {foldLines} from './fold.js';
import {pageLabel, type FeedScope} from './scopes.js';

/** One all-day event: an open item on the day it is due. */
export interface CalendarEvent {
  /** `<id>@<host>`: stable across builds, unique across sites. */
  uid: string;
  /** The due day, `YYYY-MM-DD` (a period is due on its last day). */
  day: string;
  summary: string;
  description: string;
  url: string;
  categories: string[];
  /** `YYYY-MM-DD` of the last status change (or of `as-of`); absent when neither is known. */
  modified?: string;
}

/** Whether an item belongs in a calendar: open, with a due day (`tbc` has none). */
export function isCalendarItem(item: StatusItem, context: FeedContext): boolean {
  return Boolean(item.due?.end) && !context.isClosed(item.status);
}

/** When an item last changed: its last status change in git, else its `as-of` date. */
export function lastModified(item: StatusItem, context: FeedContext): string | undefined {
  return context.timeline(item).at(-1)?.date ?? item.asOf;
}

/** The event of an open item with a due day. */
export function calendarEvent(item: StatusItem, context: FeedContext): CalendarEvent {
  const page = context.pageOf(item.path);
  const parent = item.parent;
  const lines = [
    `Status: ${context.statusLabel(item.status)}`,
    `Due: ${item.due?.raw}${item.due?.kind === 'day' ? '' : ` (due on its last day, ${item.due?.end})`}`,
    `Units: ${unitNames(context.site, item.owners) || 'none given'}`,
    `Page: ${pageLabel(page, item.path)}`,
    ...(parent ? [`Key action of: ${parent}`] : []),
    `Item: ${item.id}`,
    ...(item.bodyText.trim() ? ['', item.bodyText.trim()] : []),
  ];
  const modified = lastModified(item, context);
  return {
    uid: `${item.id}@${context.host}`,
    day: item.due!.end!,
    summary: feedText(`Due: ${item.title || item.id}`),
    description: feedText(lines.join('\n')),
    url: context.itemUrl(item),
    categories: itemCategories(context.site, item).map(feedText),
    ...(modified ? {modified} : {}),
  };
}

/** The events of a scope's open items with a due day, soonest first. */
export function scopeEvents(scope: FeedScope, context: FeedContext): CalendarEvent[] {
  return scope.items
    .filter((item) => isCalendarItem(item, context))
    .map((item) => calendarEvent(item, context))
    .sort((a, b) => a.day.localeCompare(b.day) || a.uid.localeCompare(b.uid));
}

const DAY_MS = 86_400_000;

function utcDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/**
 * Events and their folded VEVENT texts by item: an item's event is the same in every calendar that lists
 * it (the site's, each of its units', its page's), so `feedFiles` writes it once and reuses it.
 */
export type EventTexts = Map<StatusItem, {event: CalendarEvent; text: string}>;

/** The calendar's own settings (`ical`'s data) for a scope, every calendar of a site alike but these. */
function calendarData(context: FeedContext, name: string, description: string, url: string) {
  return {
    name,
    description,
    prodId: {company: context.host, product: 'kb-feeds', language: 'EN'},
    method: ICalCalendarMethod.PUBLISH,
    url,
    ttl: 60 * 60 * 24,
  };
}

// Stand-ins for a scope's name, description and URL in `shellTemplate` (control characters, which
// `feedText` removes from names and descriptions, and URLs never hold).
const NAME = '\u0001N\u0001';
const DESCRIPTION = '\u0001D\u0001';
const URL_HERE = '\u0001U\u0001';

/** Templates of the calendar text around the events by host, `null` where one cannot be used. */
const shellTemplates = new Map<string, string | null>();

/**
 * The calendar text without events and `END:VCALENDAR`, as ical-generator writes it for `context`'s
 * host, with stand-ins for the name, description and URL of a scope, not folded: ical-generator writes
 * a calendar's own lines by concatenating these values, unescaped, and folds the whole text with its
 * slow `foldLines` (a `TextEncoder` a character: a third of the feeds' time for a site's thousand
 * calendars). `null` when a line of it is folded already (a long host name) or a value is missing.
 */
function shellTemplate(context: FeedContext): string | null {
  const known = shellTemplates.get(context.host);
  if (known !== undefined) return known;
  const text = ical(calendarData(context, NAME, DESCRIPTION, URL_HERE)).toString();
  const usable =
    !text.includes('\r\n ') &&
    text.endsWith(`\r\n${END}`) &&
    text.split(NAME).length === 3 &&
    text.split(DESCRIPTION).length === 2 &&
    text.split(URL_HERE).length === 2;
  const template = usable ? text.slice(0, -END.length) : null;
  shellTemplates.set(context.host, template);
  return template;
}

/**
 * The folded calendar text of a scope without its events and `END:VCALENDAR`: the shell template with
 * its values, folded as ical-generator folds (`foldLines`), else ical-generator's own text.
 */
function calendarShell(
  calendar: ICalCalendar,
  context: FeedContext,
  values: {name: string; description: string; url: string},
): string {
  const template = values.name && values.description && values.url ? shellTemplate(context) : null;
  if (template === null) {
    calendar.clear();
    return calendar.toString().slice(0, -END.length);
  }
  const text = template
    .split(NAME)
    .join(values.name)
    .replace(DESCRIPTION, () => values.description)
    .replace(URL_HERE, () => values.url);
  return foldLines(text);
}

/** The iCalendar text (RFC 5545) of a scope: written by ical-generator, which folds and escapes. */
export function calendarText(
  scope: FeedScope,
  context: FeedContext,
  texts: EventTexts = new Map(),
): string {
  const values = {
    name: feedText(scope.title),
    description: feedText(`Due dates of open items: ${scope.title}`),
    url: encodedUrl(context.siteUrl + scope.about),
  };
  const calendar = ical(calendarData(context, values.name, values.description, values.url));
  // ical-generator writes each event and the calendar around them; the events' lines (nearly all of the
  // text) are folded here rather than by its slow `foldLines` (see fold.ts), and so are the calendar's
  // own (`calendarShell`). Each event's text ends with CRLF, so folding it alone gives the lines folding
  // the whole body would. The calendar's own text ends with its events, then END:VCALENDAR (no custom
  // X- properties are set).
  const body = scope.items
    .filter((item) => isCalendarItem(item, context))
    .map((item) => texts.get(item) ?? writtenEvent(calendar, item, context, texts))
    .sort(
      (a, b) => a.event.day.localeCompare(b.event.day) || a.event.uid.localeCompare(b.event.uid),
    )
    .map(({text}) => text)
    .join('');
  return `${calendarShell(calendar, context, values)}${body}${END}`;
}

/** An item's event and its folded VEVENT text, written by ical-generator and kept in `texts`. */
function writtenEvent(
  calendar: ICalCalendar,
  item: StatusItem,
  context: FeedContext,
  texts: EventTexts,
): {event: CalendarEvent; text: string} {
  const event = calendarEvent(item, context);
  const start = utcDay(event.day);
  const modified = event.modified ? utcDay(event.modified) : undefined;
  const created = calendar.createEvent({
    id: event.uid,
    start,
    end: new Date(start.getTime() + DAY_MS),
    allDay: true,
    summary: event.summary,
    description: event.description,
    url: event.url,
    categories: event.categories.map((name) => ({name})),
    stamp: modified ?? context.generated,
    ...(modified ? {lastModified: modified} : {}),
  });
  const written = {event, text: foldLines(created.toString())};
  texts.set(item, written);
  return written;
}

const END = 'END:VCALENDAR';
