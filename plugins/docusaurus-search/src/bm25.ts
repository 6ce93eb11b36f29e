// lunr's BM25 field scores, computed straight from the analysed fields: what `lunr.Builder` computes
// (k1 1.2, b 0.75, its idf, scores rounded to 3 decimals), without its per-document dictionaries,
// which made indexing most of the search plugin's build time. Same numbers as `termPostings` of a lunr
// index (a test holds them equal).
import type {TermPostings} from './buildIndex.js';
import {analyzeWords, wordMatches} from './client/analyze.js';
import {FIELD_BOOSTS, FIELDS, WEIGHT_SCALE} from './client/format.js';
import type {SearchDocument} from './documents.js';

const K1 = 1.2;
const B = 0.75;
const PAIRS = FIELDS.indexOf('pairs');

/** The first slot of a pair's probe sequence in a table of `mask + 1` slots. */
function pairSlot(first: number, second: number, mask: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) & mask;
}

/** A growable column of 32-bit integers. */
class Column {
  data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
}

/** The numbers of a written word's index terms and of its whole words' terms (`analyzeWords` of it). */
interface WordTerms {
  terms: number[];
  words: number[];
}

/** Written words analysed at most this many at a time (memory of a corpus of identifiers, each written once). */
const MEMO_LIMIT = 200_000;

/**
 * Counts of every term, numbered as first met. A written word is analysed once (`analyzeWords` of it,
 * its terms numbered), not once per occurrence: a text's terms are its words' in order (`wordMatches`).
 * A field's frequencies add up in one reused array by number, and each (term, document) of a field is
 * filed in flat columns; a pair is known by its two words' numbers in an open-addressing table, its
 * text (`a b`) made once.
 */
class TermCounter {
  /** Each term's text, by number. */
  readonly terms: string[] = [];
  /** Per field: each (term, document) counted, as term, document and frequency, documents ascending. */
  readonly filed = FIELDS.map(() => ({
    term: new Column(),
    doc: new Column(),
    frequency: new Column(),
  }));
  private ids = new Map<string, number>();
  private memo = new Map<string, WordTerms>();
  /** Open addressing: first word, second word, pair number + 1 (0: empty). */
  private pairSlots = new Int32Array(3 * 4096);
  private pairCount = 0;
  private frequency = new Int32Array(1024);
  private touched = new Column();
  /** The whole words' terms of the field being counted, in order (for its pairs). */
  readonly words = new Column();

  private id(term: string): number {
    let id = this.ids.get(term);
    if (id !== undefined) return id;
    id = this.terms.length;
    this.terms.push(term);
    this.ids.set(term, id);
    if (id === this.frequency.length) {
      const grown = new Int32Array(id * 2);
      grown.set(this.frequency);
      this.frequency = grown;
    }
    return id;
  }

  private wordTerms(written: string): WordTerms {
    let known = this.memo.get(written);
    if (known === undefined) {
      const {terms, words} = analyzeWords(written);
      known = {
        terms: terms.map((term) => this.id(term)),
        words: words.map((word) => this.id(word)),
      };
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(written, known);
    }
    return known;
  }

  private count(id: number): void {
    if (this.frequency[id]++ === 0) this.touched.push(id);
  }

  /**
   * Counts the terms of a text (lunr lower-cases terms; the analyzer's already are) and returns how
   * many; its whole words' terms are appended to `words`.
   */
  countText(text: string): number {
    let length = 0;
    for (const match of wordMatches(text)) {
      const {terms, words} = this.wordTerms(match[0]);
      for (const id of terms) this.count(id);
      for (const id of words) this.words.push(id);
      length += terms.length;
    }
    return length;
  }

  private pairId(first: number, second: number): number {
    const slots = this.pairSlots;
    const mask = slots.length / 3 - 1;
    for (let slot = pairSlot(first, second, mask); ; slot = (slot + 1) & mask) {
      const stored = slots[slot * 3 + 2];
      if (stored === 0) break;
      if (slots[slot * 3] === first && slots[slot * 3 + 1] === second) return stored - 1;
    }
    const id = this.id(`${this.terms[first]} ${this.terms[second]}`);
    if (++this.pairCount * 2 > mask + 1) {
      // Half full: twice the slots, every pair placed again.
      const old = slots;
      this.pairSlots = new Int32Array(old.length * 2);
      for (let at = 0; at < old.length; at += 3)
        if (old[at + 2] !== 0) this.place(old[at], old[at + 1], old[at + 2]);
    }
    this.place(first, second, id + 1);
    return id;
  }

  /** Stores a pair's entry (its number + 1) in the first free slot of its probe sequence. */
  private place(first: number, second: number, stored: number): void {
    const slots = this.pairSlots;
    const mask = slots.length / 3 - 1;
    let slot = pairSlot(first, second, mask);
    while (slots[slot * 3 + 2] !== 0) slot = (slot + 1) & mask;
    slots[slot * 3] = first;
    slots[slot * 3 + 1] = second;
    slots[slot * 3 + 2] = stored;
  }

  /** Counts the pairs of consecutive terms in `words` from `start` to `end`; returns how many. */
  countPairs(start: number, end: number): number {
    const {data} = this.words;
    for (let i = start + 1; i < end; i++) this.count(this.pairId(data[i - 1], data[i]));
    return Math.max(0, end - start - 1);
  }

  /** Files the counted terms' frequencies as field `field` of document `doc`, and starts again. */
  close(field: number, doc: number): void {
    const filed = this.filed[field];
    const {data, length} = this.touched;
    for (let i = 0; i < length; i++) {
      const id = data[i];
      filed.term.push(id);
      filed.doc.push(doc);
      filed.frequency.push(this.frequency[id]);
      this.frequency[id] = 0;
    }
    this.touched.length = 0;
  }
}

const TITLE = FIELDS.indexOf('title');
const BODY = FIELDS.indexOf('body');

/** Per field, the documents of each term (ascending) and their frequencies, from `from[id]` to `from[id + 1]`. */
interface FieldPostings {
  from: Int32Array;
  docs: Int32Array;
  frequencies: Int32Array;
}

/** A field's filed (term, document, frequency) grouped by term, documents kept in order. */
function groupByTerm(filed: TermCounter['filed'][number], terms: number): FieldPostings {
  const from = new Int32Array(terms + 1);
  const n = filed.term.length;
  const term = filed.term.data;
  for (let i = 0; i < n; i++) from[term[i] + 1]++;
  for (let id = 0; id < terms; id++) from[id + 1] += from[id];
  const next = from.slice(0, terms);
  const docs = new Int32Array(n);
  const frequencies = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const at = next[term[i]]++;
    docs[at] = filed.doc.data[i];
    frequencies[at] = filed.frequency.data[i];
  }
  return {from, docs, frequencies};
}

/** Every term's postings per field, and each document's field lengths (in terms), fields as `analysedFields` gives them. */
function countTerms(documents: SearchDocument[]) {
  const counter = new TermCounter();
  const lengths = FIELDS.map(() => new Int32Array(documents.length));
  const {words} = counter;
  documents.forEach((document, doc) => {
    lengths[TITLE][doc] = counter.countText(document.title);
    counter.close(TITLE, doc);
    const titleWords = words.length;
    lengths[BODY][doc] = counter.countText(document.body);
    counter.close(BODY, doc);
    // Pairs of the title's words, then of the body's: none across the two.
    const pairs = counter.countPairs(0, titleWords) + counter.countPairs(titleWords, words.length);
    lengths[PAIRS][doc] = pairs;
    counter.close(PAIRS, doc);
    words.length = 0;
  });
  const {terms} = counter;
  return {terms, fields: counter.filed.map((filed) => groupByTerm(filed, terms.length)), lengths};
}

/**
 * Every term with its postings per field, `[docDelta, weight, …]` (pairs: `[docDelta, …]`), weights
 * being lunr's BM25 score times the field's weight for the document (`fieldWeights`), terms sorted.
 */
export function bm25Postings(documents: SearchDocument[], weights?: number[][]): TermPostings[] {
  const {terms, fields, lengths} = countTerms(documents);
  const total = documents.length;
  const average = lengths.map((perDoc) => perDoc.reduce((sum, n) => sum + n, 0) / total);
  // Sorted as `Array.prototype.sort` sorts strings (by UTF-16 code units); no two terms are equal.
  const order = terms.map((_, id) => id).sort((a, b) => (terms[a] < terms[b] ? -1 : 1));
  return order.map((id) => {
    // (document, field) pairs holding the term: lunr's idf counts a document once per field.
    let holders = 0;
    for (const {from} of fields) holders += from[id + 1] - from[id];
    const x = (total - holders + 0.5) / (holders + 0.5);
    const idf = Math.log(1 + Math.abs(x));
    const postings = FIELDS.map((field, f) => {
      const run: number[] = [];
      const boost = FIELD_BOOSTS[field];
      const {from, docs, frequencies} = fields[f];
      for (let i = from[id], last = 0; i < from[id + 1]; i++) {
        const doc = docs[i];
        run.push(doc - last);
        last = doc;
        if (f === PAIRS) continue;
        const tf = frequencies[i];
        const norm = K1 * (1 - B + B * (lengths[f][doc] / average[f])) + tf;
        const score = ((idf * ((K1 + 1) * tf)) / norm) * boost;
        const rounded = Math.round(score * 1000) / 1000;
        const weight = rounded * (weights?.[doc]?.[f] ?? 1);
        run.push(Math.max(1, Math.round(weight * WEIGHT_SCALE)));
      }
      return run;
    });
    return {term: terms[id], postings};
  });
}
