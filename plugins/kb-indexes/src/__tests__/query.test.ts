import {leanItems} from '../index.js';
import {
  filterItems,
  periodOf,
  readQuery,
  sortItems,
  writeQuery,
} from '../theme/KbStatusDashboard/query.js';
import {PAGES, siteOf} from './helpers.js';

const site = siteOf(PAGES);
const items = leanItems(site);
const closed = (status: string) => status === 'completed';
const ids = (search: string, today = '2019-01-15') =>
  filterItems(items, readQuery(search), {today, closed}).map((item) => item.id);

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
  expect(ids('?due=2019-H1')).toEqual(['a2']);
});

test('overdue and next 90 days are judged on the given day and skip closed items', () => {
  expect(ids('?due=overdue')).toEqual(['e1']);
  expect(ids('?due=overdue', '2020-01-01')).toEqual(['e1', 'a1']);
  expect(ids('?due=next-90-days', '2019-10-15')).toEqual(['a1']);
});

test('the query round-trips through the URL and sorts', () => {
  const query = readQuery('?status=a,b&sdg=11&sort=due');
  expect(writeQuery(query)).toBe('?status=a,b&sdg=11&sort=due');
  expect(sortItems(items, 'due').map((item) => item.id)).toEqual(['e1', 'a2', 'a1']);
  expect(sortItems(items, 'title').map((item) => item.id)).toEqual(['a1', 'e1', 'a2']);
});
