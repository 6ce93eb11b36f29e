import {parse} from 'csv-parse/sync';
import {exportedItems, itemsCsv, itemsJson} from '../index.js';
import {PAGES, siteOf} from './helpers.js';

const site = siteOf(PAGES);
const items = exportedItems(site, 'https://example.org');

test('items.json has the schema, version, date and every item', () => {
  const document = JSON.parse(itemsJson(items, new Date('2019-07-01T00:00:00Z')));
  expect(document.$schema).toBe('./items.schema.json');
  expect(document.version).toBe(1);
  expect(document.generated).toBe('2019-07-01T00:00:00.000Z');
  expect(document.items.map((i: {id: string}) => i.id)).toEqual(['e1', 'a1', 'a2']);
  expect(document.items[1]).toMatchObject({
    statusLabel: 'Ongoing',
    due: {raw: '2019-Q4', kind: 'quarter', start: '2019-10-01', end: '2019-12-31'},
    sdgGoals: [11],
    page: {
      title: 'Plan',
      type: 'action-plan',
      path: 'plan.md',
      url: 'https://example.org/docs/plan',
    },
    url: 'https://example.org/docs/plan#a1',
    response: null,
  });
});

test('items.csv starts with a BOM and a header, one record per item', () => {
  const csv = itemsCsv(items);
  expect(csv.startsWith('\uFEFFid,title,status,')).toBe(true);
  const rows = parse(csv.slice(1), {columns: true}) as Record<string, string>[];
  expect(rows).toHaveLength(items.length);
  expect(rows[1]!.owners).toBe('OES; SD');
  expect(rows[1]!.sdg).toBe('11; 11.2');
});

test('commas, quotes, newlines and Cyrillic survive a round trip', () => {
  const csv = itemsCsv(items);
  expect(csv).toContain('"Quote ""this"", and, that"');
  const [first] = parse(csv.slice(1), {columns: true}) as Record<string, string>[];
  expect(first!.title).toBe('Quote "this", and, that');
  expect(first!.bodyText).toContain('Строка по-русски,');
  expect(first!.bodyText).toContain('\n');
  expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
});
