// Ranking over the postings of the loaded shards: each clause adds its term's weights to the documents
// holding it; a page qualifies when its documents together cover every word (AND), or, when no page
// does, by how many words it covers (OR); pages rank by their best document plus a share of the rest.
import {PAIR_WEIGHT, WEIGHT_SCALE} from './format.js';
import {groupByPage, scorePages} from './pageRank.js';
import {PageOrder} from './pageOrder.js';
import {Ranking, type RankedDoc} from './ranking.js';

/** One term asked for: its postings, which query words it satisfies (bits), and its weight. */
export interface Clause {
  term: string;
  /** `[docDelta, weight, …]`, or for a pair `[docDelta, …]`. */
  postings: number[];
  pair: boolean;
  words: number;
  factor: number;
  /** Clauses of one group (the forms of one query word) count once per document: the best. */
  group: number;
}

export type {RankedDoc};

/** Share of a page's second-best document added to its best one's score (a page is its best section). */
const PAGE_SECOND = 0.3;
/** Matched terms remembered per document, for snippets (one bit each). */
const MAX_MARKED_TERMS = 32;

/** Per-document and per-page scratch space, reused by every query. */
export class Scratch {
  readonly masks: Uint32Array;
  readonly termBits: Uint32Array;
  readonly scores: Float64Array;
  readonly seen: Int32Array;
  readonly termAcc: Float64Array;
  readonly groupBest: Float64Array;
  readonly pageMasks: Uint32Array;
  readonly pageBest: Float64Array;
  readonly pageSecond: Float64Array;
  /** A page's position among the pages of the current ranking, -1 outside one. */
  readonly pageSlot: Int32Array;

  constructor(documents: number, pages: number) {
    this.masks = new Uint32Array(documents);
    this.termBits = new Uint32Array(documents);
    this.scores = new Float64Array(documents);
    this.seen = new Int32Array(documents).fill(-1);
    this.termAcc = new Float64Array(documents);
    this.groupBest = new Float64Array(documents);
    this.pageMasks = new Uint32Array(pages);
    this.pageBest = new Float64Array(pages);
    this.pageSecond = new Float64Array(pages);
    this.pageSlot = new Int32Array(pages).fill(-1);
  }
}

function bitCount(value: number): number {
  let count = 0;
  for (let v = value >>> 0; v; v &= v - 1) count++;
  return count;
}

/** Adds a term's clauses (its fields) to `termAcc`; returns the documents it reached. */
function addTerm(
  clauses: Clause[],
  scratch: Scratch,
  touched: number[],
  termBit: number,
): number[] {
  const {masks, termBits, scores, seen, termAcc} = scratch;
  const reached: number[] = [];
  for (const clause of clauses) {
    const stride = clause.pair ? 1 : 2;
    const run = clause.postings;
    for (let i = 0, doc = 0; i < run.length; i += stride) {
      doc += run[i];
      if (seen[doc] === -1) {
        seen[doc] = touched.length;
        touched.push(doc);
        masks[doc] = 0;
        termBits[doc] = 0;
        scores[doc] = 0;
      }
      if (termAcc[doc] === 0) reached.push(doc);
      termAcc[doc] += (clause.pair ? PAIR_WEIGHT : run[i + 1] / WEIGHT_SCALE) * clause.factor;
      masks[doc] |= clause.words;
      termBits[doc] |= termBit;
    }
  }
  return reached;
}

/**
 * Adds every clause's weights to its documents: a term's fields add up, and of the terms standing for
 * one word (exact, longer forms, typos) a document counts the best one only, so that a word found in
 * three forms (`rebuild`, `rebuild-bundle`, `rebuildbundle`) weighs as one. Returns the documents
 * touched, in first-seen order.
 */
function accumulate(clauses: Clause[], scratch: Scratch, marked: string[]): number[] {
  const {scores, termAcc, groupBest} = scratch;
  const touched: number[] = [];
  for (let g = 0; g < clauses.length;) {
    const group = clauses[g].group;
    const inGroup: number[] = [];
    for (; g < clauses.length && clauses[g].group === group;) {
      const term = clauses[g].term;
      const fields: Clause[] = [];
      for (; g < clauses.length && clauses[g].group === group && clauses[g].term === term; g++)
        fields.push(clauses[g]);
      const bit = marked.indexOf(term);
      for (const doc of addTerm(fields, scratch, touched, bit === -1 ? 0 : 1 << bit)) {
        if (groupBest[doc] === 0) inGroup.push(doc);
        groupBest[doc] = Math.max(groupBest[doc], termAcc[doc]);
        termAcc[doc] = 0;
      }
    }
    for (const doc of inGroup) {
      scores[doc] += groupBest[doc];
      groupBest[doc] = 0;
    }
  }
  return touched;
}

/**
 * Ranks the documents the clauses reach. `full` has a bit per required word; `mode` `and` keeps pages
 * covering every word, `or` every page, more words first. Pages rank by their best document plus a
 * share of their second, and a page's documents follow it, best first: pages are sorted, then each
 * page's few documents, rather than every document against every other.
 */
export function rankClauses(
  clauses: Clause[],
  full: number,
  mode: 'and' | 'or',
  scratch: Scratch,
  docPage: Int32Array,
): Ranking {
  const marked = Array.from(new Set(clauses.map((c) => c.term))).slice(0, MAX_MARKED_TERMS);
  // Clauses of a group together, a term's fields together (stable: exact forms stay first).
  clauses = clauses
    .map((clause, order) => ({clause, order}))
    .sort((a, b) => a.clause.group - b.clause.group || a.order - b.order)
    .map(({clause}) => clause);
  const touched = accumulate(clauses, scratch, marked);
  const {termBits, scores, seen, pageMasks, pageBest, pageSecond} = scratch;
  // What the ranking keeps of the scratch arrays (the next query reuses them), read in order.
  const n = touched.length;
  const pages = new Int32Array(n);
  const touchedScores = new Float64Array(n);
  const touchedBits = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    const doc = touched[k];
    pages[k] = docPage[doc];
    touchedScores[k] = scores[doc];
    touchedBits[k] = termBits[doc];
  }
  scorePages(touched, pages, scratch);
  const wanted = full >>> 0;
  const coveredOf = (page: number) => (pageMasks[page] & full) >>> 0;
  const keep = (page: number) =>
    mode === 'and' ? coveredOf(page) === wanted : coveredOf(page) !== 0;
  const groups = groupByPage(touched, pages, keep, scratch);
  for (const doc of touched) seen[doc] = -1;
  const kept = groups.pages;
  const words = new Int32Array(kept.length);
  const keys = new Float64Array(kept.length);
  for (let slot = 0; slot < kept.length; slot++) {
    const page = kept[slot];
    words[slot] = mode === 'or' ? bitCount(coveredOf(page)) : 0;
    keys[slot] = pageBest[page] + PAGE_SECOND * pageSecond[page];
  }
  const order = new PageOrder(words, keys, kept);
  const {members, starts} = groups;
  return Ranking.ofPages(
    {order, pages: kept, members, starts, touched, scores: touchedScores, bits: touchedBits},
    marked,
  );
}
