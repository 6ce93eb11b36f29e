// The page's search engine, in a chunk of its own with the index manifest, loaded on first use: holds
// the loaded shards between keystrokes and answers the newest query. It runs on the page's thread, not
// in a worker: a query whose shards and texts are loaded is answered within the keystroke's own task,
// so its results paint in the frame that shows the typed letter (a worker's answer comes back as a
// task of its own, after that frame, one frame later: bench:search measured 23 ms p50 so).
import manifest from '@kmportal/search-manifest';
import {useLanguages} from './analyze.js';
import {SearchEngine} from './engine.js';
import type {SearchManifest} from './format.js';
import {searchHits} from './hits.js';
import {createHttpSource} from './source.js';
import type {SearchRequest, SearchResponse} from './protocol.js';

/** The engine of the page, as the search client drives it. */
export interface PageSearch {
  search(request: SearchRequest): void;
  /** Loads what the next keystrokes of `query` (too short to search) will need. */
  prefetch(query: string): void;
}

/** Starts the page's engine over the index folder at `base`; answers go to `post`. */
export function createPageSearch(
  base: string,
  multiRange: boolean,
  post: (response: SearchResponse) => void,
): PageSearch {
  const {languages} = manifest as SearchManifest;
  if (languages) useLanguages(languages);
  const engine = new SearchEngine(
    manifest as SearchManifest,
    createHttpSource(base, fetch, {multiRange}),
  );
  let latest = 0;
  const search = async (request: SearchRequest) => {
    latest = request.id;
    // A newer keystroke supersedes this query: it is not ranked, and its partial answers not rendered.
    const stale = () => request.id !== latest;
    await searchHits(
      engine,
      request,
      (hits, total, complete) => {
        if (stale() && !complete) return;
        post({type: 'results', id: request.id, query: request.query, hits, total, complete});
      },
      stale,
    );
  };
  return {
    search: (request) =>
      search(request).catch((error: unknown) =>
        post({
          type: 'error',
          id: request.id,
          message: error instanceof Error ? error.message : String(error),
        }),
      ),
    // A failed prefetch costs nothing: the query that needs the shards loads them again, and reports.
    prefetch: (query) => void engine.prefetch(query).catch(() => undefined),
  };
}
