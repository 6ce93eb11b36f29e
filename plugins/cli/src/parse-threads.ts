import {availableParallelism, loadavg} from 'node:os';
import type {ParallelOptions} from '@kmportal/model';

/**
 * How the commands that read the whole site parse it (`loadSiteAsync`'s options): with the model's
 * worker threads while a core is free, on the calling thread alone when the machine's cores are already
 * busy (a one-minute load average at or over their number). There a second thread only waits for a core
 * too, and pays its own start and its own warm-up of the parser: a cold `kb export` of 1,000 pages at a
 * load of 14 took 4.6–5.2 s of CPU and 13.9–17.0 s on one thread, 5.8–7.3 s and 16.6–20.4 s with a
 * worker (four runs each, alternated).
 */
export function parseThreads(
  load: number = loadavg()[0] ?? 0,
  cores: number = availableParallelism(),
): ParallelOptions {
  return load >= cores ? {workers: 0} : {};
}
