// The search worker: holds the loaded shards between keystrokes and answers one query at a time.
import manifest from '@kmportal/search-manifest';
import {SearchEngine} from './engine.js';
import type {SearchManifest} from './format.js';
import {searchHits} from './hits.js';
import type {WorkerRequest, WorkerResponse} from './protocol.js';

let engine: SearchEngine | undefined;
let latest = 0;

const post = (message: WorkerResponse) => (self as unknown as Worker).postMessage(message);

async function readJson(base: string, file: string): Promise<unknown> {
  const response = await fetch(base + file);
  if (!response.ok) throw new Error(`Search index file ${file}: HTTP ${response.status}`);
  return response.json();
}

async function search(request: Extract<WorkerRequest, {type: 'search'}>): Promise<void> {
  latest = request.id;
  if (!engine) throw new Error('The search worker got a query before its index location.');
  await searchHits(engine, request, (hits, total, complete) => {
    // A newer keystroke supersedes this query: its partial answers are not worth rendering.
    if (request.id !== latest && !complete) return;
    post({type: 'results', id: request.id, query: request.query, hits, total, complete});
  });
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'init') {
    engine ??= new SearchEngine(manifest as SearchManifest, (file) => readJson(request.base, file));
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
