// Salvaging the status blocks whose opening line is malformed (an unclosed quote, a space before `{` …):
// Markdown reads such a line as a paragraph, so the block would drop out of every index. The line is
// rewritten from what its scan read (title, the attributes before the problem), the page parsed again with
// the same parser, and the block read as any other; its messages are the page's (the malformed opening),
// not the rewrite's, and its places are the page's own.
import type {ContainerDirective} from 'mdast-util-directive';
import type {Root} from 'mdast';
import {VFile} from 'vfile';
import type {Block} from './block.js';
import {capTreeDepth, guardNesting} from './depth.js';
import {buildItem, type ExtractContext} from './item-build.js';
import {SPACE_BEFORE_ATTRIBUTES, scanOpening, type OpeningScan} from './opening.js';
import {malformedOpenings, type MalformedOpening} from './page-checks.js';
import {parseMarkdown} from './parse-markdown.js';
import {splitLines, withoutBom} from './text.js';
import type {Point, Span, StatusItem} from './types.js';
import {STATUS_DIRECTIVE} from './vocabulary.js';
import {walkTree} from './walk.js';

/** Where the label of `scan` starts on its line (its `[`, when there is one). */
function labelStart(scan: OpeningScan): number {
  return scan.column - 1 + scan.colons + scan.name.length;
}

/** The title the author meant: the label read, or the text after an unclosed `[` up to any `{`. */
function salvageLabel(text: string, scan: OpeningScan): string {
  if (scan.label !== undefined) return scan.label;
  const rest = text.slice(labelStart(scan));
  if (!rest.startsWith('[')) return '';
  return rest.slice(1).split('{')[0]!.replace(/[[\]]/g, '').trim();
}

/**
 * What the scan reads of a malformed line, read again where the fault hides the attributes: without the
 * space before `{`, or with the unclosed title closed before `{`.
 */
function salvageScan(text: string, scan: OpeningScan): OpeningScan {
  const problem = scan.problem;
  if (problem?.expected === SPACE_BEFORE_ATTRIBUTES) {
    const index = problem.column - 1;
    return scanOpening(text.slice(0, index) + text.slice(index).trimStart()) ?? scan;
  }
  const brace = text.indexOf('{', labelStart(scan));
  if (scan.label !== undefined || brace === -1 || text[labelStart(scan)] !== '[') return scan;
  const label = salvageLabel(text, scan).replace(/[[\]]/g, '');
  const again = scanOpening(`${text.slice(0, labelStart(scan))}[${label}]${text.slice(brace)}`);
  return again ? {...again, label} : scan;
}

/** An attribute as an opening line writes it, or `''` when its value holds both kinds of quotes. */
function attributeSource(key: string, value: string): string {
  if (key === 'id') return `#${value}`;
  if (key === 'class') return `.${value}`;
  if (!value.includes('"')) return `${key}="${value}"`;
  return value.includes("'") ? '' : `${key}='${value}'`;
}

/** A well-formed opening line with what the malformed one holds. */
export function repairedOpening(text: string, found: OpeningScan): string {
  const scan = salvageScan(text, found);
  const attributes = scan.attributes
    .map((attribute) => attributeSource(attribute.key, attribute.value))
    .filter(Boolean)
    .join(' ');
  const label = salvageLabel(text, scan).replace(/[[\]]/g, '\\$&');
  const prefix = text.slice(0, scan.column - 1);
  return `${prefix}${':'.repeat(scan.colons)}${scan.name}[${label}]{${attributes}}`;
}

/** Offsets of each line's start in `source` (as micromark counts them: after a byte-order mark). */
function lineStarts(source: string): number[] {
  const starts = [0];
  const text = withoutBom(source);
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return starts;
}

/** Maps points of a rewritten text to the page's: lines by `lineOf`, columns kept within the line. */
function pointMapper(source: string, lines: string[], lineOf = (line: number) => line) {
  const starts = lineStarts(source);
  const point = (at: Point): Point => {
    const line = lineOf(at.line);
    const column = Math.min(at.column, (lines[line - 1]?.length ?? 0) + 1);
    return {line, column, offset: (starts[line - 1] ?? 0) + column - 1};
  };
  const span = (s: Span): Span => ({start: point(s.start), end: point(s.end)});
  const item = (i: StatusItem): StatusItem => ({
    ...i,
    position: span(i.position),
    ...(i.actions ? {actions: i.actions.map(item)} : {}),
    ...(i.evidence ? {evidence: i.evidence.map((e) => ({...e, place: point(e.place)}))} : {}),
  });
  return item;
}

/** The page's text with each malformed opening line rewritten, line endings kept. */
function rewrittenText(source: string, found: MalformedOpening[]): string {
  const parts = withoutBom(source).split(/(\r\n|\r|\n)/);
  for (const {line, text, scan} of found) parts[(line - 1) * 2] = repairedOpening(text, scan);
  return parts.join('');
}

/** The status containers of `tree` that open on one of `lines`. */
function openedOn(tree: Root, lines: Set<number>): ContainerDirective[] {
  const nodes: ContainerDirective[] = [];
  walkTree(tree, (node) => {
    const n = node as ContainerDirective;
    const line = n.position?.start.line;
    if (n.type === 'containerDirective' && n.name === STATUS_DIRECTIVE && lines.has(line ?? 0))
      nodes.push(n);
  });
  return nodes;
}

/** The item of `node`, a status block of the rewritten text `scratch`. */
function rewrittenItem(node: ContainerDirective, scratch: VFile, salvage: Salvage): StatusItem {
  const lines = splitLines(String(scratch.value));
  const line = node.position!.start.line;
  const scan = scanOpening(lines[line - 1] ?? '');
  const start = {line, column: scan?.column ?? node.position!.start.column};
  const block: Block = {node, file: scratch, lines, scan, start};
  return buildItem(block, salvage.context, salvage.seen);
}

/** What salvaging one page needs: its file, the extraction's context, the ids met among salvaged items. */
interface Salvage {
  file: VFile;
  context: ExtractContext;
  seen: Map<string, Point>;
}

/** The page with its malformed openings rewritten, parsed; the blocks that open on them, as items. */
function salvageInPlace(found: MalformedOpening[], salvage: Salvage): StatusItem[] {
  const {file} = salvage;
  const source = String(file.value);
  const scratch = new VFile({path: file.path, value: rewrittenText(source, found)});
  const guarded = guardNesting(String(scratch.value), scratch);
  const tree = parseMarkdown(new VFile({path: file.path, value: guarded}));
  capTreeDepth(tree, scratch);
  const toPage = pointMapper(source, splitLines(source));
  const nodes = openedOn(tree, new Set(found.map((f) => f.line)));
  return nodes.map((node) => toPage(rewrittenItem(node, scratch, salvage)));
}

/**
 * The block of an opening whose rewrite changes how the page reads (a fence inside it that closes it, and
 * the rest turns to code): the opening line alone, without a body.
 */
function salvageAlone(opening: MalformedOpening, salvage: Salvage): StatusItem | undefined {
  const {file} = salvage;
  const scratch = new VFile({path: file.path, value: repairedOpening(opening.text, opening.scan)});
  const [node] = openedOn(parseMarkdown(scratch), new Set([1]));
  if (!node) return undefined;
  const source = String(file.value);
  const toPage = pointMapper(source, splitLines(source), () => opening.line);
  return toPage(rewrittenItem(node, scratch, salvage));
}

/**
 * The items of the status blocks whose opening `tree` did not read as a block, each marked `salvaged`, in
 * document order. Their problems are not reported again: the page has the malformed opening's.
 */
export function salvageMalformedBlocks(
  tree: Root,
  file: VFile,
  context: ExtractContext,
): StatusItem[] {
  const found = malformedOpenings(tree, splitLines(String(file.value)));
  if (found.length === 0) return [];
  const salvage: Salvage = {file, context, seen: new Map()};
  const items = salvageInPlace(found, salvage);
  const placed = new Set(items.map((item) => item.position.start.line));
  for (const opening of found.filter((f) => !placed.has(f.line))) {
    const alone = salvageAlone(opening, salvage);
    if (alone) items.push(alone);
  }
  return items
    .map((item): StatusItem => ({...item, salvaged: true}))
    .sort((a, b) => a.position.start.line - b.position.start.line);
}

/** `items` (a page's, in document order) with the blocks salvaged from `tree`'s malformed openings. */
export function withSalvagedItems(
  tree: Root,
  file: VFile,
  context: ExtractContext,
  items: StatusItem[],
): StatusItem[] {
  const salvaged = salvageMalformedBlocks(tree, file, context);
  if (salvaged.length === 0) return items;
  return [...items, ...salvaged].sort((a, b) => a.position.start.line - b.position.start.line);
}
