// Every page's side of search: starts the engine's chunk on first use and relays queries and answers.
import type {PageSearch} from './pageSearch.js';
import type {SearchRequest, SearchResponse} from './protocol.js';

type Listener = (response: SearchResponse) => void;

let engine: PageSearch | undefined;
let loading: Promise<PageSearch> | undefined;
/** What was asked before the engine's chunk arrived: the prefetches, and the newest search. */
let queued: {prefetches: string[]; search?: SearchRequest} = {prefetches: []};
const listeners = new Set<Listener>();
let nextId = 1;

const deliver = (response: SearchResponse) => {
  for (const listener of listeners) listener(response);
};

/**
 * Loads the page's engine (its chunk, with the index manifest) on first use, for the index folder at
 * `base`; later calls share it.
 */
export function startSearch(base: string): Promise<PageSearch> {
  if (loading) return loading;
  loading = import(/* webpackChunkName: "kmportal-search" */ './pageSearch.js').then(
    ({createPageSearch}) => {
      // The dev server answers one range per request (and logs an error for more): ask it so from the start.
      const multiRange = process.env.NODE_ENV === 'production';
      engine = createPageSearch(base, multiRange, deliver);
      const {prefetches, search} = queued;
      queued = {prefetches: []};
      prefetches.forEach((query) => engine!.prefetch(query));
      if (search) engine.search(search);
      return engine;
    },
  );
  // A chunk that failed to load (offline) is asked for again by the next query, which reports.
  loading.catch((error: unknown) => {
    loading = undefined;
    const search = queued.search;
    queued = {prefetches: []};
    if (search) deliver({type: 'error', id: search.id, message: String(error)});
  });
  return loading;
}

/** Sends a query; returns its id, which the answers carry. */
export function postSearch(base: string, request: Omit<SearchRequest, 'id'>): number {
  const search: SearchRequest = {id: nextId++, ...request};
  if (engine) engine.search(search);
  else {
    queued.search = search;
    void startSearch(base).catch(() => undefined);
  }
  return search.id;
}

/** Asks the engine to load what the next keystrokes of `query` (too short to search) will need. */
export function postPrefetch(base: string, query: string): void {
  if (engine) engine.prefetch(query);
  else {
    queued.prefetches.push(query);
    void startSearch(base).catch(() => undefined);
  }
}

/** Subscribes to the engine's answers; returns the unsubscribe function. */
export function onSearchResponse(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
