import type {DocRecord, FacetFilter} from './format.js';
import type {MarkedText} from './marked.js';

/** Messages from the page to the search worker. */
export type WorkerRequest =
  | {type: 'init'; base: string; multiRange: boolean}
  /** Text too short to search yet: load what its next keystrokes need. */
  | {type: 'prefetch'; query: string}
  | {
      type: 'search';
      id: number;
      query: string;
      filter?: FacetFilter;
      limit: number;
      perPage?: number;
    };

/** One result, ready to render: the record, its marked title and snippet, and its page number. */
export interface SearchHit {
  doc: number;
  page: number;
  record: DocRecord;
  title: MarkedText;
  snippet: MarkedText;
  /** Index terms it matched (its marks). */
  terms: string[];
  /** The words searched, as typed: the target page highlights what they match. */
  words: string;
  /** Its docs version's label, when the index holds several versions. */
  version?: string;
}

/** Messages from the worker: results (first partial, as display chunks arrive, then complete), or an error. */
export type WorkerResponse =
  | {
      type: 'results';
      id: number;
      query: string;
      hits: SearchHit[];
      total: number;
      complete: boolean;
    }
  | {type: 'error'; id: number; message: string};
