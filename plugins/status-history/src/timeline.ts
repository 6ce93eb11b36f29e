import {VFile} from 'vfile';
import {
  extractStatusItems,
  nullRecord,
  ownValue,
  parseMarkdown,
  parsePage,
  withActions,
  type ModelConfig,
} from '@kmportal/model';
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
  for (const item of withActions(parsePage({path, value: text}, config).items)) {
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
  const timelines = nullRecord<StatusChange[]>();
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
      (ownValue(timelines, id) ?? (timelines[id] = [])).push(change);
    }
    previous = current;
  }
  return timelines;
}

/** What one revision's parse by the model tells: statuses, and the blocks an edit can go inside safely. */
export interface RevisionStatuses {
  /** Status of each item id (the last block wins when an id is repeated, as in `statusesOf`). */
  statuses: Map<string, string>;
  /** Id and status of every status block, in document order. */
  items: {id: string; status: string}[];
  /**
   * Status blocks whose body an edit cannot reach out of: opened at column 1, closed by their own fence,
   * no `:::` in the body. Lines are 0-based: the opening line and the closing fence; `item` indexes `items`.
   */
  blocks: {open: number; close: number; item: number}[];
}

/** What `statusesAfterEdit` needs to read one changed block with the model. */
export interface ReparseOptions {
  path: string;
  config: ModelConfig;
}

const LINE_BREAK = /\r\n|\r|\n/;
const OPENING_COLONS = /^:{3,}/;
const CLOSING_FENCE = /^ {0,3}(:{3,})[ \t]*$/;

/** Splits a revision into lines the way Markdown counts them. */
export function linesOf(text: string): string[] {
  return text.split(LINE_BREAK);
}

function modelItems(text: string, path: string, config: ModelConfig) {
  const file = new VFile({path, value: text});
  return extractStatusItems(parseMarkdown(file), file, {config, page: {path}});
}

function statusMap(items: RevisionStatuses['items']): Map<string, string> {
  const statuses = new Map<string, string>();
  for (const {id, status} of items) if (id && status) statuses.set(id, status);
  return statuses;
}

function openingColons(line: string | undefined): number {
  return OPENING_COLONS.exec(line ?? '')?.[0].length ?? 0;
}

/**
 * Reads one revision with the model's own parser: `parseMarkdown` and `extractStatusItems`, what `parsePage`
 * does for items, without reading front matter and pulls (a third of `parsePage`'s time; no status is there).
 */
export function parseRevision(
  text: string,
  lines: string[],
  path: string,
  config: ModelConfig,
): RevisionStatuses {
  const items: RevisionStatuses['items'] = [];
  const blocks: RevisionStatuses['blocks'] = [];
  for (const item of modelItems(text, path, config)) {
    items.push({id: item.id, status: item.status});
    const index = items.length - 1;
    // Key actions have statuses of their own, and an edit of the block's body can change them.
    for (const action of item.actions ?? []) items.push({id: action.id, status: action.status});
    if (item.actions?.length) continue;
    const {start, end} = item.position;
    const open = start.line - 1;
    const close = end.line - 1;
    const colons = openingColons(lines[open]);
    const fence = CLOSING_FENCE.exec(lines[close] ?? '')?.[1].length ?? 0;
    if (start.column !== 1 || colons === 0 || close <= open || fence < colons) continue;
    if (lines.slice(open + 1, close).some((line) => line.includes(':::'))) continue;
    blocks.push({open, close, item: index});
  }
  return {statuses: statusMap(items), items, blocks};
}

/** Whether lines `from` to `to` hold a fence or a key action (`::action`), which the body shortcut cannot read. */
function holdsFence(lines: string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (lines[i].includes(':::') || lines[i].includes('::action')) return true;
  }
  return false;
}

/**
 * The statuses of `lines` from those of `previous` (whose parse is `known`) and at most one block read by the
 * model, when that is provably what a parse of the whole revision gives; otherwise `undefined` (then the
 * revision is parsed). Every changed line, removed or added, must lie inside one block of `known.blocks`
 * (before its closing fence) and hold no `:::`, except its opening line. A container directive's body is a
 * document of its own that ends only at a closing fence, which micromark tries first on every line; so
 * such an edit cannot end the block early, or open a block, and nothing outside the block reads differently.
 * - Only body lines changed: the statuses are the same (no parse).
 * - The opening line changed too (a status or id edited): with `reparse`, the block alone is read by the
 *   model; it must read as one block from its first line to its fence, opened with as many colons as before.
 */
export function statusesAfterEdit(
  known: RevisionStatuses,
  previous: string[],
  lines: string[],
  reparse?: ReparseOptions,
): RevisionStatuses | undefined {
  const shortest = Math.min(previous.length, lines.length);
  let head = 0;
  while (head < shortest && previous[head] === lines[head]) head++;
  let tail = 0;
  while (
    tail < shortest - head &&
    previous[previous.length - 1 - tail] === lines[lines.length - 1 - tail]
  ) {
    tail++;
  }
  const removedEnd = previous.length - tail;
  const addedEnd = lines.length - tail;
  if (head === removedEnd && head === addedEnd) return known;
  const inside = known.blocks.find((b) => b.open <= head && removedEnd <= b.close);
  if (!inside) return undefined;
  const opening = inside.open === head;
  const from = opening ? head + 1 : head;
  if (holdsFence(previous, from, removedEnd) || holdsFence(lines, from, addedEnd)) return undefined;
  const shift = addedEnd - removedEnd;
  const blocks = known.blocks.map((b) =>
    b.open < inside.open
      ? b
      : {open: b === inside ? b.open : b.open + shift, close: b.close + shift, item: b.item},
  );
  if (!opening) return {statuses: known.statuses, items: known.items, blocks};
  if (!reparse || removedEnd === head || addedEnd === head) return undefined;
  if (openingColons(lines[head]) !== openingColons(previous[head])) return undefined;
  const fragment = lines.slice(inside.open, inside.close + shift + 1);
  const read = modelItems(fragment.join('\n'), reparse.path, reparse.config);
  const [only] = read;
  const {start, end} = only?.position ?? {start: {line: 0, column: 0}, end: {line: 0}};
  if (read.length !== 1 || start.line !== 1 || start.column !== 1) return undefined;
  if (end.line !== fragment.length) return undefined;
  const items = known.items.map((item, i) =>
    i === inside.item ? {id: only.id, status: only.status} : item,
  );
  return {statuses: statusMap(items), items, blocks};
}

/** One commit's change to a file, reduced to what a timeline needs (see `BlobChange`). */
export interface StatusRevision {
  commit: string;
  date: string;
  author: string;
  /** Statuses before the commit, one map per parent that had the file (none when it was added). */
  before: Map<string, string>[];
  /** Statuses after the commit; absent when the commit deleted the file. */
  after?: Map<string, string>;
}

/**
 * Per item id, the changes of its status, oldest first. A commit changes an item's status when the status
 * after it differs from the status before it in every parent (so merging a branch repeats nothing).
 */
export function revisionTimelines(revisions: StatusRevision[]): Record<string, StatusChange[]> {
  const timelines = nullRecord<StatusChange[]>();
  for (const revision of revisions) {
    if (!revision.after) continue;
    for (const [id, to] of revision.after) {
      const before = revision.before.map((statuses) => statuses.get(id));
      if (before.includes(to)) continue;
      const from = before.find((status) => status !== undefined);
      const change: StatusChange = {
        date: revision.date.slice(0, 10),
        commit: revision.commit,
        author: revision.author,
        to,
      };
      if (from !== undefined) change.from = from;
      (ownValue(timelines, id) ?? (timelines[id] = [])).push(change);
    }
  }
  return timelines;
}
