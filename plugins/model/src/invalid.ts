// Errors tied to the items they are found in, so that every index can flag an item as invalid.
import type {VFileMessage} from 'vfile-message';
import {isError} from './diagnostics.js';
import type {ItemProblem, StatusItem} from './types.js';

/** The item among `items` whose span holds `line` and opens last (the innermost of nested blocks). */
function holderOf(items: readonly StatusItem[], line: number): StatusItem | undefined {
  let holder: StatusItem | undefined;
  for (const item of items) {
    const {start, end} = item.position;
    if (start.line <= line && line <= end.line) holder = item;
  }
  if (!holder?.actions) return holder;
  return holderOf(holder.actions, line) ?? holder;
}

function problemOf(message: VFileMessage, line: number): ItemProblem {
  return {
    line,
    column: message.column ?? 1,
    ruleId: message.ruleId ?? 'unknown',
    reason: String(message.reason),
  };
}

/** The errors among `messages`, by the item (or key action) whose span holds them. */
function problemsByHolder(items: readonly StatusItem[], messages: readonly VFileMessage[]) {
  const found = new Map<StatusItem, ItemProblem[]>();
  for (const message of messages) {
    const line = message.line;
    if (!isError(message) || line === undefined || line === null) continue;
    const holder = holderOf(items, line);
    if (holder) found.set(holder, [...(found.get(holder) ?? []), problemOf(message, line)]);
  }
  return found;
}

/**
 * `items` with each item or key action that `found` has problems for marked `invalid` with them, after
 * those it had; the items are copied where they change, never changed in place.
 */
export function withProblems(
  items: StatusItem[],
  found: ReadonlyMap<StatusItem, readonly ItemProblem[]>,
): StatusItem[] {
  if (found.size === 0) return items;
  const mark = (item: StatusItem): StatusItem => {
    const problems = found.get(item);
    const actions = item.actions?.map(mark);
    const changed = actions?.some((action, index) => action !== item.actions![index]);
    if (!problems && !changed) return item;
    return {
      ...item,
      ...(changed ? {actions} : {}),
      ...(problems ? {invalid: [...(item.invalid ?? []), ...problems]} : {}),
    };
  };
  return items.map(mark);
}

/**
 * `items` with `invalid` set on each item (or key action) that has an error of `messages` in its span,
 * added to those it had; the items are copied where they change, never changed in place.
 */
export function withInvalidItems(
  items: StatusItem[],
  messages: readonly VFileMessage[],
): StatusItem[] {
  if (items.length === 0) return items;
  return withProblems(items, problemsByHolder(items, messages));
}
