import type {LeafDirective} from 'mdast-util-directive';
import type {Nodes, Root} from 'mdast';
import type {VFile} from 'vfile';
import {code, codeList, report} from './diagnostics.js';
import {checkFilterValues, FILTER_KEYS} from './filter.js';
import {scanOpening, type ScannedAttribute} from './opening.js';
import {PULL_DIRECTIVES, reportMalformedPulls, reportPullMisuse} from './pull-misuse.js';
import {didYouMean} from './suggest.js';
import {plainText, spanOf, splitLines} from './text.js';
import type {FilterKey, ItemFilter, ModelConfig, Point, Pull, PullKind} from './types.js';
import {splitList} from './values.js';
import {walkTree} from './walk.js';

/** A pull's node in the tree, with what was read from it (for transformers). */
export interface PullNode {
  node: LeafDirective;
  pull: Pull;
}

interface Directive {
  node: LeafDirective;
  kind: PullKind;
  file: VFile;
  line: number;
  attributes: ScannedAttribute[];
}

/** Whether a node is a `status-ref` or `status-table` leaf directive. */
export function isPullDirective(node: unknown): node is LeafDirective {
  const n = node as LeafDirective;
  return n.type === 'leafDirective' && PULL_DIRECTIVES.includes(n.name as PullKind);
}

function readAttributes(node: LeafDirective, line: string): ScannedAttribute[] {
  // The scanner keeps `#a.b` whole and knows columns; micromark's reading is the fallback.
  const scan = scanOpening(line);
  if (scan && scan.name === node.name && !scan.problem) return scan.attributes;
  const column = spanOf(node).start.column;
  return Object.entries(node.attributes ?? {}).map(([key, value]) => ({
    key,
    value: value ?? '',
    column,
    valueColumn: column,
  }));
}

function placeOf(d: Directive, column: number): Point {
  return {line: d.line, column};
}

function otherKindHint(d: Directive, key: string): string {
  if (d.kind === 'status-ref' && FILTER_KEYS.includes(key as FilterKey)) {
    return ` A ref shows one item by its id; to list items by \`${key}\`, use \`::status-table{${key}=…}\`.`;
  }
  if (d.kind === 'status-table' && key === 'id') {
    return ' A table lists items by filter; to show one item, use `::status-ref{id=…}`.';
  }
  return '';
}

function checkAttributeNames(d: Directive, allowed: readonly string[]): void {
  const seen = new Set<string>();
  for (const attribute of d.attributes) {
    const place = placeOf(d, attribute.column);
    if (seen.has(attribute.key)) {
      const reason = `Attribute \`${attribute.key}\` is given twice; only the last one counts. Remove one.`;
      report(d.file, reason, place, 'duplicate-attribute');
    }
    seen.add(attribute.key);
    if (/[“”‘’«»]/.test(attribute.value)) {
      const reason = `Attribute \`${attribute.key}\` has typographic quotes in ${code(attribute.value)}, expected straight double quotes: \`${attribute.key}="…"\`.`;
      report(d.file, reason, placeOf(d, attribute.valueColumn), 'curly-quotes');
    }
    if (allowed.includes(attribute.key)) continue;
    const hint =
      otherKindHint(d, attribute.key) ||
      didYouMean(attribute.key, allowed) ||
      ` Known attributes: ${codeList(allowed)}.`;
    const reason = `Unknown attribute \`${attribute.key}\` on \`::${d.kind}\`.${hint}`;
    report(d.file, reason, place, 'unknown-attribute');
  }
}

function readRefId(d: Directive, values: Record<string, string>, pull: Pull): void {
  if (values.id) return void (pull.id = values.id);
  const reason = `\`::status-ref\` has no id, expected the id of a status block: \`::status-ref{id=eval-2017-r3}\`.`;
  report(d.file, reason, spanOf(d.node).start, 'missing-id');
}

function readFilter(d: Directive, config: ModelConfig): ItemFilter {
  const filter: ItemFilter = {};
  const last = new Map(d.attributes.map((a) => [a.key, a]));
  for (const key of FILTER_KEYS) {
    const attribute = last.get(key);
    if (!attribute) continue;
    const tokens = splitList(attribute.value, placeOf(d, attribute.valueColumn));
    if (tokens.length === 0) {
      const reason = `Filter \`${key}\` is empty, expected one or more values separated by commas, e.g. \`${key}="a,b"\`; remove it to select every value.`;
      report(d.file, reason, placeOf(d, attribute.column), 'empty-filter');
    }
    for (const p of checkFilterValues(key, tokens, config)) {
      report(d.file, p.reason, p.place, p.ruleId, p.severity);
    }
    filter[key] = [...new Set(tokens.map((t) => t.value))];
  }
  return filter;
}

function readLabel(d: Directive): string | undefined {
  if (d.node.children.length === 0) return undefined;
  const label = plainText(d.node.children, String(d.file.value)).trim();
  if (label && d.kind === 'status-ref') {
    const reason = `\`::status-ref\` ignores the text in brackets ${code(label)}: the card shows the item's own title. Remove the brackets.`;
    report(d.file, reason, spanOf(d.node).start, 'ignored-label', 'warning');
  }
  return label || undefined;
}

function buildPull(d: Directive, config: ModelConfig): Pull {
  const allowed = d.kind === 'status-ref' ? ['id'] : FILTER_KEYS;
  checkAttributeNames(d, allowed);
  const values = Object.fromEntries(d.attributes.map((a) => [a.key, a.value]));
  const places = Object.fromEntries(
    d.attributes.map((a) => [a.key, placeOf(d, a.valueColumn)] as const),
  );
  const pull: Pull = {
    kind: d.kind,
    attributes: values,
    path: d.file.path,
    position: spanOf(d.node),
    places,
  };
  const label = readLabel(d);
  if (d.kind === 'status-ref') readRefId(d, values, pull);
  else Object.assign(pull, {filter: readFilter(d, config), label});
  return pull;
}

/** Reads the `::status-ref` and `::status-table` directives of a page (outside code), reporting problems on `file`. */
export function extractPullNodes(tree: Root, file: VFile, config: ModelConfig): PullNode[] {
  const lines = splitLines(String(file.value));
  const pulls: PullNode[] = [];
  walkTree(tree, (node) => {
    reportPullMisuse(node as Nodes, file);
    if (!isPullDirective(node)) return;
    const line = spanOf(node).start.line;
    const attributes = readAttributes(node, lines[line - 1] ?? '');
    const directive: Directive = {node, kind: node.name as PullKind, file, line, attributes};
    pulls.push({node, pull: buildPull(directive, config)});
  });
  reportMalformedPulls(tree, file, lines);
  return pulls;
}

/** Like `extractPullNodes`, without the nodes. */
export function extractPulls(tree: Root, file: VFile, config: ModelConfig): Pull[] {
  return extractPullNodes(tree, file, config).map((entry) => entry.pull);
}
