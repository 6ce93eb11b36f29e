import type {
  DocRecord,
  DocsFile,
  FacetFilter,
  FacetsFile,
  SearchManifest,
  ShardFile,
} from './format.js';
import {FACETS, FIELD_BOOSTS, PAIR_WEIGHT, WEIGHT_SCALE} from './format.js';
import {planQuery, type QueryPlan} from './plan.js';
import {chunkOfDoc, offsetsOf, shardOf, shardsOfPrefix} from './shardLookup.js';
import {gunzipText, type ByteRange, type IndexSource} from './source.js';

/** A ranked document: its number, page, score and the index terms it matched. */
export interface RankedDoc {
  doc: number;
  page: number;
  score: number;
  terms: string[];
}

/** A wildcard spanning more shards than this is dropped: the exact word still matches. */
const MAX_PREFIX_SHARDS = 3;
/** Words of a query that count toward "every word is required" (one bit each). */
const MAX_WORDS = 31;
/** Matched terms remembered per document, for highlighting (one bit each). */
const MAX_MARKED_TERMS = 32;
/**
 * While a word is typed past its stem (`managem` for `management`, stem `manag`), no index term starts
 * with it: the longest index term it starts with counts too, if at least this long and at most
 * `STEM_SLACK` characters shorter.
 */
const MIN_STEM = 5;
const STEM_SLACK = 3;
/** Ranked answers kept for queries typed again (backspace, a second search of the same words). */
const CACHE_SIZE = 64;

const TITLE = 0;
const BODY = 1;
const PAIRS = 2;

/** A term of a loaded shard: its shard and position there. */
interface TermRef {
  term: string;
  shard: ShardFile;
  index: number;
}

/**
 * Searches a split index, loading only the shards and texts a query needs and keeping them for the
 * next keystroke. Scores are lunr's: each shard carries lunr's BM25 weights of its terms per field and
 * document, and `rank` evaluates them as `lunr.Index#query` does (per field, the dot product of the
 * document's and the query's term vectors over the query vector's length, summed over fields) — but
 * straight over the postings, with prefixes expanded by binary search in the shards' sorted terms.
 */
export class SearchEngine {
  private files = new Map<string, Promise<unknown>>();
  private shards: (ShardFile | undefined)[] = [];
  private shardLoads = new Map<number, Promise<void>>();
  private chunks: (DocRecord[] | undefined)[] = [];
  private chunkLoads = new Map<number, Promise<void>>();
  private pageStarts: number[];
  private shardOffsets: number[];
  private chunkOffsets: number[];
  private chunkFirst: number[];
  private cache = new Map<string, RankedDoc[]>();
  // Per-document scratch space, reused by every query.
  private masks: Uint32Array;
  private termBits: Uint32Array;
  private scores: Float64Array;
  private seen: Int32Array;

  constructor(
    readonly manifest: SearchManifest,
    private readonly source: IndexSource,
    private readonly inflate: (bytes: Uint8Array) => Promise<string> = gunzipText,
  ) {
    let start = 0;
    this.pageStarts = manifest.pageSizes.map((size) => ((start += size), start - size));
    this.shardOffsets = offsetsOf(manifest.terms.sizes);
    this.chunkOffsets = offsetsOf(manifest.docs.sizes);
    this.chunkFirst = offsetsOf(manifest.docs.counts).slice(0, -1);
    const n = manifest.documentCount;
    this.masks = new Uint32Array(n);
    this.termBits = new Uint32Array(n);
    this.scores = new Float64Array(n);
    this.seen = new Int32Array(n).fill(-1);
  }

  /** Loads a JSON file once; later calls share the same promise. */
  fetch<T>(file: string): Promise<T> {
    let pending = this.files.get(file);
    if (!pending) {
      pending = this.source.json(file);
      pending.catch(() => this.files.delete(file));
      this.files.set(file, pending);
    }
    return pending as Promise<T>;
  }

  /** The shards a plan needs; a prefix spanning too many shards is dropped from the plan. */
  shardsOf(plan: QueryPlan): number[] {
    const list = this.manifest.terms;
    const shards = new Set<number>();
    for (const word of plan.words) {
      if (word.term) shards.add(shardOf(list, word.term));
      const prefixed = word.prefix ? shardsOfPrefix(list, word.prefix) : [];
      if (prefixed.length <= MAX_PREFIX_SHARDS) for (const i of prefixed) shards.add(i);
      else word.prefix = undefined;
      // No word may start with the prefix: its stems may be words (`managem` → `manag`).
      if (word.prefix && prefixed.length === 0)
        for (const stem of stemsOf(word.prefix)) {
          const shard = shardOf(list, stem);
          if (shardsOfPrefix(list, stem).includes(shard)) shards.add(shard);
        }
    }
    for (const pair of plan.pairs) shards.add(shardOf(list, pair));
    return Array.from(shards).sort((a, b) => a - b);
  }

  /** Loads shards not yet loaded, all in one request for their byte ranges of the pack. */
  async ensureShards(indexes: number[]): Promise<void> {
    const missing = indexes.filter((i) => !this.shards[i] && !this.shardLoads.has(i));
    if (missing.length > 0) {
      const offsets = this.shardOffsets;
      const ranges = missing.map((i): ByteRange => [offsets[i], offsets[i + 1]]);
      const loading = this.source.ranges(this.manifest.pack, ranges).then(async (parts) => {
        const texts = await Promise.all(parts.map((bytes) => this.inflate(bytes)));
        texts.forEach((text, k) => (this.shards[missing[k]] = JSON.parse(text) as ShardFile));
      });
      for (const i of missing) this.shardLoads.set(i, loading);
      loading.catch(() => missing.forEach((i) => this.shardLoads.delete(i)));
    }
    await Promise.all(indexes.map((i) => this.shardLoads.get(i)));
  }

  /** Whether every shard of a plan is loaded (a query then answers without waiting). */
  hasShards(indexes: number[]): boolean {
    return indexes.every((i) => this.shards[i]);
  }

  private lookup(term: string): TermRef | undefined {
    const shard = this.shards[shardOf(this.manifest.terms, term)];
    if (!shard) return undefined;
    const index = lowerBound(shard.terms, term);
    return shard.terms[index] === term ? {term, shard, index} : undefined;
  }

  /** Every loaded word starting with `prefix`, in order (lunr's wildcard expansion, by binary search). */
  private expand(prefix: string): TermRef[] {
    const refs: TermRef[] = [];
    for (const i of shardsOfPrefix(this.manifest.terms, prefix)) {
      const shard = this.shards[i];
      if (!shard) continue;
      for (let index = lowerBound(shard.terms, prefix); index < shard.terms.length; index++) {
        const term = shard.terms[index];
        if (!term.startsWith(prefix)) break;
        const space = term.indexOf(' ');
        // Pairs `a b` sort right after `a`: skip them all (`!` is the character after the space).
        if (space === -1) refs.push({term, shard, index});
        else index = lowerBound(shard.terms, `${term.slice(0, space)}!`) - 1;
      }
    }
    return refs;
  }

  /** The longest loaded term that `prefix` starts with, within the stem slack. */
  private stemOf(prefix: string): TermRef | undefined {
    for (const stem of stemsOf(prefix)) {
      const ref = this.lookup(stem);
      if (ref) return ref;
    }
    return undefined;
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
  async rank(text: string, isStale: () => boolean = () => false): Promise<RankedDoc[]> {
    const plan = planQuery(text);
    if (plan.words.length === 0) return [];
    const shards = this.shardsOf(plan);
    const key = JSON.stringify(plan);
    const cached = this.cache.get(key);
    if (cached) return cached;
    if (!this.hasShards(shards)) await this.ensureShards(shards);
    if (isStale()) return [];
    const ranked = this.score(plan);
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, ranked);
    return ranked;
  }

  /** lunr's scoring of a plan over the loaded shards; a result must cover every word. */
  private score(plan: QueryPlan): RankedDoc[] {
    const words = plan.words.slice(0, MAX_WORDS);
    // The query vector of each field: how many clauses asked for each term (lunr upserts clause boosts).
    const vectors = [
      new Map<string, number>(),
      new Map<string, number>(),
      new Map<string, number>(),
    ];
    const refs = new Map<string, TermRef>();
    const wordsOfTerm = new Map<string, number>();
    const clause = (found: TermRef[], fields: number[], word: number) => {
      for (const ref of found) {
        refs.set(ref.term, ref);
        if (word >= 0) wordsOfTerm.set(ref.term, (wordsOfTerm.get(ref.term) ?? 0) | (1 << word));
        for (const f of fields) vectors[f].set(ref.term, (vectors[f].get(ref.term) ?? 0) + 1);
      }
    };
    words.forEach((word, w) => {
      if (word.term) clause(toList(this.lookup(word.term)), [TITLE, BODY], w);
      if (word.prefix) {
        const expanded = this.expand(word.prefix);
        if (expanded.length === 0) clause(toList(this.stemOf(word.prefix)), [TITLE, BODY], w);
        else clause(expanded, [TITLE, BODY], w);
      }
    });
    for (const pair of plan.pairs) clause(toList(this.lookup(pair)), [PAIRS], -1);
    const norms = vectors.map((vector) => {
      let sum = 0;
      for (const value of vector.values()) sum += value * value;
      return Math.sqrt(sum);
    });
    const full = words.length === 32 ? 0xffffffff : (1 << words.length) - 1;
    const {masks, termBits, scores, seen} = this;
    const touched: number[] = [];
    const marked = Array.from(refs.keys()).slice(0, MAX_MARKED_TERMS);
    // Fields in lunr's order (a term's title, then body, then pairs), so that equal scores keep lunr's order.
    const passes: [string, number][] = [];
    for (const [term] of refs)
      for (const f of [TITLE, BODY, PAIRS]) if (vectors[f].has(term)) passes.push([term, f]);
    for (const [term, f] of passes) {
      const {shard, index} = refs.get(term)!;
      const run = shard.postings[index][f] ?? [];
      const weightOf = vectors[f].get(term)! / norms[f];
      const wordBits = f === PAIRS ? 0 : (wordsOfTerm.get(term) ?? 0);
      const bit = marked.indexOf(term);
      const termBit = bit === -1 ? 0 : 1 << bit;
      const stride = f === PAIRS ? 1 : 2;
      for (let i = 0, doc = 0; i < run.length; i += stride) {
        doc += run[i];
        if (seen[doc] === -1) {
          seen[doc] = touched.length;
          touched.push(doc);
          masks[doc] = 0;
          termBits[doc] = 0;
          scores[doc] = 0;
        }
        const weight = stride === 1 ? PAIR_WEIGHT * FIELD_BOOSTS.pairs : run[i + 1] / WEIGHT_SCALE;
        scores[doc] += weight * weightOf;
        masks[doc] |= wordBits;
        termBits[doc] |= termBit;
      }
    }
    const ranked: (RankedDoc & {order: number})[] = [];
    for (const doc of touched) {
      if ((masks[doc] & full) >>> 0 === full >>> 0) {
        const bits = termBits[doc];
        const terms = marked.filter((_, k) => bits & (1 << k));
        ranked.push({doc, page: this.pageOf(doc), score: scores[doc], terms, order: seen[doc]});
      }
      seen[doc] = -1;
    }
    ranked.sort((a, b) => b.score - a.score || a.order - b.order);
    return ranked.map(({doc, page, score, terms}) => ({doc, page, score, terms}));
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

  /** The display records of documents, loading their chunks (all missing ones in one request). */
  async records(docs: number[]): Promise<Map<number, DocRecord>> {
    const {pack} = this.manifest.docs;
    const [first, offsets] = [this.chunkFirst, this.chunkOffsets];
    const chunks = Array.from(new Set(docs.map((doc) => chunkOfDoc(first, doc))));
    const missing = chunks.filter((chunk) => !this.chunkLoads.has(chunk));
    if (missing.length > 0) {
      const ranges = missing.map((i): ByteRange => [offsets[i], offsets[i + 1]]);
      const loading = this.source.ranges(pack, ranges).then(async (parts) => {
        const texts = await Promise.all(parts.map((bytes) => this.inflate(bytes)));
        texts.forEach((text, k) => (this.chunks[missing[k]] = (JSON.parse(text) as DocsFile).docs));
      });
      for (const chunk of missing) this.chunkLoads.set(chunk, loading);
      loading.catch(() => missing.forEach((chunk) => this.chunkLoads.delete(chunk)));
    }
    await Promise.all(chunks.map((chunk) => this.chunkLoads.get(chunk)));
    const records = new Map<number, DocRecord>();
    for (const doc of docs) {
      const chunk = chunkOfDoc(first, doc);
      records.set(doc, this.chunks[chunk]![doc - first[chunk]]);
    }
    return records;
  }

  /** Whether a document's display chunk is already loaded. */
  hasRecord(doc: number): boolean {
    return this.chunks[chunkOfDoc(this.chunkFirst, doc)] !== undefined;
  }
}

/** Candidate stems of a word being typed, longest first. */
function stemsOf(prefix: string | undefined): string[] {
  if (!prefix) return [];
  const stems: string[] = [];
  for (
    let length = prefix.length - 1;
    length >= MIN_STEM && length >= prefix.length - STEM_SLACK;
    length--
  )
    stems.push(prefix.slice(0, length));
  return stems;
}

function toList<T>(value: T | undefined): T[] {
  return value === undefined ? [] : [value];
}

/** The first position of a sorted list whose value is not before `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
