// Ids defined on more than one page: one error at each later place, and every such item marked invalid.
import {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import {code, report} from './diagnostics.js';
import {withActions} from './derive.js';
import {withProblems} from './invalid.js';
import type {ItemProblem, ParsedPage, StatusItem} from './types.js';

/** `path:line:column` of where an item opens. */
function placeOf(item: StatusItem): string {
  const {line, column} = item.position.start;
  return `${item.path}:${line}:${column}`;
}

function duplicateReason(id: string, others: readonly StatusItem[]): string {
  const places = others.map(placeOf).join(', ');
  return `Duplicate id ${code(id)}: also used at ${places}. Ids must be unique across the site; rename one of them.`;
}

/**
 * The items (and key actions) of `pages` by id, for the ids found on more than one page, in site order.
 * Repeats of an id on one page are the parser's own `duplicate-id` error, not counted here.
 */
function duplicatedIds(pages: readonly ParsedPage[]): Map<string, StatusItem[]> {
  const byId = new Map<string, StatusItem[]>();
  for (const item of pages.flatMap((page) => withActions(page.items))) {
    if (!item.id) continue;
    const found = byId.get(item.id);
    if (!found) byId.set(item.id, [item]);
    else if (!found.some((other) => other.path === item.path)) found.push(item);
  }
  for (const [id, found] of byId) if (found.length < 2) byId.delete(id);
  return byId;
}

/** Reports ids (of status blocks and key actions) defined on more than one page, naming both places. */
export function checkUniqueIds(pages: readonly ParsedPage[]): VFileMessage[] {
  const messages: VFileMessage[] = [];
  for (const [id, [first, ...later]] of duplicatedIds(pages)) {
    for (const item of later) {
      const file = new VFile({path: item.path});
      report(file, duplicateReason(id, [first]), item.position.start, 'duplicate-id');
      messages.push(...file.messages);
    }
  }
  return messages;
}

/**
 * The problem each item with a duplicated id gets: at its own opening, naming the other places (the
 * first definition names every later one; a later one names the first, as its message does).
 */
function duplicateProblems(pages: readonly ParsedPage[]): Map<StatusItem, ItemProblem[]> {
  const problems = new Map<StatusItem, ItemProblem[]>();
  for (const [id, found] of duplicatedIds(pages)) {
    for (const [index, item] of found.entries()) {
      const others = index === 0 ? found.slice(1) : [found[0]];
      const {line, column} = item.position.start;
      const reason = duplicateReason(id, others);
      problems.set(item, [{line, column, ruleId: 'duplicate-id', reason}]);
    }
  }
  return problems;
}

/**
 * `pages` with every item and key action whose id another page defines too marked `invalid` with the
 * `duplicate-id` problem; pages and items are copied where they change, never changed in place.
 */
export function withDuplicateIdsInvalid(pages: ParsedPage[]): ParsedPage[] {
  const problems = duplicateProblems(pages);
  if (problems.size === 0) return pages;
  return pages.map((page) => {
    const items = withProblems(page.items, problems);
    return items.some((item, index) => item !== page.items[index]) ? {...page, items} : page;
  });
}
