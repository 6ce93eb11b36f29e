import {deriveStatus, withActions} from '../derive.js';
import {formatMessage} from '../diagnostics.js';
import {createMatcher} from '../query.js';
import {loadSite} from '../site.js';
import {loadSiteAsync} from '../site-async.js';
import {writeSite} from './write-site.js';

const followUp = [
  ':::status[Recommendation]{#r1 response=accepted}',
  '::action[With evidence]{#r1-a1 status=completed evidence="../reports/done.md reports-missing.md https://example.org/x ../reports/done.md#part /docs/other"}',
  '::action[Open]{#r1-a2 status=ongoing due=2030}',
  ':::',
  '',
].join('\n');

const other = [
  ':::status[Other]{#r2 status=ongoing}',
  '::action[Id taken on another page]{#r1-a2 status=ongoing}',
  ':::',
  '',
  '::status-table{parent=r1}',
  '',
  '::status-table{parent="r2 r11"}',
  '',
  '::status-ref{id=r1-a1}',
  '',
].join('\n');

describe('key actions across a site', () => {
  const docsDir = writeSite({
    'plans/follow-up.md': followUp,
    'plans/other.md': other,
    'reports/done.md': '# Done\n',
    'units.yml': '- code: OES\n  name: Office of the Executive Secretary\n',
    'nexus.yml': '[]\n',
  });
  const site = loadSite({docsDir, cwd: docsDir});

  test('unresolved evidence paths, duplicate action ids across pages and unknown table parents are errors at their place', () => {
    expect(site.messages.map(formatMessage)).toMatchInlineSnapshot(`
     [
       "plans/follow-up.md:2:78: Evidence \`reports-missing.md\` of key action \`r1-a1\` does not resolve: no file \`plans/reports-missing.md\`. Expected a path relative to this page (\`../reports/x.md\`) or a URL (\`https://…\`); fix the path or add the file.",
       "plans/other.md:2:1: Duplicate id \`r1-a2\`: also used at plans/follow-up.md:3:1. Ids must be unique across the site; rename one of them.",
       "plans/other.md:7:24: Unknown parent \`r11\` in \`::status-table\`: no status block with key actions has this id. Did you mean \`r1\`?",
     ]
    `);
  });

  test('site items are recommendations; withActions lists every action once, after its recommendation', () => {
    expect(site.items.map((item) => item.id)).toEqual(['r1', 'r2']);
    expect(withActions(site.items).map((item) => `${item.parent ?? '-'}>${item.id}`)).toEqual([
      '->r1',
      'r1>r1-a1',
      'r1>r1-a2',
      '->r2',
      'r2>r1-a2',
    ]);
  });

  test('a table with `parent` lists the actions of that recommendation; a ref may show an action', () => {
    const match = createMatcher(site.pages);
    expect(match(site.items, {parent: ['r1']}).map((item) => item.id)).toEqual(['r1-a1', 'r1-a2']);
    expect(match(site.items, {status: ['ongoing']}).map((item) => item.id)).toEqual(['r1', 'r2']);
    expect(match(site.items, {parent: ['r1'], status: ['ongoing']}).map((item) => item.id)).toEqual(
      ['r1-a2'],
    );
    expect(site.backlinks.get('r1-a1')?.map((link) => link.path)).toEqual(['plans/other.md']);
  });

  test('worker threads give the same actions and messages', async () => {
    const parallel = await loadSiteAsync({docsDir, cwd: docsDir}, {minPages: 0, workers: 1});
    expect(parallel.messages.map(formatMessage)).toEqual(site.messages.map(formatMessage));
    expect(withActions(parallel.items)).toEqual(withActions(site.items));
  });
});

describe('deriveStatus', () => {
  const closed = (status: string) => ['completed', 'continuing', 'cancelled'].includes(status);
  const of = (...statuses: string[]) => statuses.map((status) => ({status}));
  test.each([
    [of('completed', 'continuing'), 'completed'],
    [of('completed', 'cancelled'), 'completed'],
    [of('cancelled'), 'cancelled'],
    [of('completed', 'ongoing'), 'ongoing'],
    [of('ongoing', 'delayed'), 'delayed'],
    [of('not-started', 'not-started'), 'not-started'],
    [of('planned', 'not-started'), 'planned'],
    [of('cancelled', 'not-started'), 'not-started'],
    [of('completed', 'planned'), 'ongoing'],
    [[], undefined],
  ])('%j gives %s', (actions, expected) => {
    expect(deriveStatus(actions, '2019-06-30', closed)).toBe(expected);
  });

  test('an open action past due on the reference day makes the recommendation delayed', () => {
    const due = {raw: '2019-03', kind: 'month' as const, start: '2019-03-01', end: '2019-03-31'};
    expect(deriveStatus([{status: 'ongoing', due}], '2019-04-01', closed)).toBe('delayed');
    expect(deriveStatus([{status: 'ongoing', due}], '2019-03-31', closed)).toBe('ongoing');
    expect(deriveStatus([{status: 'completed', due}], '2020-01-01', closed)).toBe('completed');
  });
});
