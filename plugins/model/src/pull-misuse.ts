import type {Nodes, Root} from 'mdast';
import type {VFile} from 'vfile';
import {report} from './diagnostics.js';
import {scanOpening} from './opening.js';
import {closest} from './suggest.js';
import {linesOfTree, spanOf} from './text.js';
import type {PullKind} from './types.js';
import {walkTree} from './walk.js';

/** Names of the leaf directives that pull items into a page. */
export const PULL_DIRECTIVES: readonly PullKind[] = ['status-ref', 'status-table'];

const FORM: Record<PullKind, string> = {
  'status-ref': '::status-ref{id=…}',
  'status-table': '::status-table{status=… owner=…}',
};

function isPullName(name: string): name is PullKind {
  return PULL_DIRECTIVES.includes(name as PullKind);
}

function reportNotLeaf(node: Nodes & {name: string}, file: VFile): void {
  if (!isPullName(node.name)) return;
  const container = node.type === 'containerDirective';
  const written = container ? `:::${node.name}` : `:${node.name}`;
  const why = container
    ? 'three colons open a container, which holds every line after it up to a `:::` line'
    : 'one colon is a directive inside a line of text';
  report(
    file,
    `\`${written}\` is not read as a pull (${why}), expected \`${FORM[node.name]}\` with two colons, alone on its line.`,
    spanOf(node).start,
    'not-leaf',
  );
}

function reportLikelyTypo(name: string, file: VFile, node: Nodes): void {
  if (isPullName(name) || name === 'status') return;
  const match = closest(name, PULL_DIRECTIVES);
  if (!match || !name.startsWith('stat')) return;
  report(
    file,
    `Unknown directive \`::${name}\`. Did you mean \`::${match}\`?`,
    spanOf(node).start,
    'unknown-directive',
    'warning',
  );
}

/** Reports `:::status-ref` and `:status-ref` (a pull is a leaf directive) and likely typos of the names. */
export function reportPullMisuse(node: Nodes, file: VFile): void {
  if (node.type === 'containerDirective' || node.type === 'textDirective') {
    reportNotLeaf(node, file);
  } else if (node.type === 'leafDirective') {
    reportLikelyTypo(node.name, file, node);
  }
}

function linesOf(tree: Root): {directives: Set<number>; code: Set<number>} {
  const directives = new Set<number>();
  const code = new Set<number>();
  walkTree(tree, (node) => {
    const span = node.position;
    if (!span) return;
    if ('name' in node && isPullName(String(node.name))) directives.add(span.start.line);
    if (node.type === 'code' || node.type === 'html' || node.type === 'yaml') {
      for (let line = span.start.line; line <= span.end.line; line++) code.add(line);
    }
  });
  return {directives, code};
}

/** Lines that look like a pull but were not read as a directive (e.g. an unclosed quote), outside code. */
export function reportMalformedPulls(tree: Root, file: VFile, lines: string[]): void {
  const seen = linesOf(tree);
  const {from, to} = linesOfTree(tree, lines);
  for (let line = from; line <= to; line++) {
    if (seen.directives.has(line) || seen.code.has(line)) continue;
    const scan = scanOpening(lines[line - 1] ?? '');
    if (!scan || !isPullName(scan.name)) continue;
    const p = scan.problem;
    const detail = p
      ? ` at column ${p.column}: found ${p.found}, expected ${p.expected}${p.hint ? ` (${p.hint})` : ''}`
      : '';
    report(
      file,
      `Malformed \`${scan.name}\`${detail}. The form is \`${FORM[scan.name]}\` alone on one line.`,
      {line, column: p?.column ?? scan.column},
      'malformed-attributes',
    );
  }
}
