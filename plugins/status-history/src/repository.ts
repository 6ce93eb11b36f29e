import {readFileSync, statSync} from 'node:fs';
import {isAbsolute, join, resolve} from 'node:path';
import {failureReason, git} from './git.js';
import type {HistoryAvailability} from './git.js';

/** Where a directory's repository lives: found with one `git rev-parse` per directory. */
export interface RepositoryLocation {
  /** Top of the work tree. */
  top: string;
  /** The directory's path inside the work tree (`docs/` or empty), as `git rev-parse --show-prefix` says. */
  prefix: string;
  /** `.git` directory of this work tree (holds `HEAD`). */
  gitDir: string;
  /** Common `.git` directory (holds refs, `packed-refs`, `shallow`); differs from `gitDir` in linked work trees. */
  commonDir: string;
}

/** The state of a repository at one moment: cheap to get again (a few file reads, no process). */
export interface RepositorySnapshot {
  availability: HistoryAvailability;
  location?: RepositoryLocation;
  /** Commit id of HEAD. */
  head?: string;
  reason?: string;
}

/** How long a failed look-up (no git, no repository, no commit) is trusted before git is asked again. */
const RETRY_MS = 2000;

interface Located {
  location?: RepositoryLocation;
  reason?: string;
  at: number;
}

const locations = new Map<string, Located>();

function locate(cwd: string): Located {
  const known = locations.get(cwd);
  if (known && (known.location || Date.now() - known.at < RETRY_MS)) return known;
  let found: Located;
  try {
    const [top, prefix, gitDir, commonDir] = git(cwd, [
      'rev-parse',
      '--show-toplevel',
      '--show-prefix',
      '--absolute-git-dir',
      '--git-common-dir',
    ])
      .toString()
      .split('\n');
    const absolute = (dir: string) => (isAbsolute(dir) ? dir : resolve(cwd, dir));
    found = {
      location: {top, prefix, gitDir, commonDir: absolute(commonDir)},
      at: Date.now(),
    };
  } catch (error) {
    found = {reason: failureReason(error), at: Date.now()};
  }
  locations.set(cwd, found);
  return found;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** HEAD's commit id read from the files of the `.git` directory (loose ref or `packed-refs`), no process. */
function headFromFiles(location: RepositoryLocation): string | undefined {
  const head = readText(join(location.gitDir, 'HEAD'))?.trim();
  if (!head) return undefined;
  if (OBJECT_ID.test(head)) return head;
  const ref = /^ref: (refs\/\S+)$/.exec(head)?.[1];
  if (!ref) return undefined;
  const loose = readText(join(location.commonDir, ref))?.trim();
  if (loose !== undefined) return OBJECT_ID.test(loose) ? loose : undefined;
  const packed = readText(join(location.commonDir, 'packed-refs')) ?? '';
  for (const line of packed.split('\n')) {
    if (line.endsWith(` ${ref}`)) {
      const id = line.slice(0, line.indexOf(' '));
      return OBJECT_ID.test(id) ? id : undefined;
    }
  }
  return undefined;
}

interface AskedHead {
  head?: string;
  reason?: string;
  at: number;
}

const asked = new Map<string, AskedHead>();

/** HEAD asked of git, trusted for `RETRY_MS` (for ref formats the files cannot tell, e.g. reftable, or no commit yet). */
function headFromGit(location: RepositoryLocation): AskedHead {
  const known = asked.get(location.gitDir);
  if (known && Date.now() - known.at < RETRY_MS) return known;
  let answer: AskedHead;
  try {
    answer = {head: git(location.top, ['rev-parse', '--verify', 'HEAD']).toString().trim(), at: 0};
  } catch (error) {
    answer = {
      reason: `HEAD is not a commit, the repository may have none yet (${failureReason(error)})`,
      at: 0,
    };
  }
  answer.at = Date.now();
  asked.set(location.gitDir, answer);
  return answer;
}

function isShallow(location: RepositoryLocation): boolean {
  try {
    return statSync(join(location.commonDir, 'shallow')).size > 0;
  } catch {
    return false;
  }
}

/**
 * The repository holding `cwd`, its HEAD and whether it is shallow. The first call per directory runs one
 * `git rev-parse`; later calls read `.git/HEAD`, the ref it names (or `packed-refs`) and `.git/shallow`,
 * so a new commit is seen at once without starting a process. A production build (`NODE_ENV=production`, as
 * `docusaurus build` sets it) reads them once per directory: its pages are one snapshot of the repository.
 */
export function repositorySnapshot(cwd: string): RepositorySnapshot {
  if (process.env.NODE_ENV !== 'production') return readSnapshot(cwd);
  let known = snapshots.get(cwd);
  if (!known) snapshots.set(cwd, (known = readSnapshot(cwd)));
  return known;
}

const snapshots = new Map<string, RepositorySnapshot>();

function readSnapshot(cwd: string): RepositorySnapshot {
  const {location, reason} = locate(cwd);
  if (!location) return {availability: 'unavailable', reason};
  let head = headFromFiles(location);
  if (!head) {
    const answer = headFromGit(location);
    if (!answer.head) return {availability: 'unavailable', location, reason: answer.reason};
    head = answer.head;
  }
  if (isShallow(location)) {
    return {
      availability: 'shallow',
      location,
      head,
      reason: 'the clone is shallow: older commits are missing',
    };
  }
  return {availability: 'complete', location, head};
}

/** Forget what is known of repositories (tests, `clearStatusHistoryCache`). */
export function clearRepositoryCache(): void {
  locations.clear();
  asked.clear();
  snapshots.clear();
}
