import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {VFile} from 'vfile';
import {loadSite, pairStatusBlocks, parseMarkdown, sourceDigest} from '../index';

const PAGE = [
  '---',
  'title: Plan',
  '---',
  '',
  ':::status[First]{#p-1 status=ongoing owner=OES}',
  'Notes.',
  ':::',
  '',
  '```md',
  ':::status[An example, not an item]{#x-1 status=planned}',
  ':::',
  '```',
  '',
  ':::status[Second]{#p-2 status=planned}',
  ':::',
].join('\n');

function siteWith(value: string) {
  const docsDir = mkdtempSync(join(tmpdir(), 'pair-'));
  writeFileSync(join(docsDir, 'plan.md'), value);
  return loadSite({docsDir, cwd: docsDir}).pages[0]!;
}

const treeOf = (value: string) => parseMarkdown(new VFile({path: 'plan.md', value}));

describe('pairStatusBlocks', () => {
  test('pairs each block of a tree of the same text with the site’s item, in order', () => {
    const parsed = siteWith(PAGE);
    expect(parsed.digest).toBe(sourceDigest(PAGE));
    const paired = pairStatusBlocks(treeOf(PAGE), PAGE, parsed)!;
    expect(paired.map(({item}) => item.id)).toEqual(['p-1', 'p-2']);
    expect(paired.map(({node}) => node.position!.start.line)).toEqual([5, 14]);
    expect(paired[0]!.item).toBe(parsed.items[0]);
  });

  test('refuses another text, another block count or blocks on other lines', () => {
    const parsed = siteWith(PAGE);
    const edited = PAGE.replace('First', 'Primero');
    expect(pairStatusBlocks(treeOf(edited), edited, parsed)).toBeUndefined();
    // The same text parsed another way (here: one block dropped from the tree).
    const tree = treeOf(PAGE);
    tree.children = tree.children.filter((node) => node.position!.start.line !== 14);
    expect(pairStatusBlocks(tree, PAGE, parsed)).toBeUndefined();
    // Same count, another line.
    const moved = treeOf(PAGE);
    moved.children.find((node) => node.position!.start.line === 14)!.position!.start.line = 13;
    expect(pairStatusBlocks(moved, PAGE, parsed)).toBeUndefined();
    expect(pairStatusBlocks(treeOf(PAGE), PAGE, {...parsed, digest: undefined})).toBeUndefined();
  });
});
