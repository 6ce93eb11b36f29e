// lunr's BM25 field scores, computed straight from the analysed fields: what `lunr.Builder` computes
// (k1 1.2, b 0.75, its idf, scores rounded to 3 decimals), without its per-document dictionaries,
// which made indexing most of the search plugin's build time. Same numbers as `termPostings` of a lunr
// index (a test holds them equal).
import {analysedFields, type TermPostings} from './buildIndex.js';
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
 * Every term's counts, and each document's field lengths (in terms). Terms are numbered as first met,
 * and a field's frequencies add up in one reused array by number (no map per document and field).
 */
function countTerms(documents: SearchDocument[]) {
  const counts = new Map<string, TermCounts>();
  const entries: TermCounts[] = [];
  const ids = new Map<string, number>();
  const lengths = FIELDS.map(() => new Int32Array(documents.length));
  let frequency = new Int32Array(1024);
  const touched: number[] = [];
  documents.forEach((document, doc) => {
    const fields = analysedFields(document);
    FIELDS.forEach((field, f) => {
      const terms = fields[field];
      lengths[f][doc] = terms.length;
      // lunr's tokenizer lower-cases each term of an array it is given; the analyzer's terms already are.
      for (const lower of terms) {
        let id = ids.get(lower);
        if (id === undefined) {
          id = entries.length;
          ids.set(lower, id);
          const entry = newCounts();
          entries.push(entry);
          counts.set(lower, entry);
          if (id === frequency.length) {
            const grown = new Int32Array(frequency.length * 2);
            grown.set(frequency);
            frequency = grown;
          }
        }
        if (frequency[id]++ === 0) touched.push(id);
      }
      for (const id of touched) {
        const entry = entries[id];
        entry.docs[f].push(doc);
        entry.frequencies[f].push(frequency[id]);
        entry.holders++;
        frequency[id] = 0;
      }
      touched.length = 0;
    });
  });
  return {counts, lengths};
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
