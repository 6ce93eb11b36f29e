// A faster parse of the same tree: plain prose paragraphs cut out before micromark reads the page.
// Most of a page's text is paragraphs of words, and micromark reads each of their characters three
// times (flow, content, text). A *plain line* starts with an ASCII letter and holds none of the
// characters that start or end inline syntax (`! & * < [ \ ] _ \` :`), no control character, no tab,
// and no space at its end. A *plain block* is a run of plain lines with, on either side, a blank line,
// a directive's fence, an ATX heading or the page's start or end. Each is replaced by the one-line
// paragraph `x`, the shortened page parsed, and each `x` replaced by the block's paragraph (its one
// text is the block's source, line endings kept); every other node is moved back by whole lines.
// Why the tree is micromark's: micromark reads a page line by line, and how it reads a line depends on
// what is open and on the line's indentation and first characters, never on the text of an open
// paragraph (no GFM tables here). A line starting with a letter at column 1 continues no quote or list
// item and starts no construct, so `x` and the block's first line are read alike; when `x` comes out a
// paragraph of its own (starting and ending at `x`) in the page or in a container directive (checked;
// otherwise the page is parsed whole), the block's first line starts one too, its other lines
// continue it (a letter interrupts nothing), the line after it ends it as it ended `x`, and it defines
// no link label and holds no inline syntax, so the rest of the page is read as before, moved by whole
// lines. A property test holds the result to micromark's own tree on arbitrary pages.
import type {Nodes, Paragraph, Root} from 'mdast';
import type {Point} from 'unist';
import {eachPlainRun} from './plain-lines.js';

/** A plain block of the page, and where its `x` is in the shortened text. */
interface PlainBlock {
  start: number;
  end: number;
  line: number;
  endLine: number;
  endColumn: number;
  /** Offset of its `x` in the shortened text. */
  at: number;
  /** Lines and characters the page has after it more than the shortened text. */
  lines: number;
  chars: number;
}

/** The page's text with its plain blocks cut to `x`, and the blocks. */
export interface PlainCut {
  text: string;
  blocks: PlainBlock[];
}

/** Blocks shorter than this are left to micromark: the cut would save less than it costs. */
const MIN_BLOCK = 80;

/** The page's plain blocks cut to `x`; `undefined` when it has none worth cutting (or a byte-order mark). */
export function cutPlainBlocks(value: string): PlainCut | undefined {
  if (value.charCodeAt(0) === 0xfeff) return undefined;
  const blocks: PlainBlock[] = [];
  const parts: string[] = [];
  let kept = 0;
  let lines = 0;
  let chars = 0;
  eachPlainRun(value, (run) => {
    if (run.end - run.start < MIN_BLOCK) return;
    parts.push(value.slice(kept, run.start), 'x');
    kept = run.end;
    const at = run.start - chars;
    lines += run.lines - 1;
    chars += run.end - run.start - 1;
    blocks.push({
      start: run.start,
      end: run.end,
      line: run.line,
      endLine: run.line + run.lines - 1,
      endColumn: run.end - run.lastStart + 1,
      at,
      lines,
      chars,
    });
  });
  if (blocks.length === 0) return undefined;
  parts.push(value.slice(kept));
  return {text: parts.join(''), blocks};
}

function isPlaceholder(node: Paragraph, block: PlainBlock): boolean {
  const [text, more] = node.children;
  return (
    more === undefined &&
    text?.type === 'text' &&
    text.value === 'x' &&
    node.position?.end.offset === block.at + 1
  );
}

function paragraphOf(value: string, block: PlainBlock): Paragraph {
  const start = (): Point => ({line: block.line, column: 1, offset: block.start});
  const end = (): Point => ({line: block.endLine, column: block.endColumn, offset: block.end});
  const text = value.slice(block.start, block.end);
  return {
    type: 'paragraph',
    children: [{type: 'text', value: text, position: {start: start(), end: end()}}],
    position: {start: start(), end: end()},
  };
}

/** The last block whose `x` is before `offset` in the shortened text. */
function blockBefore(blocks: readonly PlainBlock[], offset: number): PlainBlock | undefined {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (blocks[middle]!.at < offset) low = middle + 1;
    else high = middle;
  }
  return blocks[low - 1];
}

/** Where a point of the shortened text is in the page. */
function pagePoint(point: Point, blocks: readonly PlainBlock[]): Point {
  const offset = point.offset ?? 0;
  const block = blockBefore(blocks, offset);
  if (!block) return {line: point.line, column: point.column, offset};
  // Right after an `x`: the end of its block's last line.
  if (offset === block.at + 1)
    return {line: block.endLine, column: block.endColumn, offset: block.end};
  return {line: point.line + block.lines, column: point.column, offset: offset + block.chars};
}

/** Nodes a plain block's paragraph may be in: micromark reads their lines at column 1 as the page's. */
function takesPlainLines(node: Nodes): boolean {
  return node.type === 'root' || node.type === 'containerDirective';
}

/**
 * The page's tree from `tree`, the tree of `cut.text`: each `x` replaced by its block's paragraph and
 * every other node moved back to its place; `undefined` when an `x` is not a paragraph of the page or
 * of a container directive (the page must then be parsed whole).
 */
export function restorePlainBlocks(tree: Root, value: string, cut: PlainCut): Root | undefined {
  const at = new Map(cut.blocks.map((block) => [block.at, block]));
  let restored = 0;
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!('children' in node)) continue;
    const children = node.children as Nodes[];
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!;
      const block = at.get(child.position?.start.offset ?? -1);
      if (child.type === 'paragraph' && block) {
        if (!takesPlainLines(node) || !isPlaceholder(child, block)) return undefined;
        children[index] = paragraphOf(value, block);
        restored++;
        continue;
      }
      if (child.position) {
        const {start, end} = child.position;
        child.position = {start: pagePoint(start, cut.blocks), end: pagePoint(end, cut.blocks)};
      }
      stack.push(child);
    }
  }
  if (restored !== cut.blocks.length) return undefined;
  if (tree.position) tree.position.end = pagePoint(tree.position.end, cut.blocks);
  return tree;
}
