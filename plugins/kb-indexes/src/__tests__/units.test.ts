import {
  goalPageData,
  handoverOrder,
  matrixData,
  nexusAreaData,
  sdgIndexData,
  unitIndexData,
  unitPageData,
  unitPath,
  type UnitItem,
} from '../index.js';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {getSwizzleConfig} from '../index.js';
import {DEFAULT_OPTIONS} from '../options.js';
import {FOLLOW_UP_PAGES, siteOf} from './helpers.js';

const UNITS =
  '- code: OES\n  name: Office\n  focal_point: Chief of office\n' +
  '- code: SD\n  name: Statistics\n  parent: OES\n' +
  '- code: constructor\n  name: A code that is a prototype key\n';

const site = siteOf(
  {
    ...FOLLOW_UP_PAGES,
    'guide.md':
      '---\ntitle: Guide\ntype: guidance\nowner: SD\nlast_reviewed: 2018-01-01\nreview_every: 1 year\nreviewers: [OES]\n---\n\nText.\n',
  },
  {units: UNITS},
);
const history = (path: string) =>
  path.endsWith('follow-up.md')
    ? {
        'r1-a1': [
          {date: '2019-02-01', commit: 'a'.repeat(40), author: 'Ann', to: 'ongoing'},
          {
            date: '2019-03-10',
            commit: 'b'.repeat(40),
            author: 'Ann',
            from: 'ongoing',
            to: 'completed',
          },
        ],
      }
    : {};
const unit = (code: string) => site.config.units!.get(code)!;

test('the fixture has no errors', () => {
  expect(site.messages.filter((m) => m.fatal).map((m) => m.reason)).toEqual([]);
});

test('the list of units has every unit of the registry with its counts, actions apart', () => {
  const data = unitIndexData(site, DEFAULT_OPTIONS, '2019-07-01');
  expect(
    data.units.map((u) => [
      u.code,
      u.itemCount,
      u.actionCount,
      u.openCount,
      u.overdueCount,
      u.pageCount,
    ]),
  ).toEqual([
    // OES: items a1 and r1 (its owners follow from its actions), actions r1-a1 (done) and r1-a3;
    // open a1, r1, r1-a3; reviews the guide.
    ['OES', 2, 2, 3, 0, 1],
    // SD: items a1, a2 (done), r1, r2 (done), action r1-a2 (ongoing, due 2019-05: overdue on
    // 2019-07-01); owns the guide.
    ['SD', 4, 1, 3, 1, 1],
    ['constructor', 0, 0, 0, 0, 0],
  ]);
  expect(data.units[1]!.parent).toEqual({code: 'OES', name: 'Office', href: '/units/OES'});
  expect(data.units[0]!.focalPoint).toBe('Chief of office');
});

test("a unit's page: open first (overdue first), closed apart, pages with review state, children, history", () => {
  const sd = unitPageData(site, unit('SD'), DEFAULT_OPTIONS, {builtOn: '2019-07-01', history});
  expect(sd.open.map((item) => item.id)).toEqual(['r1-a2', 'a1', 'r1']);
  expect(sd.open[0]!.parent).toEqual({id: 'r1', title: 'Review procurement'});
  // What the page's tables show, not the item's owners, tags or page type (each unit page's route data).
  expect(Object.keys(sd.open[0]!).sort()).toEqual([
    'closed',
    'due',
    'history',
    'id',
    'pageTitle',
    'parent',
    'status',
    'title',
    'url',
  ]);
  expect(sd.closed.map((item) => item.id)).toEqual(['r2', 'a2']);
  expect(sd.closedCount).toBe(2);
  expect(sd.pages).toEqual([
    {
      title: 'Guide',
      permalink: '/docs/guide',
      type: 'guidance',
      role: 'owns',
      review: {state: 'overdue', next: '2019-01-01'},
    },
  ]);
  const oes = unitPageData(site, unit('OES'), DEFAULT_OPTIONS, {builtOn: '2019-07-01', history});
  expect(oes.children).toEqual([{code: 'SD', name: 'Statistics', href: '/units/SD'}]);
  expect(oes.pages.map((page) => page.role)).toEqual(['reviews']);
  expect(oes.changes.map((c) => [c.date, c.id, c.fromLabel, c.toLabel])).toEqual([
    ['2019-03-10', 'r1-a1', 'Ongoing', 'Completed'],
    ['2019-02-01', 'r1-a1', undefined, 'Ongoing'],
  ]);
  expect(oes.closed.find((item) => item.id === 'r1-a1')!.history).toHaveLength(2);
});

test('a prototype-key unit code has a page of its own, empty', () => {
  const data = unitPageData(site, unit('constructor'), DEFAULT_OPTIONS, {builtOn: '2019-07-01'});
  expect([data.open, data.closed, data.pages, data.children, data.changes]).toEqual([
    [],
    [],
    [],
    [],
    [],
  ]);
  expect(unitPath('/units', 'a b/c')).toBe('/units/a%20b%2Fc');
});

test('handover order: overdue, then by due date, undated, closed last; site order among equals', () => {
  const item = (id: string, end: string | null, closed = false) =>
    ({id, closed, due: end ? {raw: end, kind: 'day', start: end, end} : null}) as UnitItem;
  const order = handoverOrder(
    [
      item('late2', '2019-02-01'),
      item('undated', null),
      item('done', '2018-01-01', true),
      item('soon', '2019-08-01'),
      item('late1', '2019-01-01'),
    ],
    '2019-07-01',
  );
  expect(order.map((i) => i.id)).toEqual(['late1', 'late2', 'soon', 'undated', 'done']);
});

describe('SDG and nexus pages and the matrix count key actions apart from items', () => {
  const actionSiteFixture = siteOf({
    'f.md':
      '---\ntitle: F\ntype: evaluation\n---\n\n' +
      ':::status[Rec]{#r status=ongoing sdg=5 nexus=smart-cities}\n' +
      '::action[Inherits]{#r-a1 owner=OES status=ongoing}\n' +
      '::action[Own goal too]{#r-a2 owner=SD status=completed sdg=11 nexus=measuring-sdgs}\n:::\n',
  });
  test('an action reaches its own goals and areas and its recommendation’s', () => {
    const goals = sdgIndexData(actionSiteFixture, DEFAULT_OPTIONS).goals;
    const counts = (n: number) => [goals[n - 1]!.itemCount, goals[n - 1]!.actionCount];
    expect(counts(5)).toEqual([1, 2]);
    expect(counts(11)).toEqual([0, 1]);
    const goal5 = goalPageData(
      actionSiteFixture,
      actionSiteFixture.config.sdg.goalByNumber.get(5)!,
      DEFAULT_OPTIONS,
    );
    expect(goal5.actions.map((a) => a.id)).toEqual(['r-a1', 'r-a2']);
    expect(goal5.actionsHref).toBe('/status?items=actions&sdg=5');
    expect(goal5.goal.actionStatuses.map((s) => [s.value, s.count])).toEqual([
      ['ongoing', 1],
      ['completed', 1],
    ]);
    const area = nexusAreaData(actionSiteFixture, 'measuring-sdgs', DEFAULT_OPTIONS);
    expect([area.area.itemCount, area.area.actionCount, area.actions.map((a) => a.id)]).toEqual([
      0,
      1,
      ['r-a2'],
    ]);
  });
  test('the matrix has key-action counts per cell beside the item counts', () => {
    const {rows} = matrixData(actionSiteFixture, DEFAULT_OPTIONS);
    const cities = rows.find((row) => row.area.slug === 'smart-cities')!;
    const measuring = rows.find((row) => row.area.slug === 'measuring-sdgs')!;
    expect([cities.counts[4], cities.actionCounts[4], cities.actionCounts[10]]).toEqual([1, 2, 1]);
    expect([measuring.counts[4], measuring.actionCounts[4], measuring.actionCounts[10]]).toEqual([
      0, 1, 1,
    ]);
  });
});

test('the swizzle config lists theme components that exist, the unit pages safe to wrap and eject', () => {
  const {components} = getSwizzleConfig();
  for (const name of Object.keys(components))
    expect(existsSync(join(__dirname, '..', 'theme', name))).toBe(true);
  expect(components.KbUnitPage!.actions).toEqual({wrap: 'safe', eject: 'safe'});
});
