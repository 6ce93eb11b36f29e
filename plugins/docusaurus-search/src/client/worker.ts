// The search worker: holds the loaded shards between keystrokes and answers one query at a time.
import manifest from '@kmportal/search-manifest';
import {useLanguages} from './analyze.js';
import {SearchEngine} from './engine.js';
import type {SearchManifest} from './format.js';
import {searchHits} from './hits.js';
import {createHttpSource} from './source.js';
import type {WorkerRequest, WorkerResponse} from './protocol.js';

let engine: SearchEngine | undefined;
let latest = 0;

/** Resolves after the messages already queued for the worker are handled. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const post = (message: WorkerResponse) => (self as unknown as Worker).postMessage(message);

async function search(request: Extract<WorkerRequest, {type: 'search'}>): Promise<void> {
  latest = request.id;
  if (!engine) throw new Error('The search worker got a query before its index location.');
  // A newer keystroke supersedes this query: it is not ranked, and its partial answers not rendered.
  const stale = () => request.id !== latest;
  // Keystrokes queued behind this one are delivered first: only the newest of a burst is ranked.
  await nextTask();
  if (stale()) return;
  await searchHits(
    engine,
    request,
    (hits, total, complete) => {
      if (stale() && !complete) return;
      post({type: 'results', id: request.id, query: request.query, hits, total, complete});
    },
    stale,
  );
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'init') {
    const {languages} = manifest as SearchManifest;
    if (languages) useLanguages(languages);
    engine ??= new SearchEngine(
      manifest as SearchManifest,
      createHttpSource(request.base, fetch, {multiRange: request.multiRange}),
    );
    return;
  }
  if (request.type === 'prefetch') {
    // A failed prefetch costs nothing: the query that needs the shards loads them again, and reports.
    engine?.prefetch(request.query).catch(() => undefined);
    return;
  }
  search(request).catch((error: unknown) =>
    post({
      type: 'error',
      id: request.id,
      message: error instanceof Error ? error.message : String(error),
    }),
  );
});
