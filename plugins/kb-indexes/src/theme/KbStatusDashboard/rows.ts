import {useEffect, useRef, useState} from 'react';
import type {DashboardIndex, DashboardTable, LeanItem} from '@kmportal/kb-indexes';
import {fetchJson} from '../fetchJson.js';
import {chunksOf} from './query.js';

/** The table's index, fetched once after hydration; `error` when it cannot be loaded. */
export function useDashboardIndex(table: DashboardTable): {
  index: DashboardIndex | null;
  error: boolean;
} {
  const source = `${table.base}${table.index}`;
  const [state, setState] = useState<{
    source: string;
    index: DashboardIndex | null;
    error: boolean;
  }>({source: '', index: null, error: false});
  useEffect(() => {
    let live = true;
    fetchJson<DashboardIndex>(source).then(
      (index) => live && setState({source, index, error: false}),
      () => live && setState({source, index: null, error: true}),
    );
    return () => {
      live = false;
    };
  }, [source]);
  // Another table (recommendations or actions): nothing until its own index is in.
  return state.source === source ? state : {index: null, error: false};
}

/**
 * The rows at `positions`, fetching only the row files that hold them (each file once);
 * `null` while they load.
 */
export function useRows(
  table: DashboardTable,
  index: DashboardIndex | null,
  positions: readonly number[] | null,
): {rows: LeanItem[] | null; error: boolean} {
  const files = useRef(new Map<string, Promise<LeanItem[]>>());
  const [state, setState] = useState<{key: string; rows: LeanItem[] | null; error: boolean}>({
    key: '',
    rows: null,
    error: false,
  });
  const key = positions ? `${table.base}:${positions.join(',')}` : '';
  useEffect(() => {
    if (!index || !positions) return undefined;
    let live = true;
    const load = (chunk: number) => {
      const url = `${table.base}${index.chunks[chunk]}`;
      let file = files.current.get(url);
      if (!file) {
        file = fetchJson<LeanItem[]>(url);
        files.current.set(url, file);
        file.catch(() => files.current.delete(url));
      }
      return file;
    };
    const chunks = chunksOf(positions, index.chunkSize);
    Promise.all(chunks.map(load)).then(
      (loaded) => {
        const byChunk = new Map(chunks.map((chunk, n) => [chunk, loaded[n]!]));
        const rows = positions.map(
          (position) =>
            byChunk.get(Math.floor(position / index.chunkSize))![position % index.chunkSize]!,
        );
        if (live) setState({key, rows, error: false});
      },
      () => live && setState({key, rows: null, error: true}),
    );
    return () => {
      live = false;
    };
    // `key` stands for `positions`.
  }, [index, key, table.base]);
  return state.key === key ? {rows: state.rows, error: state.error} : {rows: null, error: false};
}
