import lunr from 'lunr';
import type {
  DocRecord,
  DocsFile,
  FacetFilter,
  FacetsFile,
  SearchManifest,
  ShardFile,
} from './format.js';
import {FACETS} from './format.js';
import {createMemoryIndex} from './memoryIndex.js';
import {matchesWord, planQuery, type QueryPlan} from './plan.js';
import {chunkOfDoc, shardOf, shardsOfPrefix} from './shardLookup.js';

/** Reads one file of the index, relative to the index folder. */
export type LoadFile = (file: string) => Promise<unknown>;

/** A ranked document: its number, page, score and the index terms it matched. */
export interface RankedDoc {
  doc: number;
  page: number;
  score: number;
  terms: string[];
}

/** A wildcard spanning more files than this is dropped: the exact word still matches. */
const MAX_PREFIX_SHARDS = 3;

/** Searches a split index, loading only the files a query needs and keeping them for the next keystroke. */
export class SearchEngine {
  private files = new Map<string, Promise<unknown>>();
  private resolved = new Set<string>();
  private shards = new Map<string, ShardFile>();
  private index: lunr.Index | undefined;
  private pageStarts: number[];

  constructor(
    readonly manifest: SearchManifest,
    private readonly load: LoadFile,
  ) {
    let start = 0;
    this.pageStarts = manifest.pageSizes.map((size) => ((start += size), start - size));
  }

  /** Loads a file once; later calls share the same promise. */
  fetch<T>(file: string): Promise<T> {
    let pending = this.files.get(file);
    if (!pending) {
      pending = this.load(file);
      pending.then(
        () => this.resolved.add(file),
        () => this.files.delete(file),
      );
      this.files.set(file, pending);
    }
    return pending as Promise<T>;
  }

  /** The shard files a plan needs. */
  shardFiles(plan: QueryPlan): string[] {
    const {words, pairs} = this.manifest;
    const files = new Set<string>();
    for (const word of plan.words) {
      if (word.term) files.add(words.files[shardOf(words, word.term)]);
      const prefixed = word.prefix ? shardsOfPrefix(words, word.prefix) : [];
      if (prefixed.length <= MAX_PREFIX_SHARDS) for (const i of prefixed) files.add(words.files[i]);
      else word.prefix = undefined;
    }
    for (const pair of plan.pairs) files.add(pairs.files[shardOf(pairs, pair)]);
    return Array.from(files);
  }

  private async ensureShards(files: string[]): Promise<void> {
    const loaded = await Promise.all(files.map((file) => this.fetch<ShardFile>(file)));
    let added = false;
    files.forEach((file, i) => {
      if (this.shards.has(file)) return;
      this.shards.set(file, loaded[i]);
      added = true;
    });
    if (added || !this.index) this.index = createMemoryIndex(Array.from(this.shards.values()));
  }

  /** The page number of a document. */
  pageOf(doc: number): number {
    let low = 0;
    let high = this.pageStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.pageStarts[middle] <= doc) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** Ranks every document matching all words of `text`, best first. */
  async rank(text: string): Promise<RankedDoc[]> {
    const plan = planQuery(text);
    if (plan.words.length === 0) return [];
    await this.ensureShards(this.shardFiles(plan));
    return rankWithIndex(this.index!, plan).map((ranked) => ({
      ...ranked,
      page: this.pageOf(ranked.doc),
    }));
  }

  /** Keeps the documents whose facet values match the filter. */
  async filter(ranked: RankedDoc[], filter: FacetFilter): Promise<RankedDoc[]> {
    const active = FACETS.filter((facet) => filter[facet]?.length);
    if (active.length === 0) return ranked;
    const facets = await this.fetch<FacetsFile>(this.manifest.facets);
    const wanted = active.map((facet) => {
      const values = facets.values[facet];
      return new Set(filter[facet]!.map((value) => values.findIndex((v) => v.value === value)));
    });
    return ranked.filter(({doc}) =>
      active.every((facet, i) =>
        facets.docs[doc][FACETS.indexOf(facet)].some((v) => wanted[i].has(v)),
      ),
    );
  }

  /** The display records of documents, loading their chunks. */
  async records(docs: number[]): Promise<Map<number, DocRecord>> {
    const {first, files} = this.manifest.docs;
    const chunks = Array.from(new Set(docs.map((doc) => chunkOfDoc(first, doc))));
    const loaded = await Promise.all(chunks.map((chunk) => this.fetch<DocsFile>(files[chunk])));
    const records = new Map<number, DocRecord>();
    for (const doc of docs) {
      const chunk = chunkOfDoc(first, doc);
      records.set(doc, loaded[chunks.indexOf(chunk)].docs[doc - first[chunk]]);
    }
    return records;
  }

  /** Whether a document's display chunk is already loaded. */
  hasRecord(doc: number): boolean {
    const {first, files} = this.manifest.docs;
    return this.resolved.has(files[chunkOfDoc(first, doc)]);
  }
}

function coverage(plan: QueryPlan, terms: string[]): number {
  return plan.words.filter((word) => terms.some((term) => matchesWord(word, term))).length;
}

/** Runs a plan through lunr: words and pairs are optional clauses; a result must cover every word. */
export function rankWithIndex(index: lunr.Index, plan: QueryPlan): Omit<RankedDoc, 'page'>[] {
  const results = index.query((query) => {
    for (const word of plan.words) {
      const fields = ['title', 'body'];
      if (word.term) query.term(word.term, {fields, usePipeline: false});
      if (word.prefix)
        query.term(word.prefix, {
          fields,
          usePipeline: false,
          wildcard: lunr.Query.wildcard.TRAILING,
        });
    }
    for (const pair of plan.pairs) query.term(pair, {fields: ['pairs'], usePipeline: false});
  });
  const ranked = results.map((result) => {
    const terms = Object.keys(result.matchData.metadata);
    return {doc: Number(result.ref), score: result.score, terms, covered: coverage(plan, terms)};
  });
  const complete = ranked.filter((result) => result.covered === plan.words.length);
  return complete.map(({doc, score, terms}) => ({doc, score, terms}));
}
