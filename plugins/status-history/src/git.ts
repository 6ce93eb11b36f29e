import {execFileSync} from 'node:child_process';
import {repositorySnapshot} from './repository.js';

/** How much of a file's history git could give. */
export type HistoryAvailability = 'complete' | 'shallow' | 'unavailable';

/** One commit that touched a file, with the file's text at that commit. */
export interface FileRevision {
  commit: string;
  /** Author date, ISO 8601 with offset. */
  date: string;
  author: string;
  /** The file's text, or `undefined` when the file did not exist at that path. */
  text?: string;
}

/** The state of the repository that holds a file. */
export interface RepositoryState {
  availability: HistoryAvailability;
  /** Commit id of HEAD (absent when unavailable). */
  head?: string;
  /** Why the history is partial or missing. */
  reason?: string;
}

const MAX_BUFFER = 512 * 1024 * 1024;

/** Runs git (no shell) and returns its standard output. */
export function git(cwd: string, args: string[], input?: string): Buffer {
  return execFileSync('git', args, {
    cwd,
    input,
    // Read at each call (not at start-up), so a changed PATH or GIT_* variable is honoured.
    env: process.env,
    maxBuffer: MAX_BUFFER,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Why a git command failed, in one line. */
export function failureReason(error: unknown): string {
  const code = (error as {code?: string}).code;
  if (code === 'ENOENT') return 'the `git` command was not found';
  const stderr = String((error as {stderr?: Buffer}).stderr ?? '').trim();
  return stderr.split('\n')[0] || String(error);
}

/**
 * Whether `cwd` is in a git work tree, its HEAD, and whether the clone is shallow. Cheap: one `git rev-parse`
 * per directory, then a few reads of files in `.git` (see `repositorySnapshot`).
 */
export function repositoryState(cwd: string): RepositoryState {
  const {availability, head, reason} = repositorySnapshot(cwd);
  const state: RepositoryState = {availability};
  if (head) state.head = head;
  if (reason) state.reason = reason;
  return state;
}

/** Commits that touched `file` (relative to `cwd`), oldest first: one `git log` call (renames not followed). */
export function fileCommits(cwd: string, file: string): Omit<FileRevision, 'text'>[] {
  const out = git(cwd, ['log', '--reverse', '--format=%H%x1f%aI%x1f%an', '--', file]).toString();
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [commit, date, author] = line.split('\x1f');
      return {commit, date, author};
    });
}

/** Splits the output of `git cat-file --batch` for `count` requested objects. */
export function parseBatch(output: Buffer, count: number): (string | undefined)[] {
  const texts: (string | undefined)[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const end = output.indexOf(0x0a, offset);
    const header = output.subarray(offset, end).toString();
    offset = end + 1;
    if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
      texts.push(undefined);
      continue;
    }
    const size = Number(header.split(' ')[2]);
    texts.push(output.subarray(offset, offset + size).toString('utf8'));
    offset += size + 1;
  }
  return texts;
}

/** Every revision of `file`, oldest first: one `git log` and one `git cat-file --batch` (renames not followed). */
export function fileRevisions(cwd: string, file: string): FileRevision[] {
  const commits = fileCommits(cwd, file);
  if (commits.length === 0) return [];
  // `<commit>:./<path>` is read relative to `cwd`, so `cwd` need not be the top of the work tree.
  const posix = file.split('\\').join('/');
  const input = commits.map((c) => `${c.commit}:./${posix}`).join('\n') + '\n';
  const texts = parseBatch(git(cwd, ['cat-file', '--batch'], input), commits.length);
  return commits.map((c, i) => ({...c, text: texts[i]}));
}

/** The text of each blob, in the order asked (`undefined` when missing): one `git cat-file --batch`. */
export function readBlobs(cwd: string, ids: string[]): (string | undefined)[] {
  if (ids.length === 0) return [];
  return parseBatch(git(cwd, ['cat-file', '--batch'], ids.join('\n') + '\n'), ids.length);
}
