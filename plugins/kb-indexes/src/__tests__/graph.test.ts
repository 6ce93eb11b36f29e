import {
  countBy,
  goalPageData,
  leanItems,
  matrixData,
  nexusAreaData,
  sdgIndexData,
  statusBreakdown,
} from '../index.js';
import {join} from 'node:path';
import {loadSite} from '@kmportal/model';
import {PAGE_ITEM_BUDGET} from '../data.js';
import {DEFAULT_OPTIONS} from '../options.js';
import {PAGES, siteOf} from './helpers.js';

const site = siteOf(PAGES);

test('the fixture parses without errors', () => {
  expect(site.messages.filter((m) => m.fatal)).toEqual([]);
  expect(site.items.map((item) => item.id)).toEqual(['e1', 'a1', 'a2']);
});

test('lean items carry the card url and page, never the body', () => {
  const [e1] = leanItems(site);
  expect(e1).toEqual({
    id: 'e1',
    title: 'Quote "this", and, that',
    status: 'ongoing',
    owners: ['OES'],
    due: {raw: '2018-12-31', kind: 'day', start: '2018-12-31', end: '2018-12-31'},
    sdg: ['17'],
    nexus: [],
    url: '/docs/eval#e1',
    pageTitle: 'Evaluation',
    pageType: 'evaluation',
  });
  expect(JSON.stringify(leanItems(site))).not.toContain('Drafting');
});

test('every goal is indexed; counts include items tagged with a target, pages reached by a block', () => {
  const {goals} = sdgIndexData(site, DEFAULT_OPTIONS);
  expect(goals).toHaveLength(17);
  const counts = goals
    .filter((g) => g.itemCount > 0)
    .map((g) => [g.goal, g.pageCount, g.itemCount]);
  expect(counts).toEqual([
    [11, 1, 1],
    // No page names goal 17 in its front matter; the blocks of both pages do.
    [17, 2, 2],
  ]);
  expect(goals[16]!.statuses.map((s) => [s.value, s.count])).toEqual([
    ['ongoing', 1],
    ['completed', 1],
  ]);
});

test('a goal page lists each item once, under its most specific target, goal-level first', () => {
  const goal = site.config.sdg.goalByNumber.get(11)!;
  const data = goalPageData(site, goal, DEFAULT_OPTIONS);
  // a1 is tagged with goal 11 and target 11.2: it is listed under 11.2 only.
  expect(data.goalLevel.map((i) => i.id)).toEqual([]);
  expect(data.targets.find((t) => t.code === '11.2')!.items.map((i) => i.id)).toEqual(['a1']);
  expect(data.targets.filter((t) => t.count > 0).map((t) => t.code)).toEqual(['11.2']);
  expect(data.targets).toHaveLength(goal.targets.length);
  expect(data.nexus.map((n) => n.slug)).toEqual(['smart-cities']);
  expect(data.pages).toEqual([{title: 'Plan', permalink: '/docs/plan', type: 'action-plan'}]);
});

test('a nexus area lists its items, pages and the goals they reach', () => {
  const data = nexusAreaData(site, 'smart-cities', DEFAULT_OPTIONS);
  expect(data.area).toMatchObject({title: 'Smart cities', focalPoint: 'Jane', itemCount: 1});
  expect(data.goals.map((g) => g.goal)).toEqual([11]);
  expect(data.items.map((i) => i.id)).toEqual(['a1']);
  // What the list shows, not the item's tags or page type (route data of every area page).
  expect(Object.keys(data.items[0]!).sort()).toEqual([
    'due',
    'id',
    'owners',
    'pageTitle',
    'status',
    'title',
    'url',
  ]);
});

test('the matrix counts items per area and goal', () => {
  const {rows} = matrixData(site, DEFAULT_OPTIONS);
  expect(rows.map((row) => [row.area.slug, row.counts.join('')])).toEqual([
    ['smart-cities', '00000000001000000'],
    ['measuring-sdgs', '00000000000000001'],
  ]);
});

test('breakdowns keep vocabulary order, leave out zeros and keep unknown values', () => {
  const statuses = site.config.statuses;
  const items = [{status: 'completed'}, {status: 'odd'}, {status: 'ongoing'}, {status: 'ongoing'}];
  expect(statusBreakdown(items, statuses).map((s) => `${s.label}:${s.count}`)).toEqual([
    'Ongoing:2',
    'Completed:1',
    'odd:1',
  ]);
  expect([...countBy([['a', 'a', 'b']], (x) => x)]).toEqual([
    ['a', 1],
    ['b', 1],
  ]);
});

function bigSite(count: number) {
  const blocks = Array.from(
    {length: count},
    (_, n) =>
      `:::status[Item ${n}]{#i${n} status=planned owner=OES sdg="11.2" nexus=smart-cities}\nText.\n:::\n`,
  );
  return siteOf({'big.md': `---\ntitle: Big\ntype: action-plan\n---\n\n${blocks.join('\n')}`});
}

test('past the page budget, goal and area pages list their first items and link to the rest', () => {
  const big = bigSite(PAGE_ITEM_BUDGET + 5);
  const goal = goalPageData(big, big.config.sdg.goalByNumber.get(11)!, DEFAULT_OPTIONS);
  const target = goal.targets.find((t) => t.code === '11.2')!;
  expect(target.items.map((i) => i.id)).toEqual(Array.from({length: 10}, (_, n) => `i${n}`));
  expect([target.count, target.moreHref]).toEqual([PAGE_ITEM_BUDGET + 5, '/status?sdg=11.2']);
  expect([goal.goalLevel.length, goal.goalLevelCount, goal.goalLevelHref]).toEqual([
    0,
    0,
    '/status?sdg=11',
  ]);
  const area = nexusAreaData(big, 'smart-cities', DEFAULT_OPTIONS);
  expect([area.items.length, area.area.itemCount, area.itemsHref]).toEqual([
    50,
    PAGE_ITEM_BUDGET + 5,
    '/status?nexus=smart-cities',
  ]);
});

test('within the page budget, goal and area pages list every item', () => {
  const big = bigSite(PAGE_ITEM_BUDGET);
  const goal = goalPageData(big, big.config.sdg.goalByNumber.get(11)!, DEFAULT_OPTIONS);
  expect(goal.targets.find((t) => t.code === '11.2')!.items).toHaveLength(PAGE_ITEM_BUDGET);
  expect(nexusAreaData(big, 'smart-cities', DEFAULT_OPTIONS).items).toHaveLength(PAGE_ITEM_BUDGET);
});

test('the sample content: every item is listed once on each of its goal pages and nexus area pages', () => {
  const root = join(__dirname, '..', '..', '..', '..');
  const sample = loadSite({docsDir: join(root, 'docs'), cwd: root});
  let checked = 0;
  for (const goal of sample.config.sdg.goals) {
    const data = goalPageData(sample, goal, DEFAULT_OPTIONS);
    const listed = new Set(
      [...data.goalLevel, ...data.targets.flatMap((t) => t.items)].map((i) => i.id),
    );
    expect(listed.size).toBe(
      data.goalLevel.length + data.targets.reduce((n, t) => n + t.items.length, 0),
    );
    for (const item of sample.items.filter((i) => i.sdgGoals.includes(goal.goal))) {
      expect([goal.goal, item.id, listed.has(item.id!)]).toEqual([goal.goal, item.id, true]);
      checked++;
    }
  }
  for (const slug of new Set(sample.items.flatMap((i) => i.nexus))) {
    const listed = new Set(nexusAreaData(sample, slug, DEFAULT_OPTIONS).items.map((i) => i.id));
    for (const item of sample.items.filter((i) => i.nexus.includes(slug))) {
      expect([slug, item.id, listed.has(item.id!)]).toEqual([slug, item.id, true]);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(50);
});

test('an invalid item is listed with the place and text of its first error, a salvaged one too', () => {
  const broken = siteOf({
    'plan.md': [
      '---',
      'title: Plan',
      '---',
      '',
      ':::status[Bad date]{#b1 status=ongoing due=2026-13 owner=OES}',
      ':::',
      '',
      ':::status[Unclosed quote]{#b2 status=delayed owner="OES}',
      'Kept.',
      ':::',
    ].join('\n'),
  });
  const lean = leanItems(broken);
  expect(lean.map((item) => [item.id, item.status, item.invalid?.at, item.invalid?.count])).toEqual(
    [
      ['b1', 'ongoing', 'docs/plan.md:5:44', 1],
      ['b2', 'delayed', 'docs/plan.md:8:57', 1],
    ],
  );
  expect(lean[0]!.invalid!.reason).toMatch(/^Invalid due date `2026-13`/);
  expect(leanItems(site).some((item) => 'invalid' in item)).toBe(false);
});
