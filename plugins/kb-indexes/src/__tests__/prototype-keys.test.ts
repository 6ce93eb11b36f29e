import {parse} from 'csv-parse/sync';
import {
  exportedItems,
  itemsCsv,
  itemsJson,
  reportData,
  dashboardIndex,
  dashboardRows,
} from '../index.js';
import {prototypePage} from '../../../model/test/abuse/prototype-names.js';
import {siteOf} from './helpers.js';

// Issue 18 (1): an item `#constructor` broke the production build (`.map is not a function`) and
// lost `history` in items.json, because histories were looked up in plain objects.
const site = siteOf({'plan.md': prototypePage(), 'eval.md': prototypePage('evaluation')});
const plan = site.pages.find(({page}) => page.source === 'plan.md')!;
const noHistory = () => ({});

describe('ids and codes named like Object.prototype members', () => {
  test('exports keep every item with an empty history', () => {
    const items = exportedItems(site, 'https://example.org', noHistory);
    expect(items.map((item) => [item.id, item.history])).toEqual(
      expect.arrayContaining([
        ['constructor', []],
        ['valueof', []],
      ]),
    );
    const document = JSON.parse(itemsJson(items, new Date(0)));
    expect(document.items.every((item: {history: unknown}) => Array.isArray(item.history))).toBe(
      true,
    );
    const rows = parse(itemsCsv(items).slice(1), {columns: true}) as Record<string, string>[];
    expect(rows.map((row) => row.history)).toEqual(rows.map(() => ''));
  });

  test('a history given for `constructor` is the one exported', () => {
    const entry = {date: '2020-01-01', commit: 'c1', author: 'Ann', to: 'planned'};
    const history = () => Object.assign(Object.create(null), {constructor: [entry]});
    const items = exportedItems(site, 'https://example.org', history);
    expect(items.find((item) => item.id === 'constructor')!.history).toEqual([entry]);
  });

  test('the report of an action plan renders', () => {
    const data = reportData(site, plan, {
      builtOn: '2020-01-01',
      siteUrl: 'https://example.org',
      history: noHistory,
    });
    const items = data.groups.flatMap((group) => group.items);
    expect(items.map((item) => [item.id, item.history])).toEqual(
      expect.arrayContaining([['constructor', []]]),
    );
    expect(items.flatMap((item) => item.owners.map((owner) => typeof owner.name))).not.toContain(
      'function',
    );
  });

  test('the dashboard indexes every item', () => {
    const rows = dashboardRows(site).flat();
    expect(rows).toHaveLength(site.items.length);
    expect(() => JSON.stringify(dashboardIndex(site))).not.toThrow();
  });
});
