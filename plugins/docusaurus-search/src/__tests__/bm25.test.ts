import fc from 'fast-check';
import {bm25Postings} from '../bm25';
import {buildLunrIndex, fieldWeights, termPostings} from '../buildIndex';
import type {SearchDocument} from '../documents';
import type {DocRecord} from '../client/format';

const KINDS = ['page', 'section', 'item'] as const;
const WORDS = [
  'Handover',
  'notes',
  'management',
  'response',
  'évaluation',
  'EXCOM/98',
  'to-do',
  'the',
  'a',
  'camelCaseWord',
  'отчёт',
  'éVALUATIONS',
];

function documentOf(
  title: string,
  body: string,
  kind: DocRecord['kind'],
  page: number,
): SearchDocument {
  const record = {
    kind,
    title,
    pageTitle: title,
    trail: [],
    url: `/docs/${page}`,
    text: body,
  } as unknown as DocRecord;
  return {title, body, record, page, facets: {type: [], status: [], unit: [], nexus: [], sdg: []}};
}

const text = fc.array(fc.constantFrom(...WORDS), {maxLength: 12}).map((words) => words.join(' '));
const documents = fc
  .array(fc.tuple(text, text, fc.constantFrom(...KINDS)), {minLength: 1, maxLength: 12})
  .map((specs) => specs.map(([title, body, kind], i) => documentOf(title, body, kind, i >> 1)));

describe('bm25Postings', () => {
  test('equals termPostings of a lunr index of the same documents, weighted or not', () => {
    fc.assert(
      fc.property(documents, (docs) => {
        const lunrIndex = buildLunrIndex(docs);
        expect(bm25Postings(docs)).toEqual(termPostings(lunrIndex));
        expect(bm25Postings(docs, fieldWeights(docs))).toEqual(
          termPostings(lunrIndex, fieldWeights(docs)),
        );
      }),
      {numRuns: 100},
    );
  });
});
