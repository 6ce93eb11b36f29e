import {relative, resolve} from 'node:path';
import type {ModelConfig} from '@kmportal/model';
import {fileRevisions, repositoryState, type HistoryAvailability} from './git.js';
import {statusTimelines, type StatusChange} from './timeline.js';

export {fileCommits, fileRevisions, repositoryState} from './git.js';
export type {FileRevision, HistoryAvailability, RepositoryState} from './git.js';
export {statusesOf, statusTimelines} from './timeline.js';
export type {StatusChange} from './timeline.js';

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

const cache = new Map<string, PageStatusHistory>();
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

/** Status timelines of the items of `file`, read from git; cached per file and HEAD, never throws. */
export function pageStatusHistory(file: string, options: StatusHistoryOptions): PageStatusHistory {
  const state = repositoryState(options.cwd);
  notePartial(options, state);
  if (state.availability === 'unavailable') {
    return {availability: 'unavailable', reason: state.reason, timelines: {}};
  }
  const path = relative(options.cwd, resolve(options.cwd, file));
  // Keyed by the absolute file, so readers with different `cwd`s (remark: docs folder, exports: site) share it.
  const key = `${resolve(options.cwd, file)}\0${state.head}`;
  const cached = cache.get(key);
  if (cached) return cached;
  let history: PageStatusHistory;
  try {
    const timelines = statusTimelines(fileRevisions(options.cwd, path), path, options.config);
    history = {availability: state.availability, reason: state.reason, timelines};
  } catch (error) {
    history = {availability: 'unavailable', reason: String(error), timelines: {}};
  }
  cache.set(key, history);
  return history;
}

/** Forget cached histories (for tests and long-running dev servers). */
export function clearStatusHistoryCache(): void {
  cache.clear();
  reported.clear();
}
