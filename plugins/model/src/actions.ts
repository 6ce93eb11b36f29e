// Key actions: `::action[…]{…}` leaf directives (or `:::action` containers) inside a status block.
import type {ContainerDirective, LeafDirective} from 'mdast-util-directive';
import type {RootContent} from 'mdast';
import {listTokens, reportAll, type Block} from './block.js';
import {
  checkAttributeNames,
  readAsOf,
  readBody,
  readDue,
  readId,
  readStatus,
  readTitle,
} from './item-fields.js';
import {scanOpening} from './opening.js';
import {spanOf} from './text.js';
import type {Evidence, ModelConfig, Point, StatusItem} from './types.js';
import {checkNexus, checkOwners, checkSdg, splitList} from './values.js';
import {ACTION_DIRECTIVE, STATUS_DIRECTIVE} from './vocabulary.js';

/** A `::action` leaf or `:::action` container directive. */
export type ActionNode = LeafDirective | ContainerDirective;

/** Whether a node is a key action (`::action` or `:::action`). */
export function isActionDirective(node: unknown): node is ActionNode {
  const n = node as ActionNode;
  return (
    (n.type === 'leafDirective' || n.type === 'containerDirective') && n.name === ACTION_DIRECTIVE
  );
}

function isStatusNode(node: unknown): boolean {
  const n = node as ContainerDirective;
  return n.type === 'containerDirective' && n.name === STATUS_DIRECTIVE;
}

/** The key actions of a status block, in document order; nested status blocks keep their own. */
export function actionNodesOf(node: ContainerDirective): ActionNode[] {
  const found: ActionNode[] = [];
  const walk = (children: readonly RootContent[]) => {
    for (const child of children) {
      if (isActionDirective(child)) found.push(child);
      else if (!isStatusNode(child) && 'children' in child) walk(child.children as RootContent[]);
    }
  };
  walk(node.children as RootContent[]);
  return found;
}

/** `https://…`, `mailto:…` and site paths (`/…`) are links; anything else is a file relative to the page. */
export function evidenceKind(href: string): Evidence['kind'] {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('/') ? 'url' : 'path';
}

/** The documents and links of `evidence="…"`, separated by spaces. */
export function readEvidence(block: Block, place: Point): Evidence[] | undefined {
  // The scanned value is the text as written, so that columns count from it.
  const scanned = block.scan?.attributes.filter((a) => a.key === 'evidence').at(-1)?.value;
  const raw = scanned ?? block.node.attributes?.evidence;
  if (!raw) return undefined;
  return splitList(raw.replace(/[,;]/g, ' '), place)
    .filter((token) => token.value !== '')
    .map(({value, place}) => ({
      href: value,
      kind: evidenceKind(value),
      place: {line: place.line, column: place.column},
    }));
}

/** What reading a key action needs from its status block. */
export interface ActionContext {
  parent: Block;
  parentId: string;
  config: ModelConfig;
  asOf: string | undefined;
  seen: Map<string, Point>;
}

function actionBlock(node: ActionNode, parent: Block): Block {
  const start = spanOf(node).start;
  const scan = scanOpening(parent.lines[start.line - 1] ?? '');
  const column = scan?.name === ACTION_DIRECTIVE ? scan.column : start.column;
  return {
    node,
    kind: 'action',
    file: parent.file,
    lines: parent.lines,
    scan: scan?.name === ACTION_DIRECTIVE ? scan : undefined,
    start: {line: start.line, column},
  };
}

function evidenceStart(block: Block): Point {
  const found = block.scan?.attributes.filter((a) => a.key === 'evidence').at(-1);
  return found ? {line: block.start.line, column: found.valueColumn} : block.start;
}

/** Reads one key action, reporting its problems like a status block's. */
export function buildAction(node: ActionNode, context: ActionContext): StatusItem {
  const block = actionBlock(node, context.parent);
  const {config} = context;
  checkAttributeNames(block);
  const owners = checkOwners(listTokens(block, 'owner'), config, 'owner');
  const sdg = checkSdg(listTokens(block, 'sdg'), config.sdg, 'sdg');
  const nexus = checkNexus(listTokens(block, 'nexus'), config, 'nexus');
  const note = block.node.attributes?.note ?? undefined;
  const evidence = readEvidence(block, evidenceStart(block));
  const action: StatusItem = {
    id: readId(block, context.seen),
    title: readTitle(block),
    status: readStatus(block, config),
    owners: owners.values,
    due: readDue(block),
    sdg: sdg.values,
    sdgGoals: sdg.goals,
    nexus: nexus.values,
    asOf: readAsOf(block, context.asOf),
    ...readBody(block),
    parent: context.parentId,
    ...(evidence ? {evidence} : {}),
    ...(note ? {note} : {}),
    path: context.parent.file.path,
    position: spanOf(node),
  };
  reportAll(block, [...owners.problems, ...sdg.problems, ...nexus.problems]);
  return action;
}
