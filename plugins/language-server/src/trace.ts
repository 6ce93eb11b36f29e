// Where a keystroke's time goes, for `npm run bench:lsp`: with `KMPORTAL_LSP_TRACE=<file>` set, the
// server notes what it did and when (wall clock in ms, comparable across processes), the garbage
// collector's pauses and the CPU time of each check, and writes them there as JSON lines when it exits.
// Off (the default), tracing costs one branch per event.
import {writeFileSync} from 'node:fs';
import {PerformanceObserver} from 'node:perf_hooks';

/** One noted event: wall-clock time (ms since the epoch, fractional), a name, and what it is about. */
export interface TraceEvent {
  at: number;
  event: string;
  detail?: string | number;
  /** Milliseconds the event lasted (garbage collection), or of CPU it took (a check). */
  ms?: number;
}

const file = process.env.KMPORTAL_LSP_TRACE;
const events: TraceEvent[] = [];

function now(): number {
  return performance.timeOrigin + performance.now();
}

/** Notes an event when tracing is on. */
export function trace(event: string, detail?: string | number, ms?: number): void {
  if (file) events.push({at: now(), event, detail, ms});
}

/** Whether tracing is on. */
export const tracing = Boolean(file);

/** Runs `work`, noting its CPU time (user + system) under `event` when tracing is on. */
export function traced<T>(event: string, detail: string | number, work: () => T): T {
  if (!file) return work();
  const before = process.cpuUsage();
  const start = now();
  try {
    return work();
  } finally {
    const cpu = process.cpuUsage(before);
    events.push({at: start, event, detail, ms: (cpu.user + cpu.system) / 1000});
    events.push({at: now(), event: `${event}:end`, detail});
  }
}

if (file) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      events.push({at: performance.timeOrigin + entry.startTime, event: 'gc', ms: entry.duration});
  }).observe({entryTypes: ['gc']});
  process.on('exit', () =>
    writeFileSync(file, events.map((event) => JSON.stringify(event)).join('\n') + '\n'),
  );
}
