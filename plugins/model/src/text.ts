import type {Nodes, Root, RootContent} from 'mdast';
import type {Span} from './types.js';

let lastValue: string | undefined;
let lastLines: string[] = [];

/**
 * Splits a file into lines, whatever its line endings. The last text's lines are kept (the checks of
 * one page ask for them several times, once per block when the page is checked block by block); the
 * array is shared, so callers must not change it.
 */
export function splitLines(value: string): string[] {
  if (value === lastValue) return lastLines;
  // micromark drops a leading byte-order mark, so columns on line 1 start after it.
  lastLines = value.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lastValue = value;
  return lastLines;
}

/** Roots made to read one top-level block of a page alone (`blockRoot`). */
const blockRoots = new WeakSet<Root>();

/** A root holding only `node`, a top-level block of a page: the page's checks then read that block alone. */
export function blockRoot(node: RootContent): Root {
  const root: Root = {type: 'root', children: [node]};
  blockRoots.add(root);
  return root;
}

/**
 * The 1-based lines of a page that checks reading line by line scan for `tree`: every line of the page,
 * or those of the block of a `blockRoot` (lines between top-level blocks are blank, so together the
 * blocks' lines give the page's findings).
 */
export function linesOfTree(tree: Root, lines: readonly string[]): {from: number; to: number} {
  const span = blockRoots.has(tree) ? tree.children[0]?.position : undefined;
  return span ? {from: span.start.line, to: span.end.line} : {from: 1, to: lines.length};
}

/** The text node offsets count in: micromark drops a leading byte-order mark before counting. */
export function withoutBom(source: string): string {
  return source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
}

/** The source text covered by a run of sibling nodes. */
export function sliceSource(source: string, nodes: RootContent[]): string {
  const start = nodes[0]?.position?.start.offset;
  const end = nodes.at(-1)?.position?.end.offset;
  if (start === undefined || end === undefined) return '';
  return withoutBom(source).slice(start, end).replace(/\r\n?/g, '\n');
}

const BLOCKS = new Set([
  'paragraph',
  'heading',
  'list',
  'listItem',
  'blockquote',
  'code',
  'table',
  'tableRow',
  'containerDirective',
  'leafDirective',
  'html',
  'thematicBreak',
]);

/**
 * Plain text of nodes, for search and exports: blocks on their own lines, and text directives
 * (remark-directive's reading of `a:b` in prose) given back as written.
 */
export function plainText(nodes: Nodes[], source: string): string {
  const parts: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'textDirective' && node.position) {
      parts.push(withoutBom(source).slice(node.position.start.offset, node.position.end.offset));
      return;
    }
    if (
      'value' in node &&
      typeof node.value === 'string' &&
      node.type !== 'yaml' &&
      node.type !== 'html'
    ) {
      parts.push(node.value);
    } else if (node.type === 'break') parts.push('\n');
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
    if (BLOCKS.has(node.type) || node.type === 'tableCell')
      parts.push(node.type === 'tableCell' ? ' ' : '\n');
  };
  nodes.forEach(walk);
  return trimLineEnds(parts.join('').replace(/\r\n?/g, '\n'))
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/**
 * Each line of `text` without its trailing spaces and tabs, in linear time (the regex `/[ \t]+\n/g` it
 * replaces took time quadratic in a run of spaces not followed by a line end: 366 s for 256 KiB).
 */
export function trimLineEnds(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let end = line.length;
      while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
      return end === line.length ? line : line.slice(0, end);
    })
    .join('\n');
}

/** The span of a node, or the start of the file. */
export function spanOf(node: {position?: Span}): Span {
  return (
    node.position ?? {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
  );
}
