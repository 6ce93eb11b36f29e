import {join, relative, resolve, sep} from 'node:path';
import type {ModelConfig} from '@kmportal/model';
import {readBlobs, type HistoryAvailability} from './git.js';
import {readHistoryIndex, type BlobChange, type HistoryIndex} from './history-index.js';
import {clearRepositoryCache, repositorySnapshot, type RepositoryLocation} from './repository.js';
import {
  linesOf,
  parseRevision,
  revisionTimelines,
  statusesAfterEdit,
  type RevisionStatuses,
  type StatusChange,
} from './timeline.js';

export {fileCommits, fileRevisions, readBlobs, repositoryState} from './git.js';
export type {FileRevision, HistoryAvailability, RepositoryState} from './git.js';
export {indexHistory, readHistoryIndex} from './history-index.js';
export type {BlobChange, HistoryIndex} from './history-index.js';
export {repositorySnapshot} from './repository.js';
export type {RepositoryLocation, RepositorySnapshot} from './repository.js';
export {
  linesOf,
  parseRevision,
  revisionTimelines,
  statusesAfterEdit,
  statusesOf,
  statusTimelines,
} from './timeline.js';
export type {ReparseOptions, RevisionStatuses, StatusChange, StatusRevision} from './timeline.js';

/** The status history of one page's items. */
export interface PageStatusHistory {
  availability: HistoryAvailability;
  /** Why the history is partial or missing (for an info line). */
  reason?: string;
  /** Per item id, its status changes, oldest first. */
  timelines: Record<string, StatusChange[]>;
}

/** Options of `pageStatusHistory`. */
export interface StatusHistoryOptions {
  /** Directory inside the repository (the site root); paths are relative to it. */
  cwd: string;
  config: ModelConfig;
  /** Called once per repository state that is not complete, e.g. to log an info line. */
  onPartial?: (message: string) => void;
}

/** Blobs read per `git cat-file --batch` process, to bound the memory a batch holds. */
const BLOBS_PER_BATCH = 2000;
const PAGE = /\.mdx?$/i;

/** Per work tree, the history index of one HEAD (or why it could not be read). */
const indexes = new Map<string, {key: string; index?: HistoryIndex; error?: string}>();
/** Per page (work tree, path, chain of changes, availability), its history: survives new commits elsewhere. */
const histories = new Map<string, PageStatusHistory>();
/** Per blob id, what its parse told (content-addressed: valid in any repository, at any HEAD). */
const parsed = new Map<string, RevisionStatuses>();
const reported = new Set<string>();

function notePartial(
  options: StatusHistoryOptions,
  state: {availability: string; reason?: string},
) {
  const key = `${options.cwd}\0${state.availability}`;
  if (state.availability === 'complete' || reported.has(key)) return;
  reported.add(key);
  const what = state.availability === 'shallow' ? 'partial' : 'not available';
  options.onPartial?.(`Status history is ${what}: ${state.reason}.`);
}

/**
 * A history git could not read although the work tree is there (a corrupted or missing object, a broken
 * pack): said once through `onPartial`, like a shallow clone, instead of an unexplained "unavailable".
 */
function unreadable(options: StatusHistoryOptions, error: string | undefined): PageStatusHistory {
  const cause = (error ?? 'unknown error')
    .replace(/^Error: /, '')
    .split('\n')[0]!
    .trim();
  const reason = `git could not read the repository's history (${cause}); run \`git fsck\` and repair or re-clone the repository`;
  notePartial(options, {availability: 'unavailable', reason});
  return {availability: 'unavailable', reason, timelines: {}};
}

function historyIndex(location: RepositoryLocation, head: string, availability: string) {
  const key = `${head}\0${availability}`;
  const known = indexes.get(location.top);
  if (known?.key === key) return known;
  let entry: {key: string; index?: HistoryIndex; error?: string};
  try {
    entry = {key, index: readHistoryIndex(location.top, head)};
  } catch (error) {
    entry = {key, error: String(error)};
  }
  indexes.set(location.top, entry);
  return entry;
}

/** Reads, then parses or derives, the statuses of every blob the pages' changes need. */
function readStatuses(location: RepositoryLocation, pages: BlobChange[][], config: ModelConfig) {
  const wanted = new Set<string>();
  for (const changes of pages) {
    for (const change of changes) {
      if (!change.after || parsed.has(change.after)) continue;
      wanted.add(change.after);
      for (const id of change.before) wanted.add(id);
    }
  }
  if (wanted.size === 0) return;
  const ids = [...wanted];
  const texts = new Map<string, string | undefined>();
  readBlobs(location.top, ids).forEach((text, i) => texts.set(ids[i], text));
  const lines = new Map<string, string[]>();
  const linesFor = (id: string) => {
    let known = lines.get(id);
    if (!known) lines.set(id, (known = linesOf(texts.get(id) ?? '')));
    return known;
  };
  const statusesFor = (id: string, path: string): RevisionStatuses => {
    let known = parsed.get(id);
    if (known) return known;
    const text = texts.get(id);
    if (text === undefined) return {statuses: new Map(), items: [], blocks: []};
    known = parseRevision(text, linesFor(id), path, config);
    parsed.set(id, known);
    return known;
  };
  for (const changes of pages) {
    for (const change of changes) {
      if (!change.after || parsed.has(change.after) || !texts.has(change.after)) continue;
      const [first] = change.before;
      const base =
        first !== undefined && texts.has(first) ? statusesFor(first, change.path) : undefined;
      const derived =
        base &&
        statusesAfterEdit(base, linesFor(first), linesFor(change.after), {
          path: change.path,
          config,
        });
      if (derived) parsed.set(change.after, derived);
      else statusesFor(change.after, change.path);
    }
  }
}

const NONE = new Map<string, string>();

function pageHistory(
  changes: BlobChange[],
  availability: HistoryAvailability,
  reason: string | undefined,
): PageStatusHistory {
  const statuses = (id: string) => parsed.get(id)?.statuses ?? NONE;
  const timelines = revisionTimelines(
    changes.map((change) => ({
      commit: change.commit,
      date: change.date,
      author: change.author,
      before: change.before.map(statuses),
      after: change.after === undefined ? undefined : statuses(change.after),
    })),
  );
  const history: PageStatusHistory = {availability, timelines};
  if (reason) history.reason = reason;
  return history;
}

/**
 * Status timelines of the items of `file`, read from git; never throws. The repository's whole history is
 * read once per HEAD (one `git log`), each blob once (one `git cat-file --batch` for the requested page and
 * every other page below `cwd` not yet read), and each page's history is kept until a commit changes it.
 */
export function pageStatusHistory(file: string, options: StatusHistoryOptions): PageStatusHistory {
  const snapshot = repositorySnapshot(options.cwd);
  notePartial(options, snapshot);
  const {availability, location, head, reason} = snapshot;
  if (availability === 'unavailable' || !location || !head) {
    return {availability: 'unavailable', reason, timelines: {}};
  }
  const inCwd = relative(options.cwd, resolve(options.cwd, file)).split(sep).join('/');
  const path = join(location.prefix, inCwd).split(sep).join('/');
  const {index, error} = historyIndex(location, head, availability);
  if (!index) return unreadable(options, error);
  const cacheKey = (p: string) => `${location.top}\0${p}\0${index.key(p)}\0${availability}`;
  const key = index.key(path);
  if (!key) return reason ? {availability, reason, timelines: {}} : {availability, timelines: {}};
  const cached = histories.get(cacheKey(path));
  if (cached) return cached;
  try {
    // The other pages below `cwd` will be asked for next (a build asks for every page): read them together.
    const pages = [
      path,
      ...index
        .paths()
        .filter(
          (p) =>
            p !== path &&
            p.startsWith(location.prefix) &&
            PAGE.test(p) &&
            !histories.has(cacheKey(p)),
        ),
    ];
    let batch: {path: string; changes: BlobChange[]}[] = [];
    let blobs = 0;
    const flush = () => {
      readStatuses(
        location,
        batch.map((page) => page.changes),
        options.config,
      );
      for (const page of batch) {
        histories.set(cacheKey(page.path), pageHistory(page.changes, availability, reason));
      }
      batch = [];
      blobs = 0;
    };
    for (const p of pages) {
      const changes = index.changes(p);
      batch.push({path: p, changes});
      blobs += changes.length;
      if (blobs >= BLOBS_PER_BATCH) flush();
    }
    if (batch.length > 0) flush();
  } catch (error) {
    histories.set(cacheKey(path), unreadable(options, String(error)));
  }
  return histories.get(cacheKey(path))!;
}

/** Forget cached histories, indexes and repository look-ups (for tests and long-running dev servers). */
export function clearStatusHistoryCache(): void {
  indexes.clear();
  histories.clear();
  parsed.clear();
  reported.clear();
  clearRepositoryCache();
}
