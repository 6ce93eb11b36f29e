// A status block with key actions: the actions, the fields they give, and the checks between both.
import type {ContainerDirective} from 'mdast-util-directive';
import {actionNodesOf, buildAction, type ActionNode} from './actions.js';
import {attributePlace, fail, type Block} from './block.js';
import {code, report} from './diagnostics.js';
import {contradictingAction, deriveFromActions, statusStage} from './derive.js';
import type {DerivedField, DueDate, ModelConfig, Point, StatusItem} from './types.js';

/** What the recommendation's fields are once its actions are read. */
export interface ActionFields {
  actions: StatusItem[];
  /** `undefined`: the block writes it (or has no actions), read it as usual. */
  status?: string;
  due?: DueDate;
  owners?: string[];
  derived: DerivedField[];
}

function closedIn(config: ModelConfig): (status: string) => boolean {
  return (status) => config.statusByValue.get(status)?.closed ?? false;
}

function checkFence(block: Block, node: ActionNode): void {
  if (node.type !== 'containerDirective') return;
  const outer = block.scan?.colons ?? 3;
  const line = block.lines[(node.position?.start.line ?? 1) - 1] ?? '';
  const inner = /^[\s>]*(:+)/.exec(line)?.[1].length ?? 3;
  if (inner < outer) return;
  fail(
    block,
    `Key action ${code(String(node.attributes?.id ?? ''))} opens with ${inner} colons inside a status block opened with ${outer}, so its closing line also closes the block. Open the status block with ${inner + 1} colons (\`${':'.repeat(inner + 1)}status\`) and close it with \`${':'.repeat(inner + 1)}\`, or write the action as a line \`::action[…]{…}\`.`,
    'action-fence',
    {line: node.position?.start.line ?? block.start.line, column: node.position?.start.column ?? 1},
  );
}

/** Reads the key actions of a status block and what they give for the fields it leaves out. */
export function readActionFields(
  block: Block,
  context: {id: string; config: ModelConfig; asOf?: string; seen: Map<string, Point>},
): ActionFields {
  const nodes = actionNodesOf(block.node as ContainerDirective);
  if (nodes.length === 0) return {actions: [], derived: []};
  for (const node of nodes) checkFence(block, node);
  const actions = nodes.map((node) =>
    buildAction(node, {
      parent: block,
      parentId: context.id,
      config: context.config,
      asOf: context.asOf,
      seen: context.seen,
    }),
  );
  const attributes = block.node.attributes ?? {};
  const reference = context.asOf ?? new Date().toISOString().slice(0, 10);
  const known = actions.filter((action) => context.config.statusByValue.has(action.status));
  const derived = deriveFromActions(known, reference, closedIn(context.config));
  const fields: ActionFields = {actions, derived: []};
  if (attributes.status == null && derived.status !== undefined) {
    fields.status = derived.status;
    fields.derived.push('status');
  } else if (attributes.status && derived.status !== undefined) {
    checkContradiction(block, attributes.status, derived.status, known, context.config);
  }
  if (attributes.due == null && derived.due) {
    fields.due = derived.due;
    fields.derived.push('due');
  }
  if (attributes.owner == null && derived.owners.length) {
    fields.owners = derived.owners;
    fields.derived.push('owners');
  }
  return fields;
}

function checkContradiction(
  block: Block,
  written: string,
  derived: string,
  actions: StatusItem[],
  config: ModelConfig,
): void {
  const closed = closedIn(config);
  if (!config.statusByValue.has(written)) return;
  const action = contradictingAction(written, derived, actions, closed);
  if (!action) return;
  const {line, column} = action.position.start;
  const why =
    statusStage(derived, closed) === 2
      ? `every key action is finished, so the actions give ${code(derived)}`
      : `key action ${code(action.id)} at line ${line}:${column} is ${code(action.status)}, so the actions give ${code(derived)}`;
  fail(
    block,
    `Status ${code(written)} contradicts the key actions: ${why}. Remove \`status=\` to let the actions set it, or correct the action's status.`,
    'status-contradiction',
    attributePlace(block, 'status', true),
  );
}

/** Warns when a recommendation is not fully accepted and says nothing of why. */
export function checkJustification(block: Block, response: string | undefined): string | undefined {
  const note = block.node.attributes?.['response-note']?.trim() || undefined;
  if (response !== 'partially-accepted' && response !== 'not-accepted') return note;
  if (note) return note;
  report(
    block.file,
    `Response ${code(response)} has no justification, expected \`response-note="…"\` saying why the recommendation is not fully accepted, e.g. \`response-note="Budget not approved by the board"\`.`,
    attributePlace(block, 'response', true),
    'missing-justification',
    'warning',
  );
  return undefined;
}
