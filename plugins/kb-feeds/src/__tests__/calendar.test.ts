import ICAL from 'ical.js';
import {dashboardTotals} from '@kmportal/kb-indexes';
import {withActions, type SiteModel} from '@kmportal/model';
import {calendarText} from '../calendar';
import {feedFiles} from '../files';
import {feedScopes} from '../scopes';
import {removeRepos} from './history-repo';
import {historySite, PLACES} from './site-history';

afterAll(removeRepos);

interface ParsedEvent {
  uid: string;
  summary: string;
  start: string;
  allDay: boolean;
  end: string;
  url: string;
  description: string;
  categories: string[];
  stamp: string;
  modified: string | null;
}

/** Reads a calendar back with ical.js, an independent parser. */
function parseCalendar(text: string): {name: string; events: ParsedEvent[]} {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((event) => {
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    const modified = event.getFirstPropertyValue('last-modified') as ICAL.Time | null;
    return {
      uid: String(event.getFirstPropertyValue('uid')),
      summary: String(event.getFirstPropertyValue('summary')),
      start: start.toString(),
      allDay: start.isDate,
      end: String(event.getFirstPropertyValue('dtend')),
      url: String(event.getFirstPropertyValue('url')),
      description: String(event.getFirstPropertyValue('description')),
      categories: event.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
      stamp: String(event.getFirstPropertyValue('dtstamp')),
      modified: modified ? modified.toString() : null,
    };
  });
  return {name: String(calendar.getFirstPropertyValue('x-wr-calname')), events};
}

function fileText(files: {path: string; text: string}[], path: string): string {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path} among ${files.map((f) => f.path).join(', ')}`);
  return file.text;
}

/** Open items with a due date, as the dashboard counts them (pairs of day delta and count). */
function dashboardOpenDue(site: SiteModel): number {
  return dashboardTotals(site)
    .openDue.filter((_, i) => i % 2 === 1)
    .reduce((a, b) => a + b, 0);
}

/** Open key actions with a due date, which the calendar adds to the dashboard's items. */
function openKeyActionsDue(site: SiteModel): number {
  const closed = (status: string) => site.config.statusByValue.get(status)?.closed;
  return withActions(site.items).filter((a) => a.parent && a.due?.end && !closed(a.status)).length;
}

describe('calendar.ics', () => {
  const {site, context} = historySite();
  const files = feedFiles(context, PLACES);
  const {name, events} = parseCalendar(fileText(files, 'calendar.ics'));

  test('one event per open item and key action with a due date: as many as the dashboard counts', () => {
    expect(events.map((e) => e.uid)).toEqual([
      'a4@km.example.org',
      'b1@km.example.org',
      'r1-a1@km.example.org',
      'r1@km.example.org',
      'a1@km.example.org',
    ]);
    expect(dashboardOpenDue(site)).toBe(4);
    expect(openKeyActionsDue(site)).toBe(1);
    expect(events).toHaveLength(dashboardOpenDue(site) + openKeyActionsDue(site));
    expect(name).toBe('Knowledge portal');
  });

  test('all-day on the due day; a period is due on its last day', () => {
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect(byUid.get('a1@km.example.org')).toMatchObject({
      start: '2027-03-15',
      end: '2027-03-16',
      allDay: true,
    });
    expect(byUid.get('a4@km.example.org')?.start).toBe('2025-12-31');
    expect(byUid.get('b1@km.example.org')?.start).toBe('2026-12-31');
  });

  test('summary, card URL, description, categories and dates from the history, text escaped', () => {
    const a1 = events.find((e) => e.uid === 'a1@km.example.org')!;
    expect(a1.summary).toBe('Due: Publish the handbook, in English; French later');
    expect(a1.url).toBe('https://km.example.org/portal/docs/plans/plan#a1');
    expect(a1.description.split('\n').slice(0, 6)).toEqual([
      'Status: Ongoing',
      'Due: 2027-03-15',
      'Units: Programme Management Unit (PMU), Sustainable Development Goals Unit (SDGU)',
      'Page: Action plan 2026; roads, rails & "ports"',
      'Item: a1',
      '',
    ]);
    expect(a1.categories).toEqual([
      'SDG 11: Sustainable cities and communities',
      'Sustainable and smart cities for all ages',
    ]);
    // a1 last changed status on 2026-03-02 (planned → ongoing); a4 never changed since it was added.
    expect(a1.stamp).toBe('2026-03-02T00:00:00Z');
    expect(a1.modified).toBe('2026-03-02T00:00:00Z');
    expect(events.find((e) => e.uid === 'a4@km.example.org')?.modified).toBe(
      '2026-01-10T00:00:00Z',
    );
  });

  test('a key action is an event of its own, naming its recommendation; a completed one is not', () => {
    const action = events.find((e) => e.uid === 'r1-a1@km.example.org')!;
    expect(action.summary).toBe('Due: Draft the note');
    expect(action.start).toBe('2027-01-31');
    expect(action.description).toContain('Key action of: r1');
    expect(events.some((e) => e.uid === 'r1-a2@km.example.org')).toBe(false);
  });

  test('lines are folded at 75 octets and end in CRLF', () => {
    const text = fileText(files, 'calendar.ics');
    const lines = text.split('\r\n');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(text).toContain('SUMMARY:Due: Publish the handbook\\, in English\\; French later');
  });
});

describe('unit and page calendars', () => {
  const {context} = historySite();
  const files = feedFiles(context, PLACES);
  const uids = (path: string) => parseCalendar(fileText(files, path)).events.map((e) => e.uid);

  test('a unit lists the open items it owns', () => {
    expect(uids('calendar/PMU.ics')).toEqual([
      'r1-a1@km.example.org',
      'r1@km.example.org',
      'a1@km.example.org',
    ]);
    expect(uids('calendar/SDGU.ics')).toEqual([
      'a4@km.example.org',
      'b1@km.example.org',
      'a1@km.example.org',
    ]);
    expect(parseCalendar(fileText(files, 'calendar/PMU.ics')).name).toBe(
      'Knowledge portal: Programme Management Unit (PMU)',
    );
  });

  test('a unit with no items gets a valid calendar with no events', () => {
    expect(uids('calendar/EO.ics')).toEqual([]);
  });

  test('a page lists its own open items', () => {
    expect(uids('calendar/page/plans/plan.ics')).toEqual([
      'a4@km.example.org',
      'a1@km.example.org',
    ]);
    expect(uids('calendar/page/second.ics')).toEqual(['b1@km.example.org']);
  });

  test('each calendar is the text of its scope written alone: events written once and reused do not change it', () => {
    const scopes = feedScopes(context.site, context.siteTitle, PLACES);
    expect(scopes.length).toBeGreaterThan(5);
    for (const scope of scopes)
      expect(fileText(files, scope.calendar)).toBe(calendarText(scope, context));
  });

  test('UIDs are stable from one build to the next', () => {
    const again = feedFiles(historySite().context, PLACES);
    expect(fileText(again, 'calendar.ics')).toBe(fileText(files, 'calendar.ics'));
  });
});

describe('without git', () => {
  test('the calendar is still written; DTSTAMP falls back to the page date, and no item is lost', () => {
    const {site, context} = historySite({git: false});
    const {events} = parseCalendar(fileText(feedFiles(context, PLACES), 'calendar.ics'));
    expect(events).toHaveLength(dashboardOpenDue(site) + openKeyActionsDue(site));
    expect(events.map((e) => `${e.uid} ${e.stamp}`)).toEqual([
      'a4@km.example.org 2026-06-30T00:00:00Z',
      'b1@km.example.org 2026-12-01T06:00:00Z',
      'r1-a1@km.example.org 2026-12-01T06:00:00Z',
      'r1@km.example.org 2026-12-01T06:00:00Z',
      'a1@km.example.org 2026-06-30T00:00:00Z',
    ]);
  });
});
