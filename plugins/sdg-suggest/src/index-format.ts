import type {SdgLocale} from './locale.js';

/** One vocabulary entry: the stems of a phrase, the goal (`6`) or target (`6.1`) it names, its weight. */
export type IndexEntry = [key: string, code: string, weight: number];

/** The shipped index (`data/index.json`), as written by `buildIndex`. */
export interface SdgIndexData {
  format: 1;
  /** Where the vocabulary comes from, with licences. */
  sources: string[];
  locales: Record<SdgLocale, IndexEntry[]>;
}

/** Version of the index file; bumped on any incompatible change. */
export const INDEX_FORMAT = 1;
