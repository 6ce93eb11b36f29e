import type {ContainerDirective} from 'mdast-util-directive';
import type {Nodes, Root} from 'mdast';
import type {VFile} from 'vfile';
import {fail, type Block} from './block.js';
import {code} from './diagnostics.js';
import {sourceDigest} from './digest.js';
import {buildItem, type ExtractContext} from './item-build.js';
import {scanOpening} from './opening.js';
import {isActionDirective} from './actions.js';
import {
  reportMalformedOpenings,
  reportOtherDirectives,
  reportHiddenByHtml,
  reportUnclosedFences,
} from './page-checks.js';
import {spanOf, splitLines} from './text.js';
import {walkTree} from './walk.js';
import type {ParsedPage, Point, StatusItem} from './types.js';
import {STATUS_DIRECTIVE} from './vocabulary.js';

export type {ExtractContext};

const FENCE = /^(?:[ \t]*>)*[ \t]*:{3,}[ \t]*$/;

/** A container is closed when its last line is a fence of its own, not its last child's. */
export function isClosed(node: ContainerDirective, lines: string[]): boolean {
  const end = node.position?.end.line ?? 0;
  const last = node.children.at(-1)?.position?.end.line ?? node.position?.start.line ?? 0;
  return end > last && FENCE.test(lines[end - 1] ?? '');
}

/** Reports a key action that stands outside any status block. */
function reportStrayAction(node: Nodes, file: VFile): void {
  const written = node.type === 'leafDirective' ? '::action' : ':::action';
  fail(
    {node: node as ContainerDirective, file, lines: [], scan: undefined, start: spanOf(node).start},
    `\`${written}\` outside a status block, expected key actions inside \`:::status[…]{…}\` … \`:::\`: move it into the block of its recommendation.`,
    'action-outside-block',
  );
}

function isStatusContainer(node: unknown): node is ContainerDirective {
  const n = node as ContainerDirective;
  return n.type === 'containerDirective' && n.name === STATUS_DIRECTIVE;
}

/** A status block's node in the tree, with the item read from it. */
export interface StatusBlockNode {
  node: ContainerDirective;
  item: StatusItem;
}

/** Extracts the status items of a parsed page, reporting every problem on `file`. */
export function extractStatusItems(tree: Root, file: VFile, context: ExtractContext): StatusItem[] {
  return extractStatusBlocks(tree, file, context).map((block) => block.item);
}

/** Like `extractStatusItems`, keeping each item's node (for transformers), in document order. */
export function extractStatusBlocks(
  tree: Root,
  file: VFile,
  context: ExtractContext,
): StatusBlockNode[] {
  const lines = splitLines(String(file.value));
  const seen = context.seen ?? new Map<string, Point>();
  const items: StatusBlockNode[] = [];
  walkTree(tree, (node, ancestors) => {
    reportOtherDirectives(node as Nodes, file);
    if (isActionDirective(node) && !ancestors.some(isStatusContainer)) {
      reportStrayAction(node as Nodes, file);
    }
    if (!isStatusContainer(node)) return;
    const start = spanOf(node).start;
    const scan = scanOpening(lines[start.line - 1] ?? '');
    const block: Block = {
      node,
      file,
      lines,
      scan,
      start: scan ? {line: start.line, column: scan.column} : start,
    };
    if (ancestors.some(isStatusContainer)) {
      const outer = ancestors.findLast(isStatusContainer)!;
      fail(
        block,
        `Status block nested in the status block opened at line ${spanOf(outer).start.line}, expected blocks one after another: close the outer block with \`:::\` before opening this one.`,
        'nested-block',
      );
    }
    if (!isClosed(node, lines)) {
      const id = node.attributes?.id ? ` ${code(node.attributes.id)}` : '';
      fail(
        block,
        `Status block${id} is never closed, expected a line \`:::\` after its body.`,
        'unclosed-block',
      );
    }
    items.push({node, item: buildItem(block, context, seen)});
  });
  reportMalformedOpenings(tree, file, lines);
  reportUnclosedFences(tree, file, lines);
  reportHiddenByHtml(tree, file, lines);
  return items;
}

/**
 * The status blocks of `tree` paired with the items of an earlier parse of the same page, in document
 * order, or `undefined` when they may differ: the parse read another text (`digest`), or the tree has
 * another number of blocks or a block on another line (a parser with other syntax, e.g. MDX). A transformer
 * given the page's text again then needs no second read of its items.
 */
export function pairStatusBlocks(
  tree: Root,
  source: string,
  parsed: Pick<ParsedPage, 'items' | 'digest'>,
): StatusBlockNode[] | undefined {
  if (parsed.digest === undefined || parsed.digest !== sourceDigest(source)) return undefined;
  const nodes: ContainerDirective[] = [];
  walkTree(tree, (node) => {
    if (isStatusContainer(node)) nodes.push(node);
  });
  // A salvaged item has no node: its opening is a paragraph of the tree.
  const items = parsed.items.filter((item) => !item.salvaged);
  if (nodes.length !== items.length) return undefined;
  const paired = nodes.map((node, index) => ({node, item: items[index]!}));
  const same = paired.every(
    ({node, item}) => node.position?.start.line === item.position.start.line,
  );
  return same ? paired : undefined;
}
