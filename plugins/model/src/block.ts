// Helpers shared by the readers of a status block's fields.
import type {ContainerDirective, LeafDirective} from 'mdast-util-directive';
import type {VFile} from 'vfile';
import {report} from './diagnostics.js';
import type {OpeningScan, ScannedAttribute} from './opening.js';
import type {Point} from './types.js';
import {splitList, type ValueProblem} from './values.js';

/** One status block (or key action) being read: its node, file, source lines and scanned opening line. */
export interface Block {
  node: ContainerDirective | LeafDirective;
  /** `action` for a key action; a status block otherwise. */
  kind?: 'action';
  file: VFile;
  lines: string[];
  scan: OpeningScan | undefined;
  start: Point;
}

/** Where an attribute (or its value) stands on the opening line; the opening when absent. */
export function attributePlace(block: Block, key: string, value = false): Point {
  const found = block.scan?.attributes.filter((a) => a.key === key).at(-1);
  if (!found) return block.start;
  return {line: block.start.line, column: value ? found.valueColumn : found.column};
}

/** Reports an error about a block. */
export function fail(
  block: Block,
  reason: string,
  ruleId: string,
  place: Point = block.start,
): void {
  report(block.file, reason, place, ruleId);
}

/** Reports the problems found in its values. */
export function reportAll(block: Block, problems: ValueProblem[]): void {
  for (const p of problems) report(block.file, p.reason, p.place, p.ruleId, p.severity);
}

/** Where an attribute stands. */
export function placeOf(block: Block, attribute: ScannedAttribute): Point {
  return {line: block.start.line, column: attribute.column};
}

/** An attribute's list value as tokens with places. */
export function listTokens(block: Block, key: string) {
  const raw = block.node.attributes?.[key];
  return raw ? splitList(raw, attributePlace(block, key, true)) : [];
}
