import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {isError, loadSite} from '@kmportal/model';

// Facts read by hand from the five source documents (shared/seeds). Each row is
// `id status owners due`, owners comma-separated, due as written in the block.
// A change to a seed page that drifts from its source must fail here.

const KM_STRATEGY = {
  path: 'docs/strategy/km-strategy.md',
  type: 'strategy',
  owner: 'OES',
  asOf: '2017-12-31',
  items: [],
};

const KM_ACTION_PLAN_2017 = {
  path: 'docs/action-plans/km-action-plan-2017.md',
  type: 'action-plan',
  owner: 'OES',
  asOf: '2018-12-31',
  items: [
    'km-ap-2017-a1 completed OES,KMFP 2017-03',
    'km-ap-2017-a2 completed OES,KMFP 2017-06',
    'km-ap-2017-a3 completed OES,KMFP 2017-03',
    'km-ap-2017-a4 completed STAFF 2017-04',
    'km-ap-2017-a5 completed OES,UNOG-HR 2017-08',
    'km-ap-2017-a6 continuing OES,KMFP tbc',
    'km-ap-2017-a7 completed ISU,UNOG,OICT tbc',
    'km-ap-2017-a8 completed OES,KMFP 2017-04',
    'km-ap-2017-a9 continuing OES,STAFF tbc',
    'km-ap-2017-a10 completed OES 2017-03',
  ],
};

const EVALUATION_2017 = {
  path: 'docs/evaluations/cross-sectoral-collaboration-2017.md',
  type: 'evaluation',
  owner: 'OES',
  asOf: '2018-12-31',
  items: [
    'eval-2017-r1 ongoing OES 2018-12-31',
    'eval-2017-r2 completed PMU,SDGU tbc',
    'eval-2017-r3 continuing OES 2018-02',
    'eval-2017-r4 continuing OES,PMU tbc',
    'eval-2017-r5 continuing OES 2018-02',
    'eval-2017-r6 ongoing OES tbc',
    'eval-2017-r7 ongoing OES 2018-12-31',
  ],
  // Where the source names several units, undertakings or dates for one recommendation: its key actions.
  actions: [
    'eval-2017-r2>eval-2017-r2-a1 completed PMU tbc',
    'eval-2017-r2>eval-2017-r2-a2 completed SDGU tbc',
    'eval-2017-r4>eval-2017-r4-a1 continuing OES tbc',
    'eval-2017-r4>eval-2017-r4-a2 continuing PMU tbc',
    'eval-2017-r4>eval-2017-r4-a3 continuing  tbc',
    'eval-2017-r7>eval-2017-r7-a1 completed OES 2018-03-30',
    'eval-2017-r7>eval-2017-r7-a2 ongoing OES 2018-12-31',
  ],
};

const CEB_2006_2 = {
  path: 'docs/meetings/ceb-2006-second-regular-session.md',
  type: 'meeting',
  owner: 'CEB',
  asOf: '2006-12-15',
  items: [
    'ceb-2006-2-d1 planned CEB tbc',
    'ceb-2006-2-d2 continuing CEB,HLCP tbc',
    'ceb-2006-2-d3 planned CEB,OHRLLS 2010',
    'ceb-2006-2-d4 planned CEB 2007-04',
    'ceb-2006-2-d5 planned HLCP,ILO 2007-04',
    'ceb-2006-2-d6 planned HLCP tbc',
    'ceb-2006-2-d7 planned HLCM tbc',
    'ceb-2006-2-d8 planned OSAGI 2007-H1',
    'ceb-2006-2-d9 planned HLCP,HLCM tbc',
    'ceb-2006-2-d10 continuing CEB,UNSSC tbc',
    'ceb-2006-2-d11 planned CEB,ILO 2007-04-21',
  ],
};

const CEB_2004_1 = {
  path: 'docs/meetings/ceb-2004-first-regular-session.md',
  type: 'meeting',
  owner: 'CEB',
  asOf: '2004-05-03',
  items: [
    'ceb-2004-1-c1 planned CEB tbc',
    'ceb-2004-1-c2 planned GENMG tbc',
    'ceb-2004-1-c3 planned CEB tbc',
    'ceb-2004-1-c4 planned CEB tbc',
    'ceb-2004-1-c5 planned CEB tbc',
    'ceb-2004-1-c6 planned UNODC tbc',
    'ceb-2004-1-c7 planned CEB tbc',
    'ceb-2004-1-c8 planned CEB tbc',
    'ceb-2004-1-c9 planned UNDG tbc',
    'ceb-2004-1-c10 planned CEB 2004-05',
    'ceb-2004-1-c11 planned CEB 2005-04',
    'ceb-2004-1-c12 planned CEB tbc',
    'ceb-2004-1-d1 planned CEB tbc',
    'ceb-2004-1-d2 planned HLCP 2004-10',
    'ceb-2004-1-o1 planned CEB tbc',
    'ceb-2004-1-m1 planned HLCM 2004-10',
    'ceb-2004-1-m2 planned HLCM,CEB tbc',
    'ceb-2004-1-s1 planned CEB 2004-10-30',
    'ceb-2004-1-s2 planned CEB,ILO 2005-H1',
  ],
};

// The ILO appendix: "By end 2019" → 2019, "2019–20" → 2020, "By mid-2019" → 2019-H1,
// "Completed/ongoing" → continuing, "Starting 2020" → planned.
const ILO_POA_2019 = {
  path: 'docs/action-plans/ilo-plan-of-action-2019-20.md',
  type: 'action-plan',
  owner: 'ILO-MULTILATERALS',
  asOf: '2020-10-12',
  items: [
    'ilo-poa-2019-1 continuing ILO,ILO-ACTEMP,ILO-ACTRAV 2019',
    'ilo-poa-2019-2 ongoing ILO 2020',
    'ilo-poa-2019-3 completed ILO 2019',
    'ilo-poa-2019-4 ongoing ILO 2019',
    'ilo-poa-2019-5 ongoing ILO 2020',
    'ilo-poa-2019-6 planned ILO,ILO-ITC 2019',
    'ilo-poa-2019-7 planned ILO 2020-H1',
    'ilo-poa-2019-8 ongoing ILO 2019-10',
    'ilo-poa-2019-9 ongoing ILO 2019',
    'ilo-poa-2019-10 completed ILO 2019-03',
    'ilo-poa-2019-11 planned ILO 2019',
    'ilo-poa-2019-12 ongoing ILO 2019-H1',
  ],
  // Action 1 names two bureaux, each with its own work; the appendix gives one date and status.
  actions: [
    'ilo-poa-2019-1>ilo-poa-2019-1-a1 continuing ILO-ACTEMP 2019',
    'ilo-poa-2019-1>ilo-poa-2019-1-a2 continuing ILO-ACTRAV 2019',
  ],
};

const SEEDS = [
  KM_STRATEGY,
  KM_ACTION_PLAN_2017,
  EVALUATION_2017,
  CEB_2006_2,
  CEB_2004_1,
  ILO_POA_2019,
];

const root = join(__dirname, '..', '..');
const site = loadSite({docsDir: join(root, 'docs'), cwd: root});

function seedPage(path: string) {
  const page = site.pages.find((p) => p.page.path === path);
  if (!page) throw new Error(`No page ${path} in the site`);
  return page;
}

describe.each(SEEDS.map((seed) => [seed.path, seed] as const))('%s', (_path, seed) => {
  const parsed = seedPage(seed.path);

  test('has the page type, owner and as-at date of its source', () => {
    expect([parsed.page.type, parsed.page.owners.join(','), parsed.page.asOf]).toEqual([
      seed.type,
      seed.owner,
      seed.asOf,
    ]);
    expect(parsed.page.sdg.length).toBeGreaterThan(0);
  });

  test('holds exactly the items of its source, with their statuses, owners and due dates', () => {
    const rows = parsed.items.map(
      (item) => `${item.id} ${item.status} ${item.owners.join(',')} ${item.due?.raw ?? ''}`,
    );
    expect(rows).toEqual(seed.items);
  });

  test('records as key actions the units, undertakings and dates its source gives one item', () => {
    const rows = parsed.items.flatMap((item) =>
      (item.actions ?? []).map(
        (a) => `${a.parent}>${a.id} ${a.status} ${a.owners.join(',')} ${a.due?.raw ?? ''}`,
      ),
    );
    expect(rows).toEqual('actions' in seed ? seed.actions : []);
  });

  test('has no problems', () => {
    expect(parsed.messages.filter(isError).map((m) => String(m))).toEqual([]);
  });
});

test('the sample audit follow-up says it is fictional and shows every part of the model', () => {
  const sample = seedPage('docs/evaluations/sample-audit-follow-up.md');
  expect(sample.page.title).toMatch(/^SAMPLE \(fictional\)/);
  expect(sample.messages.map((m) => String(m))).toEqual([]);
  expect(sample.items.every((item) => item.id.startsWith('sample-'))).toBe(true);
  expect(sample.items.map((item) => `${item.id} ${item.status} ${item.due?.raw ?? ''}`)).toEqual([
    'sample-r1 delayed 2026-09',
    'sample-r2 completed 2026-Q1',
    'sample-r3 delayed 2026-09',
    'sample-r4 cancelled ',
  ]);
  const actions = sample.items.flatMap((item) => item.actions ?? []);
  expect(actions.map((a) => a.status).sort()).toEqual(
    ['cancelled', 'completed', 'completed', 'not-started', 'ongoing', 'ongoing', 'planned'].sort(),
  );
  expect(actions.some((a) => a.body !== '')).toBe(true);
  expect(actions.some((a) => a.evidence?.some((e) => e.kind === 'path'))).toBe(true);
  expect(sample.items.map((item) => item.response)).toEqual([
    'accepted',
    'partially-accepted',
    'accepted',
    'not-accepted',
  ]);
});

test('the action plans hold ten and twelve actions, and the CEB pages eleven and nineteen decisions', () => {
  const counts = [KM_ACTION_PLAN_2017, ILO_POA_2019, CEB_2006_2, CEB_2004_1].map(
    (seed) => seedPage(seed.path).items.length,
  );
  expect(counts).toEqual([10, 12, 11, 19]);
});

test('the ILO plan has two, six and four actions in its three components', () => {
  const source = readFileSync(join(root, ILO_POA_2019.path), 'utf8');
  const components = source.split(/^## Component \d/m).slice(1);
  expect(components.map((text) => text.match(/^:::status\[/gm)?.length ?? 0)).toEqual([2, 6, 4]);
});
