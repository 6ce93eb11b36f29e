// Page-wide checks: misspelt or misused directives, malformed openings, unclosed code fences.
import type {Nodes, Root} from 'mdast';
import type {VFile} from 'vfile';
import {report} from './diagnostics.js';
import {scanOpening, type OpeningScan} from './opening.js';
import {didYouMean} from './suggest.js';
import {linesOfTree, spanOf} from './text.js';
import type {Point} from './types.js';
import {STATUS_DIRECTIVE} from './vocabulary.js';
import {walkTree, walkType} from './walk.js';

/** Whether a directive name is likely a misspelt `status`. */
export function looksLikeStatus(name: string): boolean {
  return name.length > 3 && didYouMean(name, [STATUS_DIRECTIVE]) !== '';
}

/** Reports `::status` and `:status` (a status block must be a container) and likely typos of `status`. */
export function reportOtherDirectives(node: Nodes, file: VFile): void {
  if (
    node.type === 'containerDirective' &&
    node.name !== STATUS_DIRECTIVE &&
    looksLikeStatus(node.name)
  ) {
    report(
      file,
      `Unknown directive \`${node.name}\`. Did you mean \`${STATUS_DIRECTIVE}\`?`,
      spanOf(node).start,
      'unknown-directive',
      'warning',
    );
  }
  if (
    (node.type === 'leafDirective' || node.type === 'textDirective') &&
    node.name === STATUS_DIRECTIVE
  ) {
    const written = node.type === 'leafDirective' ? '::status' : ':status';
    report(
      file,
      `\`${written}\` is not a status block, expected \`:::status[Title]{#id …}\` with three colons, closed by a line \`:::\`.`,
      spanOf(node).start,
      'not-container',
    );
  }
}

const FENCE_OPEN = /^(?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d+[.)])[ \t]+)*(`{3,}|~{3,})/;

/** A fenced code block left open hides the rest of its container, status blocks included. */
export function reportUnclosedFences(tree: Root, file: VFile, lines: string[]): void {
  walkType(tree, 'code', (node) => {
    const span = node.position;
    if (!span) return;
    const open = FENCE_OPEN.exec(lines[span.start.line - 1] ?? '');
    if (!open) return;
    const close = new RegExp(`^(?:[ \\t]*>)*[ \\t]*${open[1][0]}{${open[1].length},}[ \\t]*$`);
    if (span.end.line > span.start.line && close.test(lines[span.end.line - 1] ?? '')) return;
    report(
      file,
      `The code fence opened here with ${open[1]} is never closed, so everything after it in this section is shown as code and any status block there is not read. Close it with a line ${open[1]}.`,
      span.start,
      'unclosed-fence',
      'warning',
    );
  });
}

/** What `scanOpening` reads of `text` when it opens a status block (`:::status…`, three colons or more). */
function scanStatusOpening(text: string): OpeningScan | undefined {
  const scan = scanOpening(text);
  return scan && scan.colons >= 3 && scan.name === STATUS_DIRECTIVE ? scan : undefined;
}

/** A line that looks like a status block's opening but was not read as one, outside code. */
export interface MalformedOpening {
  /** 1-based. */
  line: number;
  text: string;
  scan: OpeningScan;
}

/** The lines of `tree` that look like a status block's opening but were not read as one, outside code. */
export function malformedOpenings(tree: Root, lines: string[]): MalformedOpening[] {
  const opened = new Set<number>();
  const codeLines = new Set<number>();
  walkTree(tree, (node) => {
    const span = node.position;
    if (!span) return;
    if (node.type === 'containerDirective') opened.add(span.start.line);
    if (node.type === 'code' || node.type === 'html' || node.type === 'yaml') {
      for (let line = span.start.line; line <= span.end.line; line++) codeLines.add(line);
    }
  });
  const found: MalformedOpening[] = [];
  const {from, to} = linesOfTree(tree, lines);
  for (let line = from; line <= to; line++) {
    if (opened.has(line) || codeLines.has(line)) continue;
    const text = lines[line - 1] ?? '';
    const scan = scanStatusOpening(text);
    if (scan) found.push({line, text, scan});
  }
  return found;
}

/** Reports the lines that look like a status block's opening but were not read as one. */
export function reportMalformedOpenings(tree: Root, file: VFile, lines: string[]): void {
  for (const {line, scan} of malformedOpenings(tree, lines)) {
    const p = scan.problem;
    const detail = p
      ? ` at column ${p.column}: found ${p.found}, expected ${p.expected}${p.hint ? ` (${p.hint})` : ''}`
      : '';
    report(
      file,
      `Malformed status block opening${detail}. The form is \`:::status[Title]{#id status=ongoing owner="A,B"}\` on one line.`,
      {line, column: p?.column ?? scan.column},
      'malformed-attributes',
    );
  }
}

/** The CommonMark HTML blocks that end only at a terminator, not at a blank line (kinds 1 to 5). */
const TERMINATED_HTML: {
  open: RegExp;
  close: RegExp;
  terminator: (open: string) => string;
  name: string;
}[] = [
  {
    open: /^<(script|pre|style|textarea)(?=[\s>]|$)/i,
    close: /<\/(?:script|pre|style|textarea)>/i,
    terminator: (open) => `</${open.slice(1).toLowerCase()}>`,
    name: 'element',
  },
  {open: /^<!--/, close: /-->/, terminator: () => '-->', name: 'comment'},
  {open: /^<\?/, close: /\?>/, terminator: () => '?>', name: 'processing instruction'},
  {open: /^<!\[CDATA\[/, close: /\]\]>/, terminator: () => ']]>', name: 'CDATA section'},
  {open: /^<![A-Za-z]/, close: />/, terminator: () => '>', name: 'declaration'},
];

/** The first status block opening among lines `from` to `to` (1-based), with its place. */
function firstStatusOpening(lines: string[], from: number, to: number): Point | undefined {
  for (let line = from; line <= to; line++) {
    const scan = scanStatusOpening(lines[line - 1] ?? '');
    if (scan) return {line, column: scan.column};
  }
  return undefined;
}

/** The terminated HTML block `value` opens, if any, with the text that opened it. */
function terminatedHtml(value: string) {
  for (const kind of TERMINATED_HTML) {
    const open = kind.open.exec(value)?.[0];
    if (open !== undefined) return {kind, open};
  }
  return undefined;
}

/**
 * HTML blocks that hide status blocks: one of kinds 1 to 5 (`<!--`, `<?`, `<script` …) left without its
 * terminator hides the rest of its container; any other HTML block runs on to the next blank line, so a
 * `:::status` line right under it is read as HTML. A closed comment around a block is deliberate and kept quiet.
 */
export function reportHiddenByHtml(tree: Root, file: VFile, lines: string[]): void {
  walkType(tree, 'html', (node) => {
    const span = node.position;
    if (!span) return;
    const value = node.value.trimStart();
    const terminated = terminatedHtml(value);
    if (terminated) {
      const {kind, open} = terminated;
      if (kind.close.test(value.slice(open.length))) return;
      report(
        file,
        `The HTML ${kind.name} opened here with \`${open}\` is never closed, so everything after it in this section is read as HTML and any status block there is not read. Close it with \`${kind.terminator(open)}\`.`,
        span.start,
        'unclosed-html',
        'warning',
      );
      return;
    }
    const hidden = firstStatusOpening(lines, span.start.line + 1, span.end.line);
    if (!hidden) return;
    report(
      file,
      `Status block opening read as part of the HTML block that starts at line ${span.start.line}, so the block is not read. Leave a blank line between the HTML and \`:::status\`.`,
      hidden,
      'hidden-by-html',
      'warning',
    );
  });
}
