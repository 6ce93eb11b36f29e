// Limits that keep hostile nesting from crashing or stalling the parse. The upstream parser (micromark)
// takes time quadratic in the nesting of `>` and list markers on one line and in the emphasis delimiters
// of one paragraph, and the tree walks recurse once per level; so such lines are blanked before parsing
// (keeping every offset, so other places stay right) and the tree is capped, each with a diagnostic.
import type {Nodes, Root} from 'mdast';
import type {VFile} from 'vfile';
import {report} from './diagnostics.js';

/** Container markers (`>`, `-`, `1.`) allowed at the start of one line. */
export const MAX_LINE_NESTING = 32;
/** Emphasis delimiter runs (`*`, `_`) allowed in one paragraph. */
export const MAX_PARAGRAPH_DELIMITERS = 1000;
/** Depth of the syntax tree below which every walk stays (deeper children are dropped). */
export const MAX_TREE_DEPTH = 200;

const MARKER = /^[ \t]{0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;

/** Column (1-based) of the marker beyond the limit on `line`, or 0 when the line is within it. */
function excessNesting(line: string): number {
  let index = 0;
  for (let depth = 1; ; depth++) {
    const match = MARKER.exec(line.slice(index, index + 16));
    if (!match) return 0;
    if (depth > MAX_LINE_NESTING) return index + 1;
    index += match[0].length;
  }
}

const WORD = /[\p{L}\p{N}]/u;

/** Runs of `*`, and of `_` not inside a word (`snake_case` cannot emphasise), in `line`. */
function delimiterRuns(line: string): number {
  let runs = 0;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if ((char !== '*' && char !== '_') || line[i - 1] === char) continue;
    let end = i;
    while (line[end] === char) end++;
    const inWord = WORD.test(line[i - 1] ?? ' ') && WORD.test(line[end] ?? ' ');
    if (char === '*' || !inWord) runs++;
  }
  return runs;
}

const FENCE = /^[ \t]{0,3}(?:`{3,}|~{3,})/;

interface Line {
  text: string;
  start: number;
}

function linesWithOffsets(value: string): Line[] {
  const lines: Line[] = [];
  const pattern = /\r\n|\r|\n/g;
  let start = 0;
  for (let match; (match = pattern.exec(value)); start = pattern.lastIndex)
    lines.push({text: value.slice(start, match.index), start});
  lines.push({text: value.slice(start), start});
  return lines;
}

/** Lines (0-based) of paragraphs with too many emphasis delimiters, each paragraph's first line reported. */
function overDelimitedParagraphs(lines: Line[], file: VFile): Set<number> {
  const blanked = new Set<number>();
  let fenced = false;
  for (let first = 0; first < lines.length;) {
    let last = first;
    let runs = 0;
    while (last < lines.length && lines[last]!.text.trim() !== '') {
      if (FENCE.test(lines[last]!.text)) fenced = !fenced;
      else if (!fenced) runs += delimiterRuns(lines[last]!.text);
      last++;
    }
    if (runs > MAX_PARAGRAPH_DELIMITERS) {
      const reason = `Paragraph with ${runs} runs of \`*\` or \`_\` (at most ${MAX_PARAGRAPH_DELIMITERS}): the Markdown parser needs time that grows with their square, so it is not read. Split it, or escape the characters as \`\\*\` and \`\\_\`.`;
      report(file, reason, {line: first + 1, column: 1}, 'too-deep');
      for (let line = first; line < last; line++) blanked.add(line);
    }
    first = Math.max(last, first + 1);
  }
  return blanked;
}

/**
 * `value` with the lines the parser cannot read in bounded time replaced by spaces (same length, so
 * offsets, lines and columns elsewhere stay right), each reported on `file` as `too-deep`.
 */
export function guardNesting(value: string, file: VFile): string {
  const lines = linesWithOffsets(value);
  const blanked = overDelimitedParagraphs(lines, file);
  lines.forEach((line, index) => {
    const column = excessNesting(line.text);
    if (column === 0) return;
    const reason = `Line nested more than ${MAX_LINE_NESTING} levels deep (\`>\` or list markers), which the Markdown parser cannot read in bounded time; it is not read. Flatten the nesting.`;
    report(file, reason, {line: index + 1, column}, 'too-deep');
    blanked.add(index);
  });
  if (blanked.size === 0) return value;
  const parts: string[] = [];
  let at = 0;
  for (const index of [...blanked].sort((a, b) => a - b)) {
    const {text, start} = lines[index]!;
    parts.push(value.slice(at, start), ' '.repeat(text.length));
    at = start + text.length;
  }
  parts.push(value.slice(at));
  return parts.join('');
}

/** Drops the children of nodes at `MAX_TREE_DEPTH` (iteratively), reporting the first place on `file`. */
export function capTreeDepth(tree: Root, file: VFile): void {
  const stack: [Nodes, number][] = [[tree, 0]];
  let reported = false;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!('children' in node) || node.children.length === 0) continue;
    if (depth < MAX_TREE_DEPTH) {
      for (const child of node.children) stack.push([child as Nodes, depth + 1]);
      continue;
    }
    if (!reported) {
      const reason = `Content nested more than ${MAX_TREE_DEPTH} levels deep; what is deeper is not read. Flatten the nesting.`;
      report(file, reason, node.position?.start, 'too-deep');
      reported = true;
    }
    node.children = [];
  }
}
