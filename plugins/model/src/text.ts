import type {Nodes, RootContent} from 'mdast';
import type {Span} from './types.js';

/** Splits a file into lines, whatever its line endings. */
export function splitLines(value: string): string[] {
  // micromark drops a leading byte-order mark, so columns on line 1 start after it.
  return value.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
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
