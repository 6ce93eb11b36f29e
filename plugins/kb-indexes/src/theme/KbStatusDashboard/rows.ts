import {useEffect, useRef, useState} from 'react';
import type {DashboardIndex, DashboardTable, LeanItem} from '@kmportal/kb-indexes';
import {fetchJson} from '../fetchJson.js';
import {chunksOf} from './query.js';

/** The table's index, fetched once after hydration; `error` when it cannot be loaded. */
export function useDashboardIndex(table: DashboardTable): {
  index: DashboardIndex | null;
  error: boolean;
} {
  const [state, setState] = useState<{index: DashboardIndex | null; error: boolean}>({
    index: null,
    error: false,
  });
  useEffect(() => {
    let live = true;
    fetchJson<DashboardIndex>(`${table.base}${table.index}`).then(
      (index) => live && setState({index, error: false}),
      () => live && setState({index: null, error: true}),
    );
    return () => {
      live = false;
    };
  }, [table.base, table.index]);
  return state;
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
  const files = useRef(new Map<number, Promise<LeanItem[]>>());
  const [state, setState] = useState<{key: string; rows: LeanItem[] | null; error: boolean}>({
    key: '',
    rows: null,
    error: false,
  });
  const key = positions ? positions.join(',') : '';
  useEffect(() => {
    if (!index || !positions) return undefined;
    let live = true;
    const load = (chunk: number) => {
      let file = files.current.get(chunk);
      if (!file) {
        file = fetchJson<LeanItem[]>(`${table.base}${index.chunks[chunk]}`);
        files.current.set(chunk, file);
        file.catch(() => files.current.delete(chunk));
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
