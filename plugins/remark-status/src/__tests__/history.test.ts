import type {Root} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {VFile} from 'vfile';
import remarkStatus, {decodeCard, type HistoryEntry} from '../index.js';

const PAGE = ':::status[A]{#a-1 status=completed}\n:::\n\n:::status[B]{#b-1 status=ongoing}\n:::\n';

/** The plugin's elements for `value` compiled as `docs/plan.md`, the file on disk holding `onDisk`. */
function compile(
  value: string,
  onDisk: string,
  history?: (path: string) => Record<string, HistoryEntry[]> | undefined,
) {
  const root = mkdtempSync(join(tmpdir(), 'remark-history-'));
  mkdirSync(join(root, 'docs'));
  const path = join(root, 'docs', 'plan.md');
  writeFileSync(path, onDisk);
  const processor = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkStatus, {docsDir: join(root, 'docs'), cwd: root, report: false, history});
  const tree = processor.runSync(
    processor.parse(new VFile({path, value})),
    new VFile({path, value}),
  ) as Root;
  const blocks: MdxJsxFlowElement[] = [];
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    blocks.push(node);
  });
  return blocks;
}

function statusBlocks(history: (path: string) => Record<string, HistoryEntry[]> | undefined) {
  return compile(PAGE, PAGE, history);
}

function prop(node: MdxJsxFlowElement, name: string): unknown {
  const props = Object.fromEntries(
    node.attributes.map((a) => [(a as MdxJsxAttribute).name, (a as MdxJsxAttribute).value]),
  );
  return decodeCard(props)[name];
}

describe('history prop', () => {
  test("gives each card its own status changes with the statuses' labels", () => {
    const calls: string[] = [];
    const blocks = statusBlocks((path) => {
      calls.push(path);
      return {
        'a-1': [
          {date: '2019-01-02', commit: 'abc1234def', author: 'Focal Point', to: 'ongoing'},
          {
            date: '2019-06-30',
            commit: 'bcd2345efa',
            author: 'Focal Point',
            from: 'ongoing',
            to: 'completed',
          },
        ],
      };
    });
    expect(calls).toHaveLength(1);
    expect(prop(blocks[0], 'history')).toEqual([
      {
        date: '2019-01-02',
        commit: 'abc1234def',
        author: 'Focal Point',
        to: 'ongoing',
        toLabel: 'Ongoing',
      },
      {
        date: '2019-06-30',
        commit: 'bcd2345efa',
        author: 'Focal Point',
        from: 'ongoing',
        fromLabel: 'Ongoing',
        to: 'completed',
        toLabel: 'Completed',
      },
    ]);
    expect(prop(blocks[1], 'history')).toBeUndefined();
  });

  test('no history source, no prop', () => {
    const blocks = statusBlocks(() => undefined);
    expect(blocks.map((block) => prop(block, 'history'))).toEqual([undefined, undefined]);
  });
});

describe('reading the page once', () => {
  const cards = (value: string, onDisk: string) =>
    compile(value, onDisk).map((node) => [
      prop(node, 'id'),
      prop(node, 'title'),
      prop(node, 'status'),
    ]);

  test('the text the site read gives the same cards as a text read from the tree', () => {
    const edited = PAGE.replace('[B]', '[B edited]');
    expect(cards(PAGE, PAGE)).toEqual([
      ['a-1', 'A', 'completed'],
      ['b-1', 'B', 'ongoing'],
    ]);
    // A text the site has not read (an edit not saved yet, another loader's text) is read from the tree.
    expect(cards(edited, PAGE).map(([, title]) => title)).toEqual(['A', 'B edited']);
  });
});
