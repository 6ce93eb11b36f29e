import type {ContainerDirective} from 'mdast-util-directive';
import type {Nodes, Paragraph, Root, RootContent} from 'mdast';
import type {VFile} from 'vfile';
import {visitParents} from 'unist-util-visit-parents';
import {code, codeList, report} from './diagnostics.js';
import {parseCalendarDate, parseDue, suggestDue} from './due.js';
import {scanOpening, type OpeningScan, type ScannedAttribute} from './opening.js';
import {didYouMean} from './suggest.js';
import {plainText, sliceSource, spanOf, splitLines} from './text.js';
import type {DueDate, ModelConfig, PageMeta, Point, ResponseValue, StatusItem} from './types.js';
import {checkNexus, checkOwners, checkSdg, splitList, type ValueProblem} from './values.js';
import {RESPONSES, STATUS_ATTRIBUTES, STATUS_DIRECTIVE} from './vocabulary.js';

/** What the extraction of one page's items needs. */
export interface ExtractContext {
  config: ModelConfig;
  page: Pick<PageMeta, 'path' | 'asOf'>;
}

const ID = /^[a-z0-9][a-z0-9\-_.]*$/;
const FENCE = /^(?:[ \t]*>)*[ \t]*:{3,}[ \t]*$/;

interface Block {
  node: ContainerDirective;
  file: VFile;
  lines: string[];
  scan: OpeningScan | undefined;
  start: Point;
}

function attributePlace(block: Block, key: string, value = false): Point {
  const found = block.scan?.attributes.filter((a) => a.key === key).at(-1);
  if (!found) return block.start;
  return {line: block.start.line, column: value ? found.valueColumn : found.column};
}

function fail(block: Block, reason: string, ruleId: string, place: Point = block.start): void {
  report(block.file, reason, place, ruleId);
}

function reportAll(block: Block, problems: ValueProblem[]): void {
  for (const p of problems) report(block.file, p.reason, p.place, p.ruleId, p.severity);
}

/** A container is closed when its last line is a fence of its own, not its last child's. */
export function isClosed(node: ContainerDirective, lines: string[]): boolean {
  const end = node.position?.end.line ?? 0;
  const last = node.children.at(-1)?.position?.end.line ?? node.position?.start.line ?? 0;
  return end > last && FENCE.test(lines[end - 1] ?? '');
}

function readTitle(block: Block): string {
  const label = block.node.children[0];
  const isLabel = label?.type === 'paragraph' && (label as Paragraph).data?.directiveLabel;
  const title = isLabel
    ? plainText([label], String(block.file.value)).replace(/\s+/g, ' ').trim()
    : '';
  if (!title) {
    fail(
      block,
      'Status block has no title, expected `:::status[Title]{#id …}`: put the title in square brackets right after `status`.',
      'missing-title',
    );
  }
  return title;
}

function readId(block: Block, seen: Map<string, Point>): string {
  // The scanner keeps `#a.b` whole, where micromark would read id `a` and class `b`.
  const id =
    block.scan?.attributes.filter((a) => a.key === 'id').at(-1)?.value ??
    block.node.attributes?.id ??
    '';
  if (!id) {
    fail(
      block,
      'Status block has no id, expected `{#some-id …}` after the title, e.g. `{#ap-2017-a1 status=ongoing}`.',
      'missing-id',
    );
    return '';
  }
  const place = attributePlace(block, 'id');
  if (!ID.test(id)) {
    const fixed = id
      .toLowerCase()
      .replace(/[^a-z0-9\-_.]+/g, '-')
      .replace(/^[^a-z0-9]+|-+$/g, '');
    fail(
      block,
      `Invalid id ${code(id)}, expected lowercase letters, digits, \`-\`, \`_\` and \`.\`, starting with a letter or digit. Did you mean \`${fixed}\`?`,
      'invalid-id',
      place,
    );
  }
  const first = seen.get(id);
  if (first) {
    fail(
      block,
      `Duplicate id ${code(id)}: also used at ${block.file.path}:${first.line}:${first.column}. Ids must be unique across the site; rename one of them.`,
      'duplicate-id',
      place,
    );
  } else seen.set(id, place);
  return id;
}

function readStatus(block: Block, config: ModelConfig): string {
  const status = block.node.attributes?.status ?? '';
  const expected = codeList(config.statuses.map((s) => s.value));
  if (!status) {
    fail(
      block,
      `Status block has no status, expected \`status=…\` with one of ${expected}.`,
      'missing-status',
    );
  } else if (!config.statusByValue.has(status)) {
    const hint = didYouMean(status, config.statusByValue.keys());
    fail(
      block,
      `Unknown status ${code(status)}, expected one of ${expected}.${hint}`,
      'unknown-status',
      attributePlace(block, 'status', true),
    );
  }
  return status;
}

function readDue(block: Block): DueDate | undefined {
  const raw = block.node.attributes?.due;
  if (raw === undefined || raw === null) return undefined;
  const parsed = parseDue(raw);
  if (parsed.ok) return parsed.due;
  const suggestion = suggestDue(raw);
  const hint = suggestion && suggestion !== raw ? ` Did you mean \`${suggestion}\`?` : '';
  fail(
    block,
    `Invalid due date ${code(raw)}: ${parsed.reason}; expected \`YYYY-MM-DD\`, \`YYYY-MM\`, \`YYYY\`, \`YYYY-Qn\`, \`YYYY-Hn\` or \`tbc\`.${hint}`,
    'invalid-date',
    attributePlace(block, 'due', true),
  );
  return undefined;
}

function readResponse(block: Block): ResponseValue | undefined {
  const raw = block.node.attributes?.response;
  if (raw === undefined || raw === null) return undefined;
  if (RESPONSES.has(raw as ResponseValue)) return raw as ResponseValue;
  const hint = didYouMean(raw, RESPONSES.keys());
  fail(
    block,
    `Unknown response ${code(raw)}, expected ${codeList([...RESPONSES.keys()])}.${hint}`,
    'unknown-response',
    attributePlace(block, 'response', true),
  );
  return undefined;
}

function readAsOf(block: Block, fallback: string | undefined): string | undefined {
  const raw = block.node.attributes?.['as-of'];
  if (raw === undefined || raw === null) return fallback;
  const parsed = parseCalendarDate(raw);
  if (parsed.ok) return raw;
  fail(
    block,
    `Invalid date ${code(raw)} in \`as-of\`: ${parsed.reason}; expected \`YYYY-MM-DD\`.`,
    'invalid-date',
    attributePlace(block, 'as-of', true),
  );
  return fallback;
}

function listTokens(block: Block, key: string) {
  const raw = block.node.attributes?.[key];
  return raw ? splitList(raw, attributePlace(block, key, true)) : [];
}

function checkAttributeNames(block: Block): void {
  const seen = new Set<string>();
  for (const attribute of block.scan?.attributes ?? []) {
    if (seen.has(attribute.key)) {
      fail(
        block,
        `Attribute \`${attribute.key}\` is given twice; only the last one counts. Remove one.`,
        'duplicate-attribute',
        placeOf(block, attribute),
      );
    }
    seen.add(attribute.key);
    if (/[“”‘’«»]/.test(attribute.value)) {
      fail(
        block,
        `Attribute \`${attribute.key}\` has typographic quotes in ${code(attribute.value)}, expected straight double quotes: \`${attribute.key}="…"\`. Word processors replace them; retype them in a code editor.`,
        'curly-quotes',
        {line: block.start.line, column: attribute.valueColumn},
      );
    }
    if (STATUS_ATTRIBUTES.includes(attribute.key)) continue;
    const hint =
      didYouMean(attribute.key, STATUS_ATTRIBUTES) ||
      ` Known attributes: \`#id\`, ${codeList(STATUS_ATTRIBUTES.slice(1))}.`;
    fail(
      block,
      `Unknown attribute \`${attribute.key}\` on a status block.${hint}`,
      'unknown-attribute',
      placeOf(block, attribute),
    );
  }
}

function placeOf(block: Block, attribute: ScannedAttribute): Point {
  return {line: block.start.line, column: attribute.column};
}

function buildItem(block: Block, context: ExtractContext, seen: Map<string, Point>): StatusItem {
  const {config, page} = context;
  checkAttributeNames(block);
  const owners = checkOwners(listTokens(block, 'owner'), config, 'owner');
  const sdg = checkSdg(listTokens(block, 'sdg'), config.sdg, 'sdg');
  const nexus = checkNexus(listTokens(block, 'nexus'), config, 'nexus');
  const item: StatusItem = {
    id: readId(block, seen),
    title: readTitle(block),
    status: readStatus(block, config),
    owners: owners.values,
    due: readDue(block),
    sdg: sdg.values,
    sdgGoals: sdg.goals,
    nexus: nexus.values,
    response: readResponse(block),
    asOf: readAsOf(block, page.asOf),
    ...readBody(block),
    path: page.path,
    position: spanOf(block.node),
  };
  reportAll(block, [...owners.problems, ...sdg.problems, ...nexus.problems]);
  return item;
}

function readBody(block: Block): {body: string; bodyText: string} {
  const children = block.node.children as RootContent[];
  const body = children.filter(
    (child) => !(child.type === 'paragraph' && child.data?.directiveLabel),
  );
  const source = String(block.file.value);
  return {body: sliceSource(source, body).trim(), bodyText: plainText(body as Nodes[], source)};
}

function looksLikeStatus(name: string): boolean {
  return name.length > 3 && didYouMean(name, [STATUS_DIRECTIVE]) !== '';
}

function isStatusContainer(node: unknown): node is ContainerDirective {
  const n = node as ContainerDirective;
  return n.type === 'containerDirective' && n.name === STATUS_DIRECTIVE;
}

/** Reports `::status` and `:status` (a status block must be a container) and likely typos of `status`. */
function reportOtherDirectives(node: Nodes, file: VFile): void {
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
  const seen = new Map<string, Point>();
  const items: StatusBlockNode[] = [];
  visitParents(tree, (node, ancestors) => {
    reportOtherDirectives(node as Nodes, file);
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
  return items;
}

const FENCE_OPEN = /^(?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d+[.)])[ \t]+)*(`{3,}|~{3,})/;

/** A fenced code block left open hides the rest of its container, status blocks included. */
function reportUnclosedFences(tree: Root, file: VFile, lines: string[]): void {
  visitParents(tree, 'code', (node) => {
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

/** Lines that look like a status block's opening but were not read as one, outside code. */
function reportMalformedOpenings(tree: Root, file: VFile, lines: string[]): void {
  const opened = new Set<number>();
  const codeLines = new Set<number>();
  visitParents(tree, (node) => {
    const span = node.position;
    if (!span) return;
    if (node.type === 'containerDirective') opened.add(span.start.line);
    if (node.type === 'code' || node.type === 'html' || node.type === 'yaml') {
      for (let line = span.start.line; line <= span.end.line; line++) codeLines.add(line);
    }
  });
  lines.forEach((text, index) => {
    const line = index + 1;
    if (opened.has(line) || codeLines.has(line)) return;
    const scan = scanOpening(text);
    if (!scan || scan.colons < 3) return;
    if (scan.name !== STATUS_DIRECTIVE) return;
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
  });
}
