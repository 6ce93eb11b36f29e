// What a recommendation's status, due date and owners are when its key actions say it.
import {isPastDue} from './due.js';
import type {DueDate, StatusItem} from './types.js';

/** What the key actions of a recommendation give, for the fields the block does not write. */
export interface DerivedFields {
  /** `undefined` when no action has a known status. */
  status?: string;
  due?: DueDate;
  owners: string[];
  /** Ids of the cancelled actions (listed beside a `completed` recommendation). */
  cancelled: string[];
}

const NOT_STARTED = new Set(['not-started', 'planned']);

/** The status of a recommendation from its actions' statuses (rules in the README, "Key actions"). */
export function deriveStatus(
  actions: readonly Pick<StatusItem, 'status' | 'due'>[],
  reference: string,
  closed: (status: string) => boolean,
): string | undefined {
  const known = actions.filter((a) => a.status !== '');
  if (known.length === 0) return undefined;
  const open = known.filter((a) => !closed(a.status));
  if (open.length === 0) {
    return known.every((a) => a.status === 'cancelled') ? 'cancelled' : 'completed';
  }
  const late = open.some((a) => a.status === 'delayed' || isPastDue(a.due, reference));
  if (late) return 'delayed';
  const started = known.some((a) => !NOT_STARTED.has(a.status) && a.status !== 'cancelled');
  if (started) return 'ongoing';
  return open.every((a) => a.status === 'not-started') ? 'not-started' : 'planned';
}

/** The latest due date of the actions not cancelled (a recommendation is due when its last action is); `tbc` if only those. */
export function deriveDue(
  actions: readonly Pick<StatusItem, 'due' | 'status'>[],
): DueDate | undefined {
  const live = actions.filter((action) => action.status !== 'cancelled');
  let latest: DueDate | undefined;
  for (const {due} of live) {
    if (!due?.end) continue;
    if (!latest?.end || due.end > latest.end) latest = due;
  }
  return latest ?? live.find((a) => a.due?.kind === 'tbc')?.due;
}

/** The units responsible for any action, in order of first mention. */
export function deriveOwners(actions: readonly Pick<StatusItem, 'owners'>[]): string[] {
  return [...new Set(actions.flatMap((a) => a.owners))];
}

/** Status, due date and owners as the actions give them. */
export function deriveFromActions(
  actions: readonly StatusItem[],
  reference: string,
  closed: (status: string) => boolean,
): DerivedFields {
  return {
    status: deriveStatus(actions, reference, closed),
    due: deriveDue(actions),
    owners: deriveOwners(actions),
    cancelled: actions.filter((a) => a.status === 'cancelled').map((a) => a.id),
  };
}

/** The stage of a status for the contradiction check: not started, in progress or finished. */
export function statusStage(status: string, closed: (status: string) => boolean): number {
  if (closed(status)) return 2;
  return NOT_STARTED.has(status) ? 0 : 1;
}

/**
 * The action that contradicts a written status, if any: for a finished recommendation an open action;
 * for one not started an action in progress or finished; for one in progress, when every action is
 * finished, the first of them (the recommendation should be closed) or, when none has started, the first.
 */
export function contradictingAction(
  written: string,
  derived: string,
  actions: readonly StatusItem[],
  closed: (status: string) => boolean,
): StatusItem | undefined {
  const stage = statusStage(written, closed);
  if (stage === statusStage(derived, closed)) return undefined;
  const known = actions.filter((a) => a.status !== '');
  if (stage === 2) return known.find((a) => !closed(a.status));
  if (stage === 0) return known.find((a) => statusStage(a.status, closed) > 0);
  return known[0];
}

/** Items followed each by its key actions, in document order (what counts every action as an item). */
export function withActions(items: readonly StatusItem[]): StatusItem[] {
  return items.flatMap((item) => [item, ...(item.actions ?? [])]);
}
