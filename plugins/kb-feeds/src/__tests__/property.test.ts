import fc from 'fast-check';
import ICAL from 'ical.js';
import {XMLParser, XMLValidator} from 'fast-xml-parser';
import {join} from 'node:path';
import {loadModelConfig, parseDue, type SiteModel, type StatusItem} from '@kmportal/model';
import type {StatusChange} from '@kmportal/status-history';
import {createFeedContext} from '../context';
import {feedFiles} from '../files';

// Any items, whatever their text (commas, semicolons, backslashes, newlines, control characters,
// astral characters), give calendars and feeds that independent parsers read back whole.

const {config} = loadModelConfig({
  docsDir: join(__dirname, '../../../../test/fixtures/mini-site/docs'),
});
const statuses = config.statuses.map((s) => s.value);
const dues = ['2026-12-01', '2027-02', '2026-Q3', '2027-H1', '2028', 'tbc'];

const text = fc.string({unit: 'binary', maxLength: 120});
const itemArbitrary = fc.record({
  title: text,
  status: fc.constantFrom(...statuses),
  owners: fc.subarray(['PMU', 'OES', 'SD']),
  due: fc.option(fc.constantFrom(...dues), {nil: undefined}),
  bodyText: text,
  author: text,
});

function siteOf(records: fc.RecordValue<typeof itemArbitrary>[]): SiteModel {
  const path = 'docs/page.md';
  const items: StatusItem[] = records.map((record, i) => {
    const due = record.due ? parseDue(record.due) : undefined;
    return {
      id: `item-${i}`,
      title: record.title,
      status: record.status,
      owners: record.owners,
      ...(due?.ok ? {due: due.due} : {}),
      sdg: ['11.2'],
      sdgGoals: [11],
      nexus: ['smart-cities'],
      body: record.bodyText,
      bodyText: record.bodyText,
      path,
      url: `/docs/page#item-${i}`,
      position: {start: {line: 1, column: 1}, end: {line: 1, column: 1}},
    };
  });
  const page = {
    path,
    source: 'page.md',
    permalink: '/docs/page',
    title: 'Page',
    owners: [],
    sdg: [],
    sdgGoals: [],
    nexus: [],
    frontMatter: {},
  };
  return {
    config,
    pages: [{page, items, pulls: [], headings: [], messages: []}],
    items,
    messages: [],
    files: [],
    backlinks: new Map(),
  } as unknown as SiteModel;
}

test('calendars and change feeds parse back with every open dated item and every change', () => {
  fc.assert(
    fc.property(fc.array(itemArbitrary, {maxLength: 8}), (records) => {
      const site = siteOf(records);
      const history = (): Record<string, StatusChange[]> =>
        Object.fromEntries(
          records.map((r, i) => [
            `item-${i}`,
            [{date: '2026-01-10', commit: 'c'.repeat(40), author: r.author, to: r.status}],
          ]),
        );
      const context = createFeedContext(site, {
        siteUrl: 'https://km.example.org/',
        siteTitle: 'KM',
        generated: new Date('2026-12-01T00:00:00Z'),
        history,
      });
      const files = feedFiles(context, {
        exportUrl: 'https://km.example.org/kb/',
        maxEntries: 100,
        statusPath: '/status',
        unitPath: '/status?owner={unit}',
      });
      const calendar = files.find((f) => f.path === 'calendar.ics')!.text;
      const events = new ICAL.Component(ICAL.parse(calendar)).getAllSubcomponents('vevent');
      const open = site.items.filter(
        (item) => item.due?.end && !config.statusByValue.get(item.status)?.closed,
      );
      expect(events.map((e) => e.getFirstPropertyValue('uid')).sort()).toEqual(
        open.map((item) => `${item.id}@km.example.org`).sort(),
      );
      for (const line of calendar.split('\r\n'))
        expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      const atom = files.find((f) => f.path === 'changes.atom')!.text;
      expect(XMLValidator.validate(atom)).toBe(true);
      // XML 1.0 allows no C0 control but tab, line feed and carriage return, nor U+FFFE/U+FFFF.
      // eslint-disable-next-line no-control-regex
      expect(atom).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
      const feed = new XMLParser({isArray: (name) => name === 'entry'}).parse(atom).feed;
      expect(feed.entry ?? []).toHaveLength(records.length);
    }),
    {numRuns: 100},
  );
});
