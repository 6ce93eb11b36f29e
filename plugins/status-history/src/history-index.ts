import {git} from './git.js';

/** One commit's change to one file, as `git log --raw` lists it. */
export interface BlobChange {
  commit: string;
  /** Author date, ISO 8601 with offset. */
  date: string;
  author: string;
  /** Path of the file after the commit, from the top of the work tree. */
  path: string;
  /** Blob ids of the file before the commit: none when added, one per parent in a merge that changed it. */
  before: string[];
  /** Blob id after the commit; absent when the commit deleted the file. */
  after?: string;
}

/** A file's changes as a persistent list, newest last; a rename shares the list of the old path. */
interface Chain {
  change: BlobChange;
  previous?: Chain;
  length: number;
}

/** Every file's changes in the history of one HEAD, renames followed. */
export interface HistoryIndex {
  /** Changes of the file at `path` (from the top of the work tree), oldest first, following renames. */
  changes(path: string): BlobChange[];
  /** A key that changes whenever the changes of `path` change (for caches across HEADs). */
  key(path: string): string | undefined;
  /** Paths that exist at HEAD. */
  paths(): string[];
}

const ZERO = /^0+$/;
const GITLINK = '160000';

/**
 * Reads the whole history in ONE `git log --raw -M` (renames detected in each commit; merges as combined
 * diffs: only files that differ from every parent) and indexes each file's changes, following renames.
 */
export function readHistoryIndex(top: string, head = 'HEAD'): HistoryIndex {
  const output = git(top, [
    '-c',
    'log.showSignature=false',
    'log',
    '--reverse',
    '--date-order',
    '--root',
    '-c',
    '-M',
    '--raw',
    '-z',
    '--no-abbrev',
    '--no-color',
    '--format=%x1e%H%x1f%aI%x1f%an',
    head,
    '--',
  ]).toString('utf8');
  return indexHistory(output);
}

/** Indexes the output of `readHistoryIndex`'s `git log` (exported for tests). */
export function indexHistory(output: string): HistoryIndex {
  const chains = new Map<string, Chain>();
  for (const record of output.split('\x1e')) {
    if (!record) continue;
    const fields = record.split('\0');
    const [commit, date, author] = fields[0].split('\x1f');
    // Applied after the whole commit is read: a rename reads the old path's chain as it was before the commit.
    const updates: {path: string; change: BlobChange; base?: Chain; renamed: boolean}[] = [];
    for (let i = 1; i < fields.length; i++) {
      const meta = fields[i].replace(/^\n+/, '');
      if (!meta.startsWith(':')) continue;
      const colons = /^:+/.exec(meta)![0].length;
      const words = meta.slice(colons).split(' ');
      // `:old-mode… new-mode old-id… new-id STATUS`, one old mode and id per parent.
      const modes = words.slice(0, colons + 1);
      const ids = words.slice(colons + 1, 2 * colons + 2);
      const status = words[2 * colons + 2] ?? '';
      const path = fields[++i];
      const renamed = colons === 1 && (status[0] === 'R' || status[0] === 'C');
      const target = renamed ? fields[++i] : path;
      if (modes.includes(GITLINK)) continue;
      const change: BlobChange = {
        commit,
        date,
        author,
        path: target,
        before: ids.slice(0, colons).filter((id) => !ZERO.test(id)),
      };
      const after = ids[colons];
      if (!ZERO.test(after)) change.after = after;
      updates.push({path: target, change, base: renamed ? chains.get(path) : undefined, renamed});
      if (status[0] === 'R') {
        const deleted = {commit, date, author, path, before: change.before};
        updates.push({path, change: deleted, renamed: false});
      }
    }
    for (const {path, change, base, renamed} of updates) {
      const previous = renamed ? base : chains.get(path);
      chains.set(path, {change, previous, length: (previous?.length ?? 0) + 1});
    }
  }
  return {
    changes(path) {
      const list: BlobChange[] = [];
      for (let chain = chains.get(path); chain; chain = chain.previous) list.push(chain.change);
      return list.reverse();
    },
    key(path) {
      const chain = chains.get(path);
      return chain && `${chain.change.commit}:${chain.length}`;
    },
    paths() {
      return [...chains].filter(([, chain]) => chain.change.after).map(([path]) => path);
    },
  };
}
