import {parsePage, type ModelConfig} from '@kmportal/model';
import type {FileRevision} from './git.js';

/** One change of an item's status, as committed. */
export interface StatusChange {
  /** Author date of the commit, `YYYY-MM-DD`. */
  date: string;
  commit: string;
  author: string;
  /** Status before the commit; absent when the item first appeared. */
  from?: string;
  to: string;
}

/** Status of each item id in one revision, read by the model's own parser (never a scanner of our own). */
export function statusesOf(text: string, path: string, config: ModelConfig): Map<string, string> {
  const statuses = new Map<string, string>();
  for (const item of parsePage({path, value: text}, config).items) {
    if (item.id && item.status) statuses.set(item.id, item.status);
  }
  return statuses;
}

/** Per item id, the changes of its status across `revisions` (oldest first). */
export function statusTimelines(
  revisions: FileRevision[],
  path: string,
  config: ModelConfig,
): Record<string, StatusChange[]> {
  const timelines: Record<string, StatusChange[]> = {};
  let previous = new Map<string, string>();
  for (const revision of revisions) {
    const current =
      revision.text === undefined
        ? new Map<string, string>()
        : statusesOf(revision.text, path, config);
    for (const [id, to] of current) {
      const from = previous.get(id);
      if (from === to) continue;
      const change: StatusChange = {
        date: revision.date.slice(0, 10),
        commit: revision.commit,
        author: revision.author,
        to,
      };
      if (from !== undefined) change.from = from;
      (timelines[id] ??= []).push(change);
    }
    previous = current;
  }
  return timelines;
}
