// Reading one status block's node into its item: each field by its reader, problems on the block's file.
import {listTokens, reportAll, type Block} from './block.js';
import {
  checkAttributeNames,
  readAsOf,
  readBody,
  readDue,
  readId,
  readResponse,
  readStatus,
  readTitle,
} from './item-fields.js';
import {isActionDirective} from './actions.js';
import {checkJustification, readActionFields} from './recommendation.js';
import {spanOf} from './text.js';
import type {ModelConfig, PageMeta, Point, StatusItem} from './types.js';
import {checkNexus, checkOwners, checkSdg} from './values.js';

/** What the extraction of one page's items needs. */
export interface ExtractContext {
  config: ModelConfig;
  page: Pick<PageMeta, 'path' | 'asOf'>;
  /** Ids met so far on the page, with their place (default: none; the page read whole). */
  seen?: Map<string, Point>;
}

/** The item of one status block; `seen` holds the ids met so far on the page, with their places. */
export function buildItem(
  block: Block,
  context: ExtractContext,
  seen: Map<string, Point>,
): StatusItem {
  const {config, page} = context;
  checkAttributeNames(block);
  const owners = checkOwners(listTokens(block, 'owner'), config, 'owner');
  const sdg = checkSdg(listTokens(block, 'sdg'), config.sdg, 'sdg');
  const nexus = checkNexus(listTokens(block, 'nexus'), config, 'nexus');
  const id = readId(block, seen);
  const asOf = readAsOf(block, page.asOf);
  const fromActions = readActionFields(block, {id, config, asOf, seen});
  const response = readResponse(block);
  const responseNote = checkJustification(block, response);
  const item: StatusItem = {
    id,
    title: readTitle(block),
    status: fromActions.status ?? readStatus(block, config),
    owners: fromActions.owners ?? owners.values,
    due: fromActions.due ?? readDue(block),
    sdg: sdg.values,
    sdgGoals: sdg.goals,
    nexus: nexus.values,
    response,
    ...(responseNote ? {responseNote} : {}),
    asOf,
    ...readBody(block, isActionDirective),
    ...(fromActions.actions.length ? {actions: fromActions.actions} : {}),
    ...(fromActions.derived.length ? {derived: fromActions.derived} : {}),
    path: page.path,
    position: spanOf(block.node),
  };
  reportAll(block, [...owners.problems, ...sdg.problems, ...nexus.problems]);
  return item;
}
