// Re-parsing only the blocks an edit touched. micromark reads a document from the top, line by line;
// where a top-level block starts after a blank line, nothing is open, so what follows depends only on the
// text from there on (unless the block above is a list or indented code, which reach past blank lines).
// An edit is re-parsed from the start of the block it touches (back to one after a blank line: the text
// above it is unchanged, blank line included) to the end of the first block after it that follows a
// blank line; when that block still
// starts a top-level block in the new text, every block from it on is the old one, moved by the edit.
// Anything else (link definitions, which are page-wide, a byte-order mark, front matter read out of
// place, a block swallowed by the edit) is parsed again in full. A property test holds it to a full parse.
import type {Nodes, Root, RootContent} from 'mdast';
import type {Point} from 'unist';
import type {BlockCache} from './page-blocks.js';

/** A page's text with the syntax tree parsed from it, kept to re-parse the next text incrementally. */
export interface PageSyntax {
  value: string;
  tree: Root;
  /** Whether the tree has link definitions (found when first needed). */
  definitions?: boolean;
  /** The page's checks of that text by block, to check again only the blocks an edit changed. */
  blocks?: BlockCache;
}

/** Where two texts differ: `[start, oldEnd)` of the old text became `[start, newEnd)` of the new one. */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

const RUN = 256;

/** The one span that differs between `old` and `value` (their common prefix and suffix kept). */
export function changedRange(old: string, value: string): TextChange {
  const shorter = Math.min(old.length, value.length);
  let start = 0;
  // Whole runs compared natively first: a character loop over a 50 kB page took milliseconds.
  while (
    start + RUN <= shorter &&
    old.slice(start, start + RUN) === value.slice(start, start + RUN)
  )
    start += RUN;
  while (start < shorter && old.charCodeAt(start) === value.charCodeAt(start)) start++;
  let end = 0;
  const room = shorter - start;
  while (
    end + RUN <= room &&
    old.slice(old.length - end - RUN, old.length - end) ===
      value.slice(value.length - end - RUN, value.length - end)
  )
    end += RUN;
  while (
    end < shorter - start &&
    old.charCodeAt(old.length - 1 - end) === value.charCodeAt(value.length - 1 - end)
  )
    end++;
  return {start, oldEnd: old.length - end, newEnd: value.length - end};
}

function startOf(node: RootContent): number {
  return node.position!.start.offset!;
}

/** Index of the last node starting at or before `offset` (-1 if none); nodes are in document order. */
function lastStartingBy(nodes: readonly RootContent[], offset: number): number {
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (startOf(nodes[middle]!) <= offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** Index of the first node ending at or after `offset` (`nodes.length` if none). */
function firstEndingFrom(nodes: readonly RootContent[], offset: number): number {
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (nodes[middle]!.position!.end.offset! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function lineStart(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

/** Whether the line before the one starting at `offset` is blank. */
function blankBefore(text: string, offset: number): boolean {
  const end = offset - (text[offset - 1] === '\n' && text[offset - 2] === '\r' ? 2 : 1);
  return /^[ \t]*$/.test(text.slice(lineStart(text, end), end));
}

function hasType(nodes: readonly Nodes[], type: string): boolean {
  return nodes.some(
    (node) => node.type === type || ('children' in node && hasType(node.children, type)),
  );
}

/**
 * Whether a page opens with `---` that is not front matter: micromark then reads the whole page in
 * another way (block quotes and lists as paragraphs), so no part of it can be read alone.
 */
function unreadFrontMatter(text: string, children: readonly RootContent[]): boolean {
  return text.startsWith('---') && children[0]?.type !== 'yaml';
}

/**
 * Whether a block may bear on how the line after a blank line below it is read: a list (its items go on
 * after blank lines) or indented code (micromark reads the next line as if it interrupted something).
 */
function reachesPastBlank(node: RootContent | undefined, text: string, shift = 0): boolean {
  if (node?.type === 'list') return true;
  if (node?.type !== 'code') return false;
  const start = startOf(node) + shift;
  const from = lineStart(text, start);
  return !/^ {0,3}(?:`{3,}|~{3,})/.test(text.slice(from, from + 64));
}

/** The first block of the window: the edited block, back to one after a blank line. */
function windowStart(previous: PageSyntax, at: number): {index: number; offset: number} {
  const children = previous.tree.children;
  let index = lastStartingBy(children, at);
  while (
    index > 0 &&
    (!blankBefore(previous.value, lineStart(previous.value, startOf(children[index]!))) ||
      reachesPastBlank(children[index - 1], previous.value))
  )
    index--;
  if (index <= 0) return {index: 0, offset: 0};
  return {index, offset: lineStart(previous.value, startOf(children[index]!))};
}

/**
 * The first block kept after the window: from `index` on, the first one after a blank line (a block
 * right under another may be read as part of it, or not, depending on what the other one is).
 */
function keptFrom(previous: PageSyntax, index: number): number {
  const children = previous.tree.children;
  let next = index;
  while (
    next < children.length &&
    (!blankBefore(previous.value, lineStart(previous.value, startOf(children[next]!))) ||
      reachesPastBlank(children[next - 1], previous.value))
  )
    next++;
  return next;
}

interface Shift {
  line: number;
  offset: number;
}

function shiftPoint(point: Point, by: Shift): Point {
  return {
    line: point.line + by.line,
    column: point.column,
    offset: (point.offset ?? 0) + by.offset,
  };
}

/** Moves nodes (and everything in them) by whole lines; new position objects, the old ones untouched. */
function shiftNodes<T extends Nodes>(nodes: T[], by: Shift): T[] {
  if (by.line === 0 && by.offset === 0) return nodes;
  const walk = (node: Nodes): void => {
    if (node.position) {
      const {start, end} = node.position;
      node.position = {start: shiftPoint(start, by), end: shiftPoint(end, by)};
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  nodes.forEach(walk);
  return nodes;
}

/**
 * The tree of `value` from the tree of an earlier text of the page, parsing (with `parse`) only the
 * blocks around what changed; `undefined` when only a full parse is exact. The old tree's nodes after
 * the edit are reused (moved), so `previous` must not be used again.
 */
export function reparseMarkdown(
  previous: PageSyntax,
  value: string,
  parse: (text: string) => Root,
): Root | undefined {
  const old = previous.value;
  const children = previous.tree.children;
  if (old.charCodeAt(0) === 0xfeff || value.charCodeAt(0) === 0xfeff || children.length < 2)
    return undefined;
  if (children.some((child) => child.position?.start.offset === undefined)) return undefined;
  if (unreadFrontMatter(old, children)) return undefined;
  previous.definitions ??= hasType(children, 'definition');
  if (previous.definitions) return undefined;
  const change = changedRange(old, value);
  const from = windowStart(previous, change.start);
  const delta = value.length - old.length;
  const next = keptFrom(previous, firstEndingFrom(children, change.oldEnd) + 1);
  const kept = next < children.length ? children[next]! : undefined;
  if (kept && !blankBefore(value, lineStart(value, startOf(kept) + delta))) return undefined;
  const end = kept ? kept.position!.end.offset! + delta : value.length;
  const chunk = parse(value.slice(from.offset, end));
  const fresh = chunk.children;
  if (hasType(fresh, 'definition')) return undefined;
  if (from.offset > 0 ? fresh[0]?.type === 'yaml' : unreadFrontMatter(value, fresh))
    return undefined;
  const line = from.offset === 0 ? 0 : children[from.index]!.position!.start.line - 1;
  const toPage = {line, offset: from.offset};
  if (!kept) {
    const root = chunk.position ? shiftPoint(chunk.position.end, toPage) : undefined;
    return assemble(children.slice(0, from.index), shiftNodes(fresh, toPage), [], root);
  }
  const last = fresh.at(-1);
  if (!last?.position || last.position.start.offset !== startOf(kept) + delta - from.offset)
    return undefined;
  if (reachesPastBlank(fresh.at(-2), value, from.offset)) return undefined;
  const moved = {line: last.position.start.line + line - kept.position!.start.line, offset: delta};
  const tail = shiftNodes(children.slice(next), moved);
  const root = previous.tree.position && shiftPoint(previous.tree.position.end, moved);
  return assemble(
    children.slice(0, from.index),
    shiftNodes(fresh.slice(0, -1), toPage),
    tail,
    root,
  );
}

function assemble(
  head: RootContent[],
  middle: RootContent[],
  tail: RootContent[],
  end: Point | undefined,
): Root {
  const tree: Root = {type: 'root', children: [...head, ...middle, ...tail]};
  if (end) tree.position = {start: {line: 1, column: 1, offset: 0}, end};
  return tree;
}
