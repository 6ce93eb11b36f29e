// lunr's BM25 field scores, computed straight from the analysed fields: what `lunr.Builder` computes
// (k1 1.2, b 0.75, its idf, scores rounded to 3 decimals), without its per-document dictionaries,
// which made indexing most of the search plugin's build time. Same numbers as `termPostings` of a lunr
// index (a test holds them equal).
import type {TermPostings} from './buildIndex.js';
import {analyzeWords} from './client/analyze.js';
import {FIELD_BOOSTS, FIELDS, WEIGHT_SCALE} from './client/format.js';
import type {SearchDocument} from './documents.js';

const K1 = 1.2;
const B = 0.75;
const PAIRS = FIELDS.indexOf('pairs');

/** Per field, the documents holding a term (ascending) and how often each holds it. */
interface TermCounts {
  docs: number[][];
  frequencies: number[][];
  /** (document, field) pairs holding the term: lunr's idf counts a document once per field. */
  holders: number;
}

function newCounts(): TermCounts {
  return {docs: FIELDS.map(() => []), frequencies: FIELDS.map(() => []), holders: 0};
}

/**
 * Counts of every term, numbered as first met: a field's frequencies add up in one reused array by
 * number (no map per document and field), and a pair is known by its two words' numbers, its text
 * (`a b`) made once, not once per occurrence.
 */
class TermCounter {
  readonly counts = new Map<string, TermCounts>();
  private entries: TermCounts[] = [];
  private words = new Map<string, number>();
  /** A pair's number, by its first word's number, then its second's (small integers: fast keys). */
  private pairs = new Map<number, Map<number, number>>();
  private frequency = new Int32Array(1024);
  private touched: number[] = [];

  private add(term: string): number {
    const id = this.entries.length;
    const entry = newCounts();
    this.entries.push(entry);
    this.counts.set(term, entry);
    if (id === this.frequency.length) {
      const grown = new Int32Array(id * 2);
      grown.set(this.frequency);
      this.frequency = grown;
    }
    return id;
  }

  private wordId(term: string): number {
    let id = this.words.get(term);
    if (id === undefined) this.words.set(term, (id = this.add(term)));
    return id;
  }

  private count(id: number): void {
    if (this.frequency[id]++ === 0) this.touched.push(id);
  }

  /** Counts a field's terms (lunr lower-cases terms; the analyzer's already are). */
  countTerms(terms: readonly string[]): void {
    for (const term of terms) this.count(this.wordId(term));
  }

  /** Counts the pairs of consecutive words; returns how many. */
  countPairs(words: readonly string[]): number {
    for (let i = 1; i < words.length; i++) {
      const first = this.wordId(words[i - 1]);
      let after = this.pairs.get(first);
      if (!after) this.pairs.set(first, (after = new Map()));
      const second = this.wordId(words[i]);
      let id = after.get(second);
      if (id === undefined) after.set(second, (id = this.add(`${words[i - 1]} ${words[i]}`)));
      this.count(id);
    }
    return Math.max(0, words.length - 1);
  }

  /** Files the counted terms' frequencies as field `field` of document `doc`, and starts again. */
  close(field: number, doc: number): void {
    for (const id of this.touched) {
      const entry = this.entries[id];
      entry.docs[field].push(doc);
      entry.frequencies[field].push(this.frequency[id]);
      entry.holders++;
      this.frequency[id] = 0;
    }
    this.touched.length = 0;
  }
}

const TITLE = FIELDS.indexOf('title');
const BODY = FIELDS.indexOf('body');

/** Every term's counts, and each document's field lengths (in terms), fields as `analysedFields` gives them. */
function countTerms(documents: SearchDocument[]) {
  const counter = new TermCounter();
  const lengths = FIELDS.map(() => new Int32Array(documents.length));
  documents.forEach((document, doc) => {
    const title = analyzeWords(document.title);
    const body = analyzeWords(document.body);
    counter.countTerms(title.terms);
    lengths[TITLE][doc] = title.terms.length;
    counter.close(TITLE, doc);
    counter.countTerms(body.terms);
    lengths[BODY][doc] = body.terms.length;
    counter.close(BODY, doc);
    lengths[PAIRS][doc] = counter.countPairs(title.words) + counter.countPairs(body.words);
    counter.close(PAIRS, doc);
  });
  return {counts: counter.counts, lengths};
}

/**
 * Every term with its postings per field, `[docDelta, weight, …]` (pairs: `[docDelta, …]`), weights
 * being lunr's BM25 score times the field's weight for the document (`fieldWeights`), terms sorted.
 */
export function bm25Postings(documents: SearchDocument[], weights?: number[][]): TermPostings[] {
  const {counts, lengths} = countTerms(documents);
  const total = documents.length;
  const average = lengths.map((perDoc) => perDoc.reduce((sum, n) => sum + n, 0) / total);
  const terms = Array.from(counts.keys()).sort();
  return terms.map((term) => {
    const entry = counts.get(term)!;
    const x = (total - entry.holders + 0.5) / (entry.holders + 0.5);
    const idf = Math.log(1 + Math.abs(x));
    const postings = FIELDS.map((field, f) => {
      const run: number[] = [];
      const boost = FIELD_BOOSTS[field];
      entry.docs[f].forEach((doc, i) => {
        run.push(doc - (entry.docs[f][i - 1] ?? 0));
        if (f === PAIRS) return;
        const tf = entry.frequencies[f][i];
        const norm = K1 * (1 - B + B * (lengths[f][doc] / average[f])) + tf;
        const score = ((idf * ((K1 + 1) * tf)) / norm) * boost;
        const rounded = Math.round(score * 1000) / 1000;
        const weight = rounded * (weights?.[doc]?.[f] ?? 1);
        run.push(Math.max(1, Math.round(weight * WEIGHT_SCALE)));
      });
      return run;
    });
    return {term, postings};
  });
}
