import {useEffect, useRef, useState, useSyncExternalStore} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {FacetFilter} from './format.js';
import type {SearchHit} from './protocol.js';
import {onSearchResponse, postPrefetch, postSearch} from './searchClient.js';

/** The state of a search as the UI shows it. */
export interface SearchState {
  hits: SearchHit[];
  total: number;
  /** A query is on its way: shards or result texts are loading. */
  loading: boolean;
  /** The query the hits answer. */
  query: string;
  error?: string;
}

/** Queries shorter than this (trimmed) are not searched. */
export const MIN_QUERY_LENGTH = 2;

const EMPTY: SearchState = {hits: [], total: 0, loading: false, query: ''};

/** The URL of the index folder. */
export function useIndexBase(): string {
  return useBaseUrl('/search/');
}

/**
 * One search's state, read through `useSyncExternalStore`: React renders a store's change at once, in
 * the task that made it, not at its next turn (as a `setState` outside an event would be). So an answer
 * the engine finds within the keystroke's own task paints in the frame that shows the letter typed.
 */
class SearchStore {
  private state: SearchState = EMPTY;
  private listeners = new Set<() => void>();
  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  readonly get = () => this.state;
  set(update: (state: SearchState) => SearchState): void {
    this.state = update(this.state);
    for (const listener of this.listeners) listener();
  }
}

const serverState = () => EMPTY;

/** Searches as `query` changes; a newer query supersedes an older one's answers. */
export function useSearch(
  query: string,
  limit: number,
  filter?: FacetFilter,
  perPage?: number,
): SearchState {
  const base = useIndexBase();
  const [store] = useState(() => new SearchStore());
  const state = useSyncExternalStore(store.subscribe, store.get, serverState);
  const latest = useRef(0);
  /** The newest query whose complete answer has come. */
  const answered = useRef(0);
  const filterKey = JSON.stringify(filter ?? {});
  useEffect(
    () =>
      onSearchResponse((response) => {
        if (response.id !== latest.current) return;
        if (response.type === 'error' || response.complete) answered.current = response.id;
        if (response.type === 'error')
          store.set((s) => ({...s, loading: false, error: response.message}));
        else
          store.set(() => ({
            hits: response.hits,
            total: response.total,
            loading: !response.complete,
            query: response.query,
          }));
      }),
    [store],
  );
  useEffect(() => {
    if (query.trim().length < MIN_QUERY_LENGTH) {
      latest.current = 0;
      // Answered at once: nothing to show yet, but its word's next keystrokes' shards start loading.
      store.set(() => ({...EMPTY, query}));
      if (query.trim()) postPrefetch(base, query);
      return;
    }
    const filter = JSON.parse(filterKey) as FacetFilter;
    const id = postSearch(base, {query, limit, filter, perPage});
    latest.current = id;
    // Loading only if the answer did not come within this task (shards and texts to fetch): an answer
    // from loaded shards renders once, without a spinner drawn and removed in between.
    const timer = setTimeout(() => {
      if (latest.current === id && answered.current !== id)
        store.set((s) => ({...s, loading: true, error: undefined}));
    }, 0);
    return () => clearTimeout(timer);
  }, [base, store, query, limit, filterKey, perPage]);
  return state;
}
