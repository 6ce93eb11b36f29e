import {dashboardData, dashboardFiles, dashboardIndex, dashboardRows, leanItems} from '../index.js';
import {PAGES, siteOf} from './helpers.js';

const site = siteOf(PAGES);
const TABLE = {base: '/kb/dashboard/x/', index: 'index.json', pageSize: 50};

test('the route data holds totals and choices, never an item', () => {
  const data = dashboardData(site, '2019-07-01', TABLE);
  expect(data.totals).toEqual({
    count: 3,
    status: [
      ['ongoing', 2],
      ['completed', 1],
    ],
    unit: [
      ['OES', 2],
      ['SD', 2],
    ],
    type: [
      ['action-plan', 2],
      ['evaluation', 1],
    ],
    // Open items only: e1 due 2018-12-31 (day 17896) and a1 due 2019-12-31 (365 days later).
    openDue: [17896, 1, 365, 1],
    invalid: 0,
  });
  expect(data.choices).toEqual({
    owner: ['OES', 'SD'],
    nexus: ['measuring-sdgs', 'smart-cities'],
    type: ['action-plan', 'evaluation'],
    year: ['2018', '2019'],
  });
  const json = JSON.stringify(data);
  for (const item of site.items) expect(json).not.toContain(item.title);
});

test('the index has one entry per item in every column', () => {
  const index = dashboardIndex(site, 2);
  expect(index.count).toBe(3);
  expect(index.chunks).toEqual(['rows-0.json', 'rows-1.json']);
  for (const column of [index.status, index.type, index.owner, index.nexus, index.sdg, index.due])
    expect(column).toHaveLength(3);
  expect(index.values.status.slice(0, 2)).toEqual(['not-started', 'planned']);
  expect(index.owner.map((list) => list.map((n) => index.values.owner[n]))).toEqual([
    ['OES'],
    ['OES', 'SD'],
    ['SD'],
  ]);
  expect(index.sdg[1]!.map((n) => index.values.sdg[n])).toEqual(['11', '11.2']);
  expect(index.rank.title).toEqual([1, 0, 2]);
});

test('the row files hold every item once, in site order', () => {
  const chunks = dashboardRows(site, 2);
  expect(chunks.map((chunk) => chunk.length)).toEqual([2, 1]);
  expect(chunks.flat()).toEqual(leanItems(site));
  const {folder, files} = dashboardFiles(site, 2);
  expect(folder).toMatch(/^[0-9a-f]{10}$/);
  expect(files.map((file) => file.name)).toEqual(['index.json', 'rows-0.json', 'rows-1.json']);
  expect(dashboardFiles(site, 2).folder).toBe(folder);
  expect(dashboardFiles(site, 3).folder).not.toBe(folder);
});
