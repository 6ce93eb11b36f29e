import {createMatcher, type FilterKey, type ItemFilter} from '@kmportal/model';
import {dashboardIndex} from '../index.js';
import {
  chunksOf,
  dueCounts,
  filterIndex,
  pageOf,
  pageWindow,
  periodOf,
  readQuery,
  sortPositions,
  writeQuery,
} from '../theme/KbStatusDashboard/query.js';
import {dashboardTotals} from '../dashboard.js';
import {PAGES, siteOf} from './helpers.js';

const site = siteOf(PAGES);
const index = dashboardIndex(site);
const closed = (status: string) => site.config.statusByValue.get(status)?.closed ?? false;
const idsAt = (positions: number[]) => positions.map((position) => site.items[position]!.id);
const ids = (search: string, today = '2019-01-15') =>
  idsAt(filterIndex(index, readQuery(search), {today, closed}));

test('periods of due filters', () => {
  expect(periodOf('2019')).toEqual({start: '2019-01-01', end: '2019-12-31'});
  expect(periodOf('2019-H1')).toEqual({start: '2019-01-01', end: '2019-06-30'});
  expect(periodOf('2019-Q4')).toEqual({start: '2019-10-01', end: '2019-12-31'});
  expect(periodOf('2020-02')).toEqual({start: '2020-02-01', end: '2020-02-29'});
  expect(periodOf('2019-06-30')).toEqual({start: '2019-06-30', end: '2019-06-30'});
  expect(periodOf('soon')).toBeUndefined();
});

test('filters: AND across keys, OR within a key, sdg goal matches its targets', () => {
  expect(ids('')).toEqual(['e1', 'a1', 'a2']);
  expect(ids('?status=ongoing')).toEqual(['e1', 'a1']);
  expect(ids('?status=ongoing,completed&owner=SD')).toEqual(['a1', 'a2']);
  expect(ids('?sdg=17')).toEqual(['e1', 'a2']);
  expect(ids('?sdg=11.2&nexus=smart-cities')).toEqual(['a1']);
  expect(ids('?type=evaluation')).toEqual(['e1']);
  expect(ids('?type=evaluation,action-plan&owner=SD')).toEqual(['a1', 'a2']);
  expect(ids('?due=2019-H1')).toEqual(['a2']);
  expect(ids('?owner=NOBODY')).toEqual([]);
});

test('overdue and next 90 days are judged on the given day and skip closed items', () => {
  expect(ids('?due=overdue')).toEqual(['e1']);
  expect(ids('?due=overdue', '2020-01-01')).toEqual(['e1', 'a1']);
  expect(ids('?due=next-90-days', '2019-10-15')).toEqual(['a1']);
  expect(ids('?due=overdue,2019-H1', '2019-01-15')).toEqual(['e1', 'a2']);
});

test('validity=invalid keeps the items with errors, alone or with other filters', () => {
  const broken = siteOf({
    ...PAGES,
    'bad.md':
      ':::status[Bad]{#b1 status=ongoign owner=OES}\n:::\n\n:::status[Fine]{#b2 status=ongoing}\n:::\n',
  });
  const brokenIndex = dashboardIndex(broken);
  const found = (search: string) =>
    filterIndex(brokenIndex, readQuery(search), {today: '2019-01-15', closed}).map(
      (position) => broken.items[position]!.id,
    );
  expect(brokenIndex.invalid).toEqual([broken.items.findIndex((item) => item.id === 'b1')]);
  expect(found('?validity=invalid')).toEqual(['b1']);
  expect(found('?validity=invalid&owner=SD')).toEqual([]);
  expect(found('?validity=other')).toEqual([]);
  expect(ids('?validity=invalid')).toEqual([]);
  expect(writeQuery(readQuery('?validity=invalid&due=overdue'))).toBe(
    '?due=overdue&validity=invalid',
  );
});

test('the compact due dates count overdue and upcoming open items against any day', () => {
  const {openDue} = dashboardTotals(site);
  for (const today of ['2018-01-01', '2019-01-15', '2019-10-15', '2020-01-01']) {
    expect(dueCounts(openDue, today)).toEqual({
      overdue: ids('?due=overdue', today).length,
      soon: ids('?due=next-90-days', today).length,
    });
  }
});

test('the browser filter selects what the model selects for ::status-table', () => {
  const match = createMatcher(site.pages, {today: '2019-07-01', config: site.config});
  const queries: ItemFilter[] = [
    {status: ['ongoing']},
    {status: ['ongoing', 'completed'], owner: ['SD']},
    {sdg: ['17']},
    {sdg: ['11', '17.18']},
    {nexus: ['measuring-sdgs', 'smart-cities'], type: ['action-plan']},
    {due: ['overdue']},
    {due: ['2019', '2018-12']},
    {owner: ['OES'], due: ['2019-Q4', '2018']},
  ];
  for (const filter of queries) {
    const search = Object.entries(filter)
      .map(([key, values]) => `${key as FilterKey}=${values!.join(',')}`)
      .join('&');
    expect([search, ids(`?${search}`, '2019-07-01')]).toEqual([
      search,
      match(site.items, filter).map((item) => item.id),
    ]);
  }
});

test('the query round-trips through the URL, sorts both ways and pages', () => {
  const query = readQuery('?status=a,b&sdg=11&sort=-due&page=3');
  expect(query.page).toBe(3);
  expect(writeQuery(query)).toBe('?status=a,b&sdg=11&sort=-due&page=3');
  expect(writeQuery({...query, page: 1})).toBe('?status=a,b&sdg=11&sort=-due');
  expect(readQuery('?page=zero').page).toBe(1);
  // What is counted, recommendations (default, not written) or key actions, is in the URL too.
  expect(readQuery('').items).toBe('recommendations');
  expect(readQuery('?items=actions&status=a').items).toBe('actions');
  expect(writeQuery({...query, items: 'actions'})).toBe(
    '?status=a,b&sdg=11&sort=-due&page=3&items=actions',
  );
  expect(readQuery('?items=other').items).toBe('recommendations');
  const all = [0, 1, 2];
  expect(idsAt(sortPositions(index, all, 'due'))).toEqual(['e1', 'a2', 'a1']);
  expect(idsAt(sortPositions(index, all, '-due'))).toEqual(['a1', 'a2', 'e1']);
  expect(idsAt(sortPositions(index, all, 'title'))).toEqual(['a1', 'e1', 'a2']);
  expect(idsAt(sortPositions(index, all, 'status'))).toEqual(['e1', 'a1', 'a2']);
  expect(idsAt(sortPositions(index, all, '-page'))).toEqual(['a1', 'a2', 'e1']);
  expect(idsAt(sortPositions(index, all, 'nonsense'))).toEqual(['e1', 'a1', 'a2']);
  const positions = Array.from({length: 120}, (_, i) => i);
  expect(pageOf(positions, 3, 50)).toEqual({page: 3, pages: 3, positions: positions.slice(100)});
  expect(pageOf(positions, 9, 50).page).toBe(3);
  expect(pageOf([], 2, 50)).toEqual({page: 1, pages: 1, positions: []});
  expect(chunksOf([120, 3, 51, 7], 50)).toEqual([0, 1, 2]);
  expect(pageWindow(1, 1)).toEqual([1]);
  expect(pageWindow(6, 12)).toEqual([1, null, 4, 5, 6, 7, 8, null, 12]);
});
