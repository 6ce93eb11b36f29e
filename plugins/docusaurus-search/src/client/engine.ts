import type {
  DocRecord,
  DocsFile,
  FacetFilter,
  FacetsFile,
  SearchManifest,
  ShardFile,
} from './format.js';
import {FACETS} from './format.js';
import {MIN_PREFIX, planQuery, type QueryPlan} from './plan.js';
import {rankClauses, Scratch, type Clause} from './score.js';
import {Ranking, type RankedDoc} from './ranking.js';
import {fallbackTerms, mayFallBack, type Fallback} from './fallback.js';
import {nextTask} from './nextTask.js';
import {chunkOfDoc, offsetsOf, shardOf, shardsOfPrefix} from './shardLookup.js';
import {gunzipText, type ByteRange, type IndexSource} from './source.js';

export {Ranking, type RankedDoc};

/** A wildcard spanning more shards than this is dropped: the exact word still matches. */
const MAX_PREFIX_SHARDS = 3;
/** Words of a query that count toward "every word is required" (one bit each). */
const MAX_WORDS = 30;
/** Fewer pages than this from exact and prefix matching: typos and run-together words are tried too. */
const TOO_FEW_PAGES = 3;
/** Weight of a word's longer forms (prefix matches): the word being typed, a finished word. */
const OPEN_PREFIX = 0.8;
const CLOSED_PREFIX = 0.4;
/**
 * While a word is typed past its stem (`managem` for `management`, stem `manag`), no index term starts
 * with it: the longest index term it starts with counts too, if at least this long and at most
 * `STEM_SLACK` characters shorter.
 */
const MIN_STEM = 5;
const STEM_SLACK = 4;
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
  /** The page of each document. */
  private docPage: Int32Array;
  private shardOffsets: number[];
  private chunkOffsets: number[];
  private chunkFirst: number[];
  private cache = new Map<string, Ranking>();
  private scratch: Scratch;
  private vocabulary?: Promise<string[]>;

  constructor(
    readonly manifest: SearchManifest,
    private readonly source: IndexSource,
    private readonly inflate: (bytes: Uint8Array) => Promise<string> = gunzipText,
  ) {
    this.docPage = pagesOfDocuments(manifest.pageSizes, manifest.documentCount);
    this.shardOffsets = offsetsOf(manifest.terms.sizes);
    this.chunkOffsets = offsetsOf(manifest.docs.sizes);
    this.chunkFirst = offsetsOf(manifest.docs.counts).slice(0, -1);
    this.scratch = new Scratch(manifest.documentCount, manifest.pageSizes.length);
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
  shardsOf(plan: QueryPlan, extra: readonly string[] = []): number[] {
    const list = this.manifest.terms;
    const shards = new Set<number>();
    for (const term of extra) shards.add(shardOf(list, term));
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

  /**
   * The shards the next keystrokes of a word being typed will need: while the last word is shorter than
   * prefix matching starts (`MIN_PREFIX`), those of the words it starts (or, when they span too many,
   * the one where they begin). Loaded ahead, so the keystroke that starts prefix matching finds them.
   */
  aheadShards(plan: QueryPlan): number[] {
    const last = plan.typed.at(-1);
    if (!last?.open || last.raw.length >= MIN_PREFIX) return [];
    const list = this.manifest.terms;
    const prefixed = shardsOfPrefix(list, last.raw);
    return prefixed.length <= MAX_PREFIX_SHARDS ? prefixed : [shardOf(list, last.raw)];
  }

  /**
   * Starts loading what a query's words will need, without ranking it: a first letter typed, too short to
   * search, already brings the shards its word's next keystrokes need.
   */
  prefetch(text: string): Promise<void> {
    const plan = planQuery(text);
    return this.ensureShards([...this.shardsOf(plan), ...this.aheadShards(plan)]);
  }

  /**
   * Loads shards not yet loaded, all in one request for their byte ranges of the pack, and resolves when
   * `indexes` are; `alsoLoad` come in the same request, not waited for: they are inflated and read in a
   * task of their own, after the query that needed `indexes` has answered.
   */
  async ensureShards(indexes: number[], alsoLoad: number[] = []): Promise<void> {
    const wanted = [...new Set([...indexes, ...alsoLoad])].sort((a, b) => a - b);
    const missing = wanted.filter((i) => !this.shards[i] && !this.shardLoads.has(i));
    if (missing.length > 0) {
      const offsets = this.shardOffsets;
      const ranges = missing.map((i): ByteRange => [offsets[i], offsets[i + 1]]);
      const parts = this.source.ranges(this.manifest.pack, ranges);
      const needed = new Set(indexes);
      const read = async (bytes: Uint8Array[], now: boolean) => {
        const which = missing.map((i, k) => [i, k]).filter(([i]) => needed.has(i) === now);
        const texts = await Promise.all(which.map(([, k]) => this.inflate(bytes[k])));
        texts.forEach((text, n) => (this.shards[which[n][0]] = JSON.parse(text) as ShardFile));
      };
      const first = parts.then((bytes) => read(bytes, true));
      const later = first.then(nextTask).then(() => parts.then((bytes) => read(bytes, false)));
      for (const i of missing) this.shardLoads.set(i, needed.has(i) ? first : later);
      const forget = (loading: Promise<void>) =>
        loading.catch(() =>
          missing.forEach((i) => this.shardLoads.get(i) === loading && this.shardLoads.delete(i)),
        );
      forget(first);
      forget(later);
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
    return this.docPage[doc];
  }

  /** The vocabulary (every word term), loaded once, for typos and run-together words. */
  private loadVocabulary(): Promise<string[]> {
    const size = this.manifest.terms.vocabulary;
    if (!size) return Promise.resolve([]);
    this.vocabulary ??= (async () => {
      const start = this.shardOffsets.at(-1)!;
      const [bytes] = await this.source.ranges(this.manifest.pack, [[start, start + size]]);
      return (await this.inflate(bytes)).split('\n');
    })();
    this.vocabulary.catch(() => (this.vocabulary = undefined));
    return this.vocabulary;
  }

  /**
   * Ranks the documents of `text`, best first: pages holding every word (exact, then as prefixes);
   * when that finds too little, also words one or two typos away and words run together or split
   * (ranked below exact matches); when no page holds every word, pages by how many they hold.
   */
  async rank(text: string, isStale: () => boolean = () => false): Promise<RankedDoc[]> {
    return (await this.ranking(text, isStale)).toArray();
  }

  /** `rank`'s answer as a `Ranking` (typed arrays: what the worker uses, objects only for the hits shown). */
  async ranking(text: string, isStale: () => boolean = () => false): Promise<Ranking> {
    const plan = planQuery(text);
    if (plan.typed.length === 0) return Ranking.empty();
    const key = JSON.stringify(plan);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const shards = this.shardsOf(plan);
    const ahead = this.aheadShards(plan);
    // What the next keystroke needs comes in the same request as what this one needs, never waited for.
    if (!this.hasShards(shards)) await this.ensureShards(shards, ahead);
    else if (!this.hasShards(ahead)) this.ensureShards(ahead).catch(() => undefined);
    if (isStale()) return Ranking.empty();
    const words = plan.words.slice(0, MAX_WORDS);
    const clauses = this.clauses(plan);
    let full = words.length >= 31 ? 0x7fffffff : (1 << words.length) - 1;
    let ranked = full ? this.ranked(clauses, full, 'and') : Ranking.empty();
    if (ranked.distinctPages() < TOO_FEW_PAGES && mayFallBack(plan)) {
      const fallback = fallbackTerms(
        plan,
        await this.loadVocabulary(),
        words.length,
        this.wordsFindingEnough(clauses),
      );
      const more = this.shardsOf(plan, fallback.terms);
      if (!this.hasShards(more)) await this.ensureShards(more);
      if (isStale()) return Ranking.empty();
      full |= fallback.extraWords;
      clauses.push(...this.fallbackClauses(fallback));
      if (full) ranked = this.ranked(clauses, full, 'and');
      if (ranked.length === 0 && full) ranked = this.ranked(clauses, full, 'or');
    }
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, ranked);
    return ranked;
  }

  /**
   * Bits of the words that find `TOO_FEW_PAGES` pages or more on their own: not why the query found too
   * little (`management r`: `r`), so their typos are not looked for (each would be a shard to load).
   */
  private wordsFindingEnough(clauses: Clause[]): number {
    const pages = new Map<number, Set<number>>();
    let enough = 0;
    for (const clause of clauses) {
      if (clause.words === 0 || (clause.words & enough) === clause.words) continue;
      const step = clause.pair ? 1 : 2;
      const found = pages.get(clause.words) ?? new Set<number>();
      pages.set(clause.words, found);
      for (
        let i = 0, doc = 0;
        i < clause.postings.length && found.size < TOO_FEW_PAGES;
        i += step
      ) {
        doc += clause.postings[i];
        found.add(this.docPage[doc]);
      }
      if (found.size >= TOO_FEW_PAGES) enough |= clause.words;
    }
    return enough;
  }

  /**
   * Loads the vocabulary (typos, words run together) if it is not yet: the search box asks once a query
   * has answered, so that the first keystroke that falls back does not wait for it.
   */
  prefetchVocabulary(): void {
    this.loadVocabulary().catch(() => undefined);
  }

  private ranked(clauses: Clause[], full: number, mode: 'and' | 'or'): Ranking {
    // A required word no clause stands for (`r` typed alone): no page can hold every word, and
    // ranking the others' tens of thousands of documents only to drop them all is the cost of a key.
    let covered = 0;
    for (const clause of clauses) if (clause.postings.length > 0) covered |= clause.words;
    if (mode === 'and' && (covered & full) >>> 0 !== full >>> 0) return Ranking.empty();
    return rankClauses(clauses, full, mode, this.scratch, this.docPage);
  }

  /** A term's clauses: its title and body postings (or its pair postings), weighted. */
  private termClauses(
    ref: TermRef | undefined,
    words: number,
    factor: number,
    group: number,
  ): Clause[] {
    if (!ref) return [];
    const postings = ref.shard.postings[ref.index];
    if (ref.term.includes(' '))
      return [{term: ref.term, postings: postings[PAIRS] ?? [], pair: true, words, factor, group}];
    return [TITLE, BODY].map((field) => ({
      term: ref.term,
      postings: postings[field] ?? [],
      pair: false,
      words,
      factor,
      group,
    }));
  }

  /** Exact and prefix clauses of every word, and the phrase bonus of adjacent pairs. */
  private clauses(plan: QueryPlan): Clause[] {
    const clauses: Clause[] = [];
    plan.words.slice(0, MAX_WORDS).forEach((word, w) => {
      const bit = 1 << w;
      const exact = word.term ? this.lookup(word.term) : undefined;
      clauses.push(...this.termClauses(exact, bit, 1, w));
      if (!word.prefix) return;
      const longer = this.expand(word.prefix).filter((ref) => ref.term !== word.term);
      const factor = word.open ? OPEN_PREFIX : CLOSED_PREFIX;
      for (const ref of longer) clauses.push(...this.termClauses(ref, bit, factor, w));
      if (!exact && longer.length === 0)
        clauses.push(...this.termClauses(this.stemOf(word.prefix), bit, 1, w));
    });
    plan.pairs.forEach((pair, p) =>
      clauses.push(...this.termClauses(this.lookup(pair), 0, 1, MAX_WORDS + p)),
    );
    return clauses;
  }

  /** Clauses of the fallback terms that the loaded shards hold. */
  private fallbackClauses(fallback: Fallback): Clause[] {
    return fallback.candidates.flatMap((candidate, c) =>
      this.termClauses(
        this.lookup(candidate.term),
        candidate.words,
        candidate.factor,
        candidate.group ?? 2 * MAX_WORDS + c,
      ),
    );
  }

  /**
   * Keeps the documents whose facet values match the filter (and of the versions it names), then
   * collapses copies of one page in several versions to the best-ranked copy.
   */
  async filter(ranking: Ranking, filter: FacetFilter): Promise<Ranking> {
    const inVersions = this.byVersion(ranking, filter.version);
    const active = FACETS.filter((facet) => filter[facet]?.length);
    if (active.length === 0) return this.collapseCopies(inVersions);
    const facets = await this.fetch<FacetsFile>(this.manifest.facets);
    const wanted = active.map((facet) => {
      const values = facets.values[facet];
      return new Set(filter[facet]!.map((value) => values.findIndex((v) => v.value === value)));
    });
    const kept = inVersions.filter((i) =>
      active.every((facet, k) =>
        facets.docs[inVersions.docAt(i)][FACETS.indexOf(facet)].some((v) => wanted[k].has(v)),
      ),
    );
    return this.collapseCopies(kept);
  }

  /** The documents of the versions named (all when none is, or when the index has one version). */
  private byVersion(ranking: Ranking, ids: string[] | undefined): Ranking {
    const {versions, pageVersion} = this.manifest;
    if (!ids?.length || !versions || !pageVersion) return ranking;
    const wanted = new Set(ids.map((id) => versions.findIndex((v) => v.id === id)));
    return ranking.filter((i) => wanted.has(pageVersion[ranking.pageAt(i)]));
  }

  /** Of the copies of a page in several versions, only the pages of the first one ranked. */
  private collapseCopies(ranking: Ranking): Ranking {
    const {pageCopy} = this.manifest;
    if (!pageCopy) return ranking;
    const shown = new Map<number, number>();
    return ranking.filter((i) => {
      const page = ranking.pageAt(i);
      const copy = pageCopy[page];
      const first = shown.get(copy);
      if (first === undefined) shown.set(copy, page);
      return first === undefined || first === page;
    });
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

/** Per document, its page: pages hold consecutive documents, `pageSizes[p]` of them. */
function pagesOfDocuments(pageSizes: readonly number[], documents: number): Int32Array {
  const docPage = new Int32Array(documents);
  let doc = 0;
  pageSizes.forEach((size, page) => docPage.fill(page, doc, (doc += size)));
  return docPage;
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
