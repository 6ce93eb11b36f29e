import fc from 'fast-check';
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {loadModelConfig} from '../config.js';
import {formatMessage} from '../diagnostics.js';
import {parsePage} from '../parse.js';
import {matchItems} from '../query.js';
import {loadSite} from '../site.js';
import type {ItemFilter, ParsedPage} from '../types.js';

const registry = join(__dirname, '..', '..', 'test', 'registry');
const {config} = loadModelConfig({docsDir: registry});

/** A docs folder in a temporary directory, with the test registries; returns the site's root. */
function writeSite(pages: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kb-pulls-'));
  const docs = join(root, 'docs');
  mkdirSync(docs);
  writeFileSync(join(docs, 'units.yml'), '- code: OES\n  name: Office\n- code: PMU\n  name: PMU\n');
  writeFileSync(
    join(docs, 'nexus.yml'),
    '- slug: smart-cities\n  title: Cities\n  description: C.\n',
  );
  for (const [name, text] of Object.entries(pages)) {
    mkdirSync(dirname(join(docs, name)), {recursive: true});
    writeFileSync(join(docs, name), text);
  }
  return root;
}

function load(pages: Record<string, string>) {
  const cwd = writeSite(pages);
  return loadSite({docsDir: join(cwd, 'docs'), cwd});
}

const evaluation = [
  '---',
  'type: evaluation',
  '---',
  '# Evaluation 2017',
  '',
  ':::status[Strengthen statistics]{#eval-2017-r3 status=ongoing owner="OES,PMU" due=2019-H1 sdg=11.2}',
  ':::',
  '',
  ':::status[Close the office]{#eval-2017-r4 status=completed owner=PMU due=2018}',
  ':::',
  '',
].join('\n');

describe('pulls across a site', () => {
  test('a ref to an unknown id is an error at the id, with the closest id', () => {
    const site = load({
      'eval.md': evaluation,
      'plan.md': '# Plan\n\nSee:\n\n::status-ref{id=eval-2017-r5}\n\n::status-ref{id=zzz}\n',
    });
    expect(site.messages.map(formatMessage)).toMatchInlineSnapshot(`
     [
       "docs/plan.md:5:17: Unknown id \`eval-2017-r5\` in \`::status-ref\`: no status block on the site has this id. Did you mean \`eval-2017-r3\`?",
       "docs/plan.md:7:17: Unknown id \`zzz\` in \`::status-ref\`: no status block on the site has this id. Check the id on the item’s page: it is the \`#id\` of its \`:::status\` block.",
     ]
    `);
  });

  test('a ref to a known id and a table matching nothing are not problems', () => {
    const site = load({
      'eval.md': evaluation,
      'plan.md': '# Plan\n\n::status-ref{id=eval-2017-r3}\n\n::status-table{status=delayed}\n',
    });
    expect(site.messages.map(formatMessage)).toEqual([]);
    expect(site.pages[1].pulls.map((p) => p.kind)).toEqual(['status-ref', 'status-table']);
  });

  test('each item lists the other pages that pull it, by ref or table, once each', () => {
    const site = load({
      'eval.md': `${evaluation}\n::status-table{owner=PMU}\n`,
      'plans/a.md':
        '---\ntitle: Plan A\n---\n::status-ref{id=eval-2017-r3}\n::status-ref{id=eval-2017-r3}\n',
      'plans/b.md': '# Plan B\n\n::status-table{status="ongoing,completed" owner=PMU}\n',
      'plans/c.md': '# Plan C\n\n::status-table{status=delayed}\n',
    });
    const links = (id: string) => site.backlinks.get(id)?.map((l) => [l.title, l.permalink]);
    expect(links('eval-2017-r3')).toEqual([
      ['Plan A', '/docs/plans/a'],
      ['Plan B', '/docs/plans/b'],
    ]);
    expect(links('eval-2017-r4')).toEqual([['Plan B', '/docs/plans/b']]);
  });

  test('the same problems reach `kb check` and the build, since both read `loadSite`', () => {
    const site = load({'a.md': '::status-table{staus=ongoing}\n'});
    expect(site.messages.map((m) => m.ruleId)).toEqual(['unknown-attribute']);
  });
});

function page(path: string, text: string): ParsedPage {
  return parsePage({path, value: text}, config);
}

describe('matchItems', () => {
  const pages = [
    page(
      'plan.md',
      [
        '---',
        'type: action-plan',
        '---',
        ':::status[A]{#a status=ongoing owner="OES,PMU" sdg=11.2 nexus=smart-cities due=2019-03-31}',
        ':::',
        ':::status[B]{#b status=delayed owner=SD sdg=11 due=2019-H2}',
        ':::',
        ':::status[C]{#c status=completed owner=OES sdg="6.a" due=2017}',
        ':::',
        ':::status[D]{#d status=planned due=tbc}',
        ':::',
      ].join('\n'),
    ),
    page(
      'eval.md',
      '---\ntype: evaluation\n---\n:::status[E]{#e status=ongoing owner=PMU sdg=11.3}\n:::\n',
    ),
  ];
  const items = pages.flatMap((p) => p.items);
  const ids = (filter: ItemFilter) =>
    matchItems(items, pages, filter, {config, today: '2019-12-31'}).map((i) => i.id);

  test('combines attributes with AND and values within one with OR', () => {
    expect(ids({status: ['ongoing', 'delayed']})).toEqual(['a', 'b', 'e']);
    expect(ids({status: ['ongoing', 'delayed'], owner: ['PMU']})).toEqual(['a', 'e']);
    expect(ids({status: ['ongoing'], owner: ['PMU'], type: ['action-plan']})).toEqual(['a']);
  });

  test('matches any of an item’s owners, and the type of its page', () => {
    expect(ids({owner: ['OES']})).toEqual(['a', 'c']);
    expect(ids({type: ['evaluation']})).toEqual(['e']);
  });

  test('a goal matches items tagged with it or any of its targets; a target only itself', () => {
    expect(ids({sdg: ['11']})).toEqual(['a', 'b', 'e']);
    expect(ids({sdg: ['11.2']})).toEqual(['a']);
    expect(ids({sdg: ['6']})).toEqual(['c']);
  });

  test('due: overdue skips closed items, a period holds due dates ending in it, tbc', () => {
    expect(ids({due: ['overdue']})).toEqual(['a']);
    expect(ids({due: ['2019-H1']})).toEqual(['a']);
    expect(ids({due: ['2019']})).toEqual(['a', 'b']);
    expect(ids({due: ['tbc']})).toEqual(['d']);
  });

  test('an unknown value matches nothing, an empty filter everything', () => {
    expect(ids({status: ['ongoign']})).toEqual([]);
    expect(ids({})).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  test('AND is the intersection of single-attribute results, OR their union', () => {
    const statuses = fc.subarray(['ongoing', 'delayed', 'completed', 'planned']);
    const owners = fc.subarray(['OES', 'PMU', 'SD']);
    fc.assert(
      fc.property(statuses, owners, (status, owner) => {
        const both = ids({status, owner});
        const byOwner = new Set(ids({owner}));
        expect(both).toEqual(ids({status}).filter((id) => byOwner.has(id)));
        const union = new Set(status.flatMap((s) => ids({status: [s]})));
        expect(ids({status})).toEqual(items.map((i) => i.id).filter((id) => union.has(id)));
      }),
    );
  });
});
