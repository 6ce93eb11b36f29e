// The files of a split index, shared by the build (which writes them) and the worker (which reads them).

/** Indexed fields, in posting order. `pairs` holds adjacent word pairs, for exact-phrase ranking. */
export const FIELDS = ['title', 'body', 'pairs'] as const;
export type Field = (typeof FIELDS)[number];

/**
 * Field weights, tuned on the development query set (bench/search/relevance): a word in a page title
 * outranks one in a heading or a status item's title, which outranks body text. The title field's
 * weight depends on what the document is. Pairs (an exact phrase) weigh `pairs` per match.
 */
export const FIELD_WEIGHTS = {page: 8, section: 2, item: 5, body: 1, pairs: 2} as const;

/** lunr's own field boosts (the weights above are applied to its scores per document). */
export const FIELD_BOOSTS: Record<Field, number> = {title: 1, body: 1, pairs: 1};

/** Posting weights are lunr's BM25 field scores, stored as integers of this many per unit. */
export const WEIGHT_SCALE = 100;

/** Pairs are stored as document lists only (they are many): each match weighs this, before its boost. */
export const PAIR_WEIGHT = FIELD_WEIGHTS.pairs;

/**
 * A sorted run of terms cut into shards, all in one pack file: shard `i` holds the terms from
 * `first[i]` up to `first[i + 1]` and is the gzip member of `sizes[i]` bytes that follows the ones
 * before it (sizes, not offsets: the manifest is bundled into the worker, and small numbers compress).
 */
export interface ShardList {
  first: string[];
  sizes: number[];
  /**
   * Shard `i`'s first word (pairs `a b` excluded): `0` when it is `first[i]`, `null` when the shard
   * holds only pairs. A prefix then loads only shards whose words may start with it.
   */
  firstWord?: (string | 0 | null)[];
  /**
   * Byte size of the vocabulary, the gzip member after the last shard: every word term, one per line,
   * for typos and run-together words (loaded only when exact and prefix matching find too little).
   */
  vocabulary?: number;
}

/** A docs version the index holds (of one docs plugin instance), as its version facet shows it. */
export interface IndexedVersion {
  /** `1.0`, `current`; `<instance>/<name>` for an instance other than `default`. */
  id: string;
  instance: string;
  name: string;
  label: string;
  /** Its route, with baseUrl (`/docs`, `/docs/next`, `/docs/1.0`). */
  path: string;
  /** The version the docs plugin serves by default (its last released one). */
  isLast: boolean;
}

/** What the worker reads first: where every term, document and facet lives. */
export interface SearchManifest {
  version: 2;
  /** The pack: every term shard, each gzip-compressed on its own, read with HTTP range requests. */
  pack: string;
  /** Words (stemmed, folded), identifiers and adjacent word pairs `a b`, in one sorted run. */
  terms: ShardList;
  /**
   * Display records, in chunks packed like the shards: chunk `i` holds the next `counts[i]` documents
   * and is the next gzip member, of `sizes[i]` bytes, of `pack`.
   */
  docs: {pack: string; counts: number[]; sizes: number[]};
  /** Number of documents of each page, in document order (a page's documents are contiguous). */
  pageSizes: number[];
  facets: string;
  documentCount: number;
  /** The languages whose stemmers built the index (queries are analysed with the same). */
  languages?: ('en' | 'fr' | 'ru')[];
  /** The docs versions indexed, when there are several (every version of every docs instance). */
  versions?: IndexedVersion[];
  /** Per page, its version's position in `versions` (with `versions`). */
  pageVersion?: number[];
  /** Per page, the first page that is a copy of it in another version (itself when none), to collapse copies. */
  pageCopy?: number[];
}

/** One shard: its terms, and for each term and field the postings `[docDelta, weight, …]` (`pairs`: `[docDelta, …]`). */
export interface ShardFile {
  terms: string[];
  postings: number[][][];
}

/** A status item's fields, as shown in results and filtered on. */
export interface ItemFields {
  id: string;
  status: string;
  statusLabel: string;
  owners: string[];
  due?: string;
  sdg: string[];
  nexus: string[];
  /** A key action: its recommendation's id. */
  parent?: string;
}

/** What a result shows: a page, a section of a page, or a status item. */
export interface DocRecord {
  kind: 'page' | 'section' | 'item';
  url: string;
  title: string;
  pageTitle: string;
  /** Breadcrumb above the title: page type, then page title for sections and items. */
  trail: string[];
  /** Plain text the snippet is cut from. */
  text: string;
  item?: ItemFields;
  /** In a locale's index: the page (or item) has no translation and is shown in the source language. */
  untranslated?: true;
}

/** A docs chunk file. */
export interface DocsFile {
  docs: DocRecord[];
}

/** Facet names, in the order of each document's facet row. */
export const FACETS = ['type', 'status', 'unit', 'nexus', 'sdg'] as const;
export type Facet = (typeof FACETS)[number];

/** Facet values and, per document, the indexes of its values in each facet. */
export interface FacetsFile {
  values: Record<Facet, {value: string; label: string}[]>;
  docs: number[][][];
}

/** Selected facet values: AND across facets, OR within one; `version` holds `IndexedVersion` ids. */
export type FacetFilter = Partial<Record<Facet | 'version', string[]>>;
