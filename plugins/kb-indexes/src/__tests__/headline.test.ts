import {dashboardData} from '../data.js';
import {headlineOf} from '../theme/KbStatusDashboard/headline.js';
import {cssString, orientationOf, pageRule} from '../theme/KbStatusReport/pageRule.js';
import {FOLLOW_UP_PAGES, PAGES, siteOf} from './helpers.js';

const TABLE = {dir: 'kb/dashboard/x', pageSize: 50, chunkSize: 50, chunks: []};

test('headline figures: open, overdue and due soon as given, completed among every item', () => {
  const data = dashboardData(siteOf(PAGES), '2019-06-01', TABLE as never);
  // e1 ongoing, a1 ongoing, a2 completed.
  expect(headlineOf(data, {overdue: 1, soon: 2})).toEqual({
    count: 3,
    open: 2,
    overdue: 1,
    soon: 2,
    invalid: 0,
    completed: 1,
    acceptance: null,
    implementation: null,
  });
});

test('the invalid figure counts the items with errors, an id on two pages on both', () => {
  const data = dashboardData(
    siteOf({
      ...PAGES,
      'bad.md':
        ':::status[Bad]{#b1 status=ongoign}\n:::\n\n:::status[Again]{#a1 status=ongoing}\n:::\n',
    }),
    '2019-06-01',
    TABLE as never,
  );
  expect(headlineOf(data, {overdue: 0, soon: 0}).invalid).toBe(3);
  expect(data.totals.invalid).toBe(3);
});

test('headline rates: accepted of the recommendations, implemented of the accepted, site-wide', () => {
  const data = dashboardData(siteOf(FOLLOW_UP_PAGES), '2019-06-01', TABLE as never);
  const headline = headlineOf(data, {overdue: 0, soon: 0});
  // r1 partially accepted (open), r2 accepted and completed, r3 not accepted.
  expect([headline.acceptance, headline.implementation]).toEqual([2 / 3, 1 / 2]);
});

test('the printed page: A4 in the orientation asked for, the as-at date and page n of m', () => {
  const rule = pageRule('landscape', {page: 'Page', of: 'of', asOf: 'Status as at 30 June 2019'});
  expect(rule).toContain('size: A4 landscape');
  expect(rule).toContain('@bottom-left { content: "Status as at 30 June 2019"');
  expect(rule).toContain('content: "Page " counter(page) " of " counter(pages)');
  expect(orientationOf('?doc=a&orientation=landscape')).toBe('landscape');
  expect(orientationOf('?doc=a')).toBe('portrait');
});

test('footer text is a CSS string whatever it holds', () => {
  expect(cssString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c d"');
});
