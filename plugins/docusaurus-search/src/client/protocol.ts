import type {DocRecord, FacetFilter} from './format.js';
import type {MarkedText} from './snippet.js';

/** Messages from the page to the search worker. */
export type WorkerRequest =
  | {type: 'init'; base: string; multiRange: boolean}
  | {type: 'search'; id: number; query: string; filter?: FacetFilter; limit: number};

/** One result, ready to render: the record, its marked title and snippet, and its page number. */
export interface SearchHit {
  doc: number;
  page: number;
  record: DocRecord;
  title: MarkedText;
  snippet: MarkedText;
  /** Words to highlight on the target page. */
  terms: string[];
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
