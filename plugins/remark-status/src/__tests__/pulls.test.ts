import {formatMessage} from '@kmportal/model';
import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {VFile} from 'vfile';
import remarkStatus, {decodeCard, type RemarkStatusOptions} from '../index.js';
import {createSiteSource} from '../site-cache.js';

const evaluation = [
  '---',
  'title: Evaluation 2017',
  'type: evaluation',
  '---',
  ':::status[Strengthen statistics]{#eval-2017-r3 status=delayed owner="OES" due=2019-H1 sdg=11.2}',
  'Body text that a pull never carries.',
  ':::',
  '',
  ':::status[Close the office]{#eval-2017-r4 status=completed owner=PMU due=2018}',
  ':::',
  '',
].join('\n');

const plan = [
  '# Plan',
  '',
  '::status-ref{id=eval-2017-r3}',
  '',
  '::status-table[Open work]{status="ongoing,delayed" sdg=11}',
  '',
  '::status-table{owner=SD}',
  '',
].join('\n');

function writeSite(pages: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'remark-pulls-'));
  mkdirSync(join(root, 'docs'));
  writeFileSync(
    join(root, 'docs', 'units.yml'),
    '- code: OES\n  name: Office\n- code: PMU\n  name: PMU\n- code: SD\n  name: Statistics\n',
  );
  writeFileSync(
    join(root, 'docs', 'nexus.yml'),
    '- slug: cities\n  title: Cities\n  description: C.\n',
  );
  for (const [name, text] of Object.entries(pages)) writeFileSync(join(root, 'docs', name), text);
  return root;
}

/** Runs the plugin over one page of the site, as Docusaurus would, and returns its MDX elements. */
function run(root: string, name: string, options: Partial<RemarkStatusOptions> = {}) {
  const path = join(root, 'docs', name);
  const file = new VFile({path, value: readFileSync(path, 'utf8')});
  const processor = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkStatus, {docsDir: join(root, 'docs'), cwd: root, today: '2020-01-01', ...options});
  const tree = processor.runSync(processor.parse(file), file) as Root;
  const elements: {name: string; props: Record<string, unknown>}[] = [];
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    const props = Object.fromEntries(
      node.attributes.map((a) => {
        if (a.type !== 'mdxJsxAttribute') throw new Error('unexpected spread');
        const value = a.value;
        return [a.name, typeof value === 'string' ? value : JSON.parse(String(value?.value))];
      }),
    );
    elements.push({name: node.name ?? '', props: decodeCard(props)});
  });
  return {elements, messages: file.messages.map(formatMessage)};
}

describe('remarkStatus pulls', () => {
  const root = writeSite({'eval.md': evaluation, 'plan.md': plan});

  test('a ref becomes <StatusRef> with the item’s fields and home, not its body', () => {
    const [ref] = run(root, 'plan.md').elements;
    expect(ref).toEqual({
      name: 'StatusRef',
      props: {
        id: 'eval-2017-r3',
        item: {
          id: 'eval-2017-r3',
          title: 'Strengthen statistics',
          status: {value: 'delayed', label: 'Delayed', color: '#c62828'},
          owners: [{code: 'OES', name: 'Office'}],
          due: {raw: '2019-H1', kind: 'half', start: '2019-01-01', end: '2019-06-30'},
          href: '/docs/eval#eval-2017-r3',
          page: {title: 'Evaluation 2017', permalink: '/docs/eval'},
        },
      },
    });
  });

  test('a table becomes <StatusTable> with its caption, its filter in parts and the matching items', () => {
    const [, table, empty] = run(root, 'plan.md').elements;
    expect(table.name).toBe('StatusTable');
    expect(table.props.caption).toBe('Open work');
    expect(table.props.filter).toEqual([
      {
        key: 'status',
        values: [
          {value: 'ongoing', label: 'Ongoing'},
          {value: 'delayed', label: 'Delayed'},
        ],
      },
      {key: 'sdg', values: [{value: '11', label: '11'}]},
    ]);
    expect((table.props.items as {id: string}[]).map((i) => i.id)).toEqual(['eval-2017-r3']);
    expect(empty.props).toEqual({
      filter: [{key: 'owner', values: [{value: 'SD', label: 'Statistics'}]}],
      items: [],
    });
  });

  test('a status block lists the pages that pull it', () => {
    const blocks = run(root, 'eval.md').elements;
    expect(blocks.map((b) => [b.props.id, b.props.pulledBy])).toEqual([
      ['eval-2017-r3', [{title: 'Plan', permalink: '/docs/plan'}]],
      ['eval-2017-r4', undefined],
    ]);
  });

  test('an unknown id is reported at the id with the closest one, and renders a notice', () => {
    const site = writeSite({
      'eval.md': evaluation,
      'p.md': '# P\n\n::status-ref{id=eval-2017-r9}\n',
    });
    const {elements, messages} = run(site, 'p.md');
    expect(elements).toEqual([{name: 'StatusRef', props: {id: 'eval-2017-r9'}}]);
    expect(messages).toEqual([
      `${join(site, 'docs', 'p.md')}:3:17: Unknown id \`eval-2017-r9\` in \`::status-ref\`: no status block on the site has this id. Did you mean \`eval-2017-r3\`?`,
    ]);
    expect(run(site, 'p.md', {report: false}).messages).toEqual([]);
  });

  test('routeBasePath shapes the links', () => {
    const [ref] = run(root, 'plan.md', {routeBasePath: 'kb'}).elements;
    expect((ref.props.item as {href: string}).href).toBe('/kb/eval#eval-2017-r3');
  });
});

describe('createSiteSource', () => {
  test('reads the site again when the page being compiled changed, or after the recheck delay', () => {
    const root = writeSite({'a.md': ':::status[A]{#a status=ongoing}\n:::\n'});
    const options = {docsDir: join(root, 'docs'), cwd: root};
    const trusting = createSiteSource(options, 60_000);
    const first = trusting();
    writeFileSync(join(root, 'docs', 'b.md'), ':::status[B]{#b status=planned}\n:::\n');
    expect(trusting()).toBe(first);
    const eager = createSiteSource(options, 0);
    expect(eager().items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(trusting(join(root, 'docs', 'b.md')).items.map((i) => i.id)).toEqual(['a', 'b']);
  });
});
