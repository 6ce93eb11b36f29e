import {useEffect, useRef, useState} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {FacetFilter} from './format.js';
import type {SearchHit} from './protocol.js';
import {onSearchResponse, postPrefetch, postSearch} from './searchWorker.js';

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

/** Searches as `query` changes; a newer query supersedes an older one's answers. */
export function useSearch(
  query: string,
  limit: number,
  filter?: FacetFilter,
  perPage?: number,
): SearchState {
  const base = useIndexBase();
  const [state, setState] = useState<SearchState>(EMPTY);
  const latest = useRef(0);
  const filterKey = JSON.stringify(filter ?? {});
  useEffect(
    () =>
      onSearchResponse((response) => {
        if (response.id !== latest.current) return;
        if (response.type === 'error')
          setState((s) => ({...s, loading: false, error: response.message}));
        else
          setState({
            hits: response.hits,
            total: response.total,
            loading: !response.complete,
            query: response.query,
          });
      }),
    [],
  );
  useEffect(() => {
    if (query.trim().length < MIN_QUERY_LENGTH) {
      latest.current = 0;
      // Answered at once: nothing to show yet, but its word's next keystrokes' shards start loading.
      setState({...EMPTY, query});
      if (query.trim()) postPrefetch(base, query);
      return;
    }
    const filter = JSON.parse(filterKey) as FacetFilter;
    latest.current = postSearch(base, {query, limit, filter, perPage});
    setState((s) => ({...s, loading: true, error: undefined}));
  }, [base, query, limit, filterKey, perPage]);
  return state;
}
