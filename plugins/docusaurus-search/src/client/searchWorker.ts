import type {WorkerRequest, WorkerResponse} from './protocol.js';

type Listener = (response: WorkerResponse) => void;

let worker: Worker | undefined;
const listeners = new Set<Listener>();
let nextId = 1;

/** The one search worker of the page, started on first use with the index folder's URL. */
export function startSearchWorker(base: string): Worker {
  if (!worker) {
    worker = new Worker(new URL('./worker.js', import.meta.url), {name: 'kmportal-search'});
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      for (const listener of listeners) listener(event.data);
    });
    // The dev server answers one range per request (and logs an error for more): ask it so from the start.
    const multiRange = process.env.NODE_ENV === 'production';
    worker.postMessage({type: 'init', base, multiRange} satisfies WorkerRequest);
  }
  return worker;
}

/** Sends a query; returns its id, which the results carry. */
export function postSearch(
  base: string,
  request: Omit<Extract<WorkerRequest, {type: 'search'}>, 'type' | 'id'>,
): number {
  const id = nextId++;
  startSearchWorker(base).postMessage({type: 'search', id, ...request} satisfies WorkerRequest);
  return id;
}

/** Asks the worker to load what the next keystrokes of `query` (too short to search) will need. */
export function postPrefetch(base: string, query: string): void {
  startSearchWorker(base).postMessage({type: 'prefetch', query} satisfies WorkerRequest);
}

/** Subscribes to the worker's answers; returns the unsubscribe function. */
export function onSearchResponse(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
