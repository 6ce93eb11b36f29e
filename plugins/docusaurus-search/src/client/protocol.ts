import type {DocRecord, FacetFilter} from './format.js';
import type {MarkedText} from './marked.js';

/** A query for the page's engine; its answers carry its id. */
export interface SearchRequest {
  id: number;
  query: string;
  filter?: FacetFilter;
  limit: number;
  perPage?: number;
}

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

/** The engine's answers: results (first partial, as display chunks arrive, then complete), or an error. */
export type SearchResponse =
  | {
      type: 'results';
      id: number;
      query: string;
      hits: SearchHit[];
      total: number;
      complete: boolean;
    }
  | {type: 'error'; id: number; message: string};
