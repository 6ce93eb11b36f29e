import lunr from 'lunr';
import {analyzeText} from './client/analyze.js';
import {FIELD_BOOSTS, FIELD_WEIGHTS, FIELDS, WEIGHT_SCALE} from './client/format.js';
import type {SearchDocument} from './documents.js';

/** A term's postings per field: `[docDelta, weight, …]`, documents ascending. */
export interface TermPostings {
  term: string;
  postings: number[][];
}

/** The analysed fields of a document, as lunr indexes them (already tokenised and stemmed). */
export function analysedFields(document: SearchDocument): Record<string, string[]> {
  const title = analyzeText(document.title);
  const body = analyzeText(document.body);
  return {title: title.terms, body: body.terms, pairs: [...title.pairs, ...body.pairs]};
}

/** Builds a lunr index of the documents, refs being their numbers, with the suite's analyzer. */
export function buildLunrIndex(documents: SearchDocument[]): lunr.Index {
  const builder = new lunr.Builder();
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.ref('ref');
  for (const field of FIELDS) builder.field(field, {boost: FIELD_BOOSTS[field]});
  documents.forEach((document, ref) =>
    builder.add({ref: String(ref), ...analysedFields(document)}),
  );
  return builder.build();
}

/** Splits a field vector key `field/ref`. */
function fieldRef(key: string): {field: number; doc: number} {
  const slash = key.indexOf('/');
  return {field: FIELDS.indexOf(key.slice(0, slash) as never), doc: Number(key.slice(slash + 1))};
}

const PAIRS = FIELDS.indexOf('pairs');

type IndexInternals = {
  invertedIndex: Record<string, {_index: number}>;
  fieldVectors: Record<string, {elements: number[]}>;
};

/** The weight of each field of each document: its title's by what it is (page, heading, item), then body. */
export function fieldWeights(documents: SearchDocument[]): number[][] {
  return documents.map((document) => [FIELD_WEIGHTS[document.record.kind], FIELD_WEIGHTS.body, 1]);
}

/**
 * Every term of the index with its postings and lunr's BM25 score per field and document, times the
 * field's weight for that document (`fieldWeights`; lunr's scores as they are without it).
 */
export function termPostings(lunrIndex: lunr.Index, weights?: number[][]): TermPostings[] {
  const index = lunrIndex as unknown as IndexInternals;
  const terms = Object.keys(index.invertedIndex).sort();
  const byIndex: TermPostings[] = [];
  for (const term of terms) {
    const entry = index.invertedIndex[term];
    byIndex[entry._index] = {term, postings: FIELDS.map(() => [])};
  }
  const {fieldVectors} = index;
  const keys = Object.keys(fieldVectors).sort((a, b) => fieldRef(a).doc - fieldRef(b).doc);
  const lastDoc = new Map<number[], number>();
  for (const key of keys) {
    const {field, doc} = fieldRef(key);
    const {elements} = fieldVectors[key];
    for (let i = 0; i < elements.length; i += 2) {
      const run = byIndex[elements[i]].postings[field];
      run.push(doc - (lastDoc.get(run) ?? 0));
      const weight = elements[i + 1] * (weights?.[doc]?.[field] ?? 1);
      if (field !== PAIRS) run.push(Math.max(1, Math.round(weight * WEIGHT_SCALE)));
      lastDoc.set(run, doc);
    }
  }
  return terms.map((term) => byIndex[index.invertedIndex[term]._index]);
}
