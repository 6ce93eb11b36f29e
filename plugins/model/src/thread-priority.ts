import {setPriority} from 'node:os';

/** The lowest scheduling priority (nice 19): the thread runs on what the build's other threads leave idle. */
const BACKGROUND = 19;

/**
 * Lowers the scheduling priority of the calling thread to the lowest (Linux, where a priority is a
 * thread's own), for a worker whose work is only awaited at the end of a build (the feeds, the exports):
 * it runs on the cores the build leaves idle instead of taking them from the main thread, which loads
 * the site and runs the bundler's JavaScript loaders. Elsewhere (macOS, Windows) the priority is the
 * whole process's, and it is left alone. Returns whether it was lowered; never throws.
 */
export function runInBackground(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    setPriority(BACKGROUND);
    return true;
  } catch {
    return false;
  }
}
