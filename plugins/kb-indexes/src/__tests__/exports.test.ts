import {parse} from 'csv-parse/sync';
import {readFileSync} from 'node:fs';
import {exportedItems, flatItems, itemsCsv, itemsJson, SCHEMA_FILE, trackerCsv} from '../index.js';
import {FOLLOW_UP_PAGES, PAGES, siteOf, translatedSiteOf} from './helpers.js';

const site = siteOf(PAGES);
const items = exportedItems(site, 'https://example.org');

test('items.json has the schema, version, date and every item', () => {
  const document = JSON.parse(itemsJson(items, new Date('2019-07-01T00:00:00Z')));
  expect(document.$schema).toBe('./items.schema.json');
  expect(document.version).toBe(3);
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
  expect(csv.startsWith('\uFEFFid,parent,title,status,')).toBe(true);
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

describe('key actions in the exports', () => {
  const followUp = exportedItems(siteOf(FOLLOW_UP_PAGES), 'https://example.org');

  test('items.json: recommendations carry their actions, each action its parent', () => {
    const document = JSON.parse(itemsJson(followUp, new Date('2019-07-01T00:00:00Z')));
    expect(document.version).toBe(3);
    expect(document.items.map((i: {id: string}) => i.id)).toEqual(['r1', 'r2', 'r3', 'a1', 'a2']);
    const [r1] = document.items;
    expect(r1).toMatchObject({
      status: 'delayed',
      owners: ['OES', 'SD'],
      due: {raw: '2020'},
      derived: ['status', 'due', 'owners'],
      responseNote: "Thresholds only, the rest is the board's",
      parent: null,
    });
    expect(r1.actions.map((a: {id: string; parent: string}) => `${a.parent}>${a.id}`)).toEqual([
      'r1>r1-a1',
      'r1>r1-a2',
      'r1>r1-a3',
    ]);
    expect(r1.actions[0]).toMatchObject({
      evidence: ['plan.md', 'https://example.org/c.pdf'],
      note: 'Circular issued',
      url: 'https://example.org/docs/follow-up#r1-a1',
      actions: [],
    });
  });

  test('every exported item has exactly the fields the schema requires', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
    const required = [...schema.$defs.item.required].sort();
    for (const item of flatItems(followUp)) expect(Object.keys(item).sort()).toEqual(required);
  });

  test('items.csv has a parent column and one record per recommendation and per action', () => {
    const rows = parse(itemsCsv(followUp).slice(1), {columns: true}) as Record<string, string>[];
    expect(rows.map((row) => `${row.parent || '-'}>${row.id}`)).toEqual([
      '->r1',
      'r1>r1-a1',
      'r1>r1-a2',
      'r1>r1-a3',
      '->r2',
      '->r3',
      '->a1',
      '->a2',
    ]);
    expect(rows[1]!.evidence).toBe('plan.md; https://example.org/c.pdf');
  });

  test('the tracker: one row per key action, a recommendation without actions one row, for Excel', () => {
    const csv = trackerCsv(followUp);
    expect(
      csv.startsWith('\uFEFFRecommendation,Management response,Justification,Key action,'),
    ).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = parse(csv.slice(1), {columns: true}) as Record<string, string>[];
    expect(rows).toHaveLength(3 + 1 + 1 + 2);
    expect(rows[0]).toEqual({
      Recommendation: 'r1: Review procurement',
      'Management response': 'Partially accepted',
      Justification: "Thresholds only, the rest is the board's",
      'Key action': 'r1-a1: Raise thresholds',
      Responsible: 'OES',
      Due: '2019-03',
      Status: 'Completed',
      Comments: 'Circular issued',
      Evidence: 'plan.md\nhttps://example.org/c.pdf',
      'Last updated': '2019-06-30',
    });
    expect(rows[3]).toMatchObject({
      Recommendation: 'r2: Publish the rules',
      'Key action': '',
      Responsible: 'SD',
      Status: 'Completed',
    });
    expect(rows[4]).toMatchObject({
      Recommendation: 'r3: Merge the units',
      'Management response': 'Not accepted',
      Justification: 'Outside the mandate',
      Status: 'Cancelled',
    });
  });
});

test('export URLs are percent-encoded: spaces, non-ASCII and a lone % in file names (Docusaurus keeps them raw)', () => {
  const named = siteOf({
    'my plan é.md': ':::status[A]{#s1 status=ongoing}\n:::\n',
    '100%.md': ':::status[B]{#p1 status=ongoing}\n:::\n',
  });
  const urls = exportedItems(named, 'https://example.org/base').map((item) => [
    item.page.url,
    item.url,
  ]);
  expect(urls).toEqual([
    ['https://example.org/base/docs/100%25', 'https://example.org/base/docs/100%25#p1'],
    [
      'https://example.org/base/docs/my%20plan%20%C3%A9',
      'https://example.org/base/docs/my%20plan%20%C3%A9#s1',
    ],
  ]);
});

describe('items.json of a translated locale', () => {
  const fr = translatedSiteOf(FOLLOW_UP_PAGES, 'fr', {
    'follow-up.md':
      ':::status[Revoir les achats]{#r1}\nCe que la direction a entrepris.\n\n' +
      '::action[Relever les seuils]{#r1-a1}\n:::\n',
  });
  const items = exportedItems(fr, 'https://example.org/fr');

  test('marks each item and key action that still shows source-language text, with its language', () => {
    const marks = flatItems(items).map((item) => `${item.id} ${item.lang} ${item.untranslated}`);
    expect(marks).toEqual([
      'r1 fr false',
      'r1-a1 fr false',
      'r1-a2 en true',
      'r1-a3 en true',
      'r2 en true',
      'r3 en true',
      'a1 en true',
      'a2 en true',
    ]);
    expect(items[0]!.title).toBe('Revoir les achats');
  });

  test('the default locale marks nothing; items.csv has the marks as its last columns', () => {
    expect(exportedItems(siteOf(FOLLOW_UP_PAGES), '').every((i) => !i.untranslated)).toBe(true);
    expect(exportedItems(siteOf(FOLLOW_UP_PAGES), '').every((i) => i.lang === 'en')).toBe(true);
    const rows = parse(itemsCsv(items).slice(1), {columns: true}) as Record<string, string>[];
    expect(rows.map((row) => `${row.id}:${row.untranslated}:${row.lang}`).slice(0, 3)).toEqual([
      'r1:false:fr',
      'r1-a1:false:fr',
      'r1-a2:true:en',
    ]);
  });
});
