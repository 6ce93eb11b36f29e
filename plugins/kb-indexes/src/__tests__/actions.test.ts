import {actionSite, dashboardData, dashboardTotals, ratesTable, reportData} from '../index.js';
import {FOLLOW_UP_PAGES, siteOf} from './helpers.js';

const site = siteOf(FOLLOW_UP_PAGES);
const table = {base: '/kb/dashboard/x/', index: 'index.json', pageSize: 50};

describe('key actions in the dashboard and the reports', () => {
  test('recommendations and actions are counted apart, each once', () => {
    expect(dashboardTotals(site).count).toBe(5);
    const actions = actionSite(site);
    expect(actions.items.map((item) => item.id)).toEqual(['r1-a1', 'r1-a2', 'r1-a3']);
    const data = dashboardData(site, '2019-07-01', table, {...table, base: '/kb/dashboard/y/'});
    expect(data.totals.count).toBe(5);
    expect(data.actions?.totals.count).toBe(3);
    expect(Object.fromEntries(data.actions!.totals.status)).toEqual({
      completed: 1,
      ongoing: 1,
      'not-started': 1,
    });
    expect(dashboardData(site, '2019-07-01', table).actions).toBeNull();
  });

  test('acceptance rate: accepted or partially accepted of those with a response; implementation: completed or continuing of the accepted', () => {
    const {pages, types} = ratesTable(site, '2019-07-01');
    expect(pages).toEqual([
      {
        label: 'Audit follow-up',
        permalink: '/docs/follow-up',
        type: 'evaluation',
        recommendations: 3,
        accepted: 2,
        implemented: 1,
        acceptanceRate: 2 / 3,
        implementationRate: 1 / 2,
        actions: 3,
        // r1-a2 was due in May 2019 and is still ongoing; r1-a3 is due in 2020.
        overdueActions: 1,
      },
    ]);
    expect(types.map((row) => [row.label, row.recommendations, row.actions])).toEqual([
      ['evaluation', 3, 3],
    ]);
  });

  test('the report groups actions under their recommendation and carries the rates', () => {
    const parsed = site.pages.find((page) => page.page.path === 'docs/follow-up.md')!;
    const report = reportData(site, parsed, {builtOn: '2019-07-01', siteUrl: 'https://x.org'});
    const [r1] = report.groups[0]!.items;
    expect(report.total).toBe(3);
    expect(r1!.actions.map((action) => [action.id, action.parent, action.status])).toEqual([
      ['r1-a1', 'r1', 'completed'],
      ['r1-a2', 'r1', 'ongoing'],
      ['r1-a3', 'r1', 'not-started'],
    ]);
    expect(r1!.actions[0]).toMatchObject({
      evidence: ['plan.md', 'https://example.org/c.pdf'],
      note: 'Circular issued',
    });
    expect(r1!.responseNote).toBe("Thresholds only, the rest is the board's");
    expect(report.rates.page).toMatchObject({recommendations: 3, accepted: 2, overdueActions: 1});
    expect(report.rates.type).toMatchObject({label: 'evaluation', recommendations: 3});
  });
});
