// A faster parse of the same tree: plain prose paragraphs cut out before micromark reads the page.
// Most of a page's text is paragraphs of words, and micromark reads each of their characters three
// times (flow, content, text). A *plain line* starts with an ASCII letter and holds none of the
// characters that start or end inline syntax (`! & * < [ \ ] _ \` :`), no control character, no tab,
// and no space at its end. A *plain paragraph* is a run of plain lines with, on either side, a blank
// line, a directive's fence, an ATX heading or the page's start or end; a *plain block* is one or more
// of them with only blank lines between. Each block is replaced by the one-line paragraph `x`, the
// shortened page parsed, and each `x` replaced by the block's paragraphs (each one text, its source,
// line endings kept); every other node is moved back by whole lines. The front matter's YAML, when
// its fences are certain (`frontMatterSpan`), is cut to `x` likewise and put back as the node's value.
// Why the tree is micromark's: micromark reads a page line by line, and how it reads a line depends on
// what is open and on the line's indentation and first characters, never on the text of an open
// paragraph (no GFM tables here). A line starting with a letter at column 1 continues no quote or list
// item and starts no construct, so `x` and the block's first line are read alike; when `x` comes out a
// paragraph of its own (starting and ending at `x`) in the page or in a container directive (checked;
// otherwise the page is parsed whole), the block's first line starts one too, its other lines
// continue it (a letter interrupts nothing), a blank line ends it and leaves the same containers open
// for the next one, the line after the last ends it as it ended `x`, and it defines
// no link label and holds no inline syntax, so the rest of the page is read as before, moved by whole
// lines. A property test holds the result to micromark's own tree on arbitrary pages.
import type {Nodes, Paragraph, Root} from 'mdast';
import type {Point} from 'unist';
import {eachPlainRun, frontMatterSpan, type PlainRun} from './plain-lines.js';

/** Where a plain paragraph is in the page. */
interface Span {
  start: number;
  end: number;
  line: number;
  endLine: number;
  endColumn: number;
}

/** A plain block of the page (or the front matter's YAML), and where its `x` is in the shortened text. */
interface PlainBlock extends Span {
  paragraphs: Span[];
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
  /** The front matter's YAML, when cut (then the first block). */
  yaml?: PlainBlock;
}

/** Blocks shorter than this are left to micromark: the cut would save less than it costs. */
const MIN_BLOCK = 80;

function spanOf(run: PlainRun): Span {
  const endColumn = run.end - run.lastStart + 1;
  return {
    start: run.start,
    end: run.end,
    line: run.line,
    endLine: run.line + run.lines - 1,
    endColumn,
  };
}

/** The plain paragraphs of `value` in blocks: those with only blank lines between go together. */
function plainGroups(value: string, from: number): Span[][] {
  const groups: Span[][] = [];
  eachPlainRun(value, (run) => {
    if (run.start < from) return;
    const last = groups.at(-1);
    const previous = last?.at(-1);
    if (previous && /^[ \t\r\n]*$/.test(value.slice(previous.end, run.start)))
      last!.push(spanOf(run));
    else groups.push([spanOf(run)]);
  });
  return groups;
}

/** The page's plain blocks cut to `x`; `undefined` when it has none worth cutting (or a byte-order mark). */
export function cutPlainBlocks(value: string): PlainCut | undefined {
  if (value.charCodeAt(0) === 0xfeff) return undefined;
  const blocks: PlainBlock[] = [];
  const parts: string[] = [];
  let kept = 0;
  let lines = 0;
  let chars = 0;
  const cut = (span: Span, paragraphs: Span[]) => {
    parts.push(value.slice(kept, span.start), 'x');
    kept = span.end;
    const at = span.start - chars;
    lines += span.endLine - span.line;
    chars += span.end - span.start - 1;
    blocks.push({...span, paragraphs, at, lines, chars});
  };
  const front = frontMatterSpan(value);
  if (front) cut({...front, line: 2}, []);
  for (const group of plainGroups(value, front?.end ?? 0)) {
    const span = {...group[0]!, end: group.at(-1)!.end, endLine: group.at(-1)!.endLine};
    span.endColumn = group.at(-1)!.endColumn;
    if (span.end - span.start >= MIN_BLOCK) cut(span, group);
  }
  if (blocks.length === 0) return undefined;
  parts.push(value.slice(kept));
  return {text: parts.join(''), blocks, ...(front ? {yaml: blocks[0]} : {})};
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

function paragraphOf(value: string, span: Span): Paragraph {
  const start = (): Point => ({line: span.line, column: 1, offset: span.start});
  const end = (): Point => ({line: span.endLine, column: span.endColumn, offset: span.end});
  const text = value.slice(span.start, span.end);
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

/** Puts the front matter's YAML back; `false` when the tree's first node is not the `x` cut from it. */
function restoreYaml(tree: Root, value: string, yaml: PlainBlock): boolean {
  const [first] = tree.children;
  if (first?.type !== 'yaml' || first.value !== 'x' || first.position?.start.offset !== 0)
    return false;
  first.value = value.slice(yaml.start, yaml.end);
  return true;
}

/**
 * The page's tree from `tree`, the tree of `cut.text`: each `x` replaced by its block's paragraphs and
 * every other node moved back to its place; `undefined` when an `x` is not a paragraph of the page or
 * of container directives in it (the page must then be parsed whole).
 */
export function restorePlainBlocks(tree: Root, value: string, cut: PlainCut): Root | undefined {
  if (cut.yaml && !restoreYaml(tree, value, cut.yaml)) return undefined;
  const at = new Map(cut.blocks.filter((b) => b !== cut.yaml).map((block) => [block.at, block]));
  let restored = cut.yaml ? 1 : 0;
  // Each node with whether a plain paragraph may be in it: it and all above it take plain lines.
  const stack: [Nodes, boolean][] = [[tree, true]];
  while (stack.length > 0) {
    const [node, plain] = stack.pop()!;
    if (!('children' in node)) continue;
    const children: Nodes[] = [];
    for (const child of node.children as Nodes[]) {
      const block = at.get(child.position?.start.offset ?? -1);
      if (child.type === 'paragraph' && block) {
        if (!plain || !isPlaceholder(child, block)) return undefined;
        for (const span of block.paragraphs) children.push(paragraphOf(value, span));
        restored++;
        continue;
      }
      if (child.position) {
        const {start, end} = child.position;
        child.position = {start: pagePoint(start, cut.blocks), end: pagePoint(end, cut.blocks)};
      }
      children.push(child);
      stack.push([child, plain && takesPlainLines(child)]);
    }
    (node as {children: Nodes[]}).children = children;
  }
  if (restored !== cut.blocks.length) return undefined;
  if (tree.position) tree.position.end = pagePoint(tree.position.end, cut.blocks);
  return tree;
}
