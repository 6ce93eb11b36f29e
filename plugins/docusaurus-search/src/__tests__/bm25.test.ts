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
  'v1.2.3',
  'fooBar-baz_qux',
  'ёлка',
  '--',
];
// Joined by these, words run into compounds and out of them: a word's terms must not depend on its neighbours.
const SEPARATORS = [' ', ' ', '-', '.', ', ', '/', '_', '\n'];

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

const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), {maxLength: 12})
  .map((words) => words.flat().join(''));
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

  test('equals lunr on a corpus of thousands of distinct words and pairs', () => {
    // More pairs than the counter's first table holds: it grows while counting.
    const docs = Array.from({length: 60}, (_, i) =>
      documentOf(
        `Page ${i} w${i}`,
        Array.from({length: 120}, (_, j) => `w${(i * 7 + j * j) % 900} x${(i + j) % 37}`).join(' '),
        KINDS[i % 3],
        i >> 2,
      ),
    );
    const lunrIndex = buildLunrIndex(docs);
    const postings = bm25Postings(docs, fieldWeights(docs));
    expect(postings.filter((t) => t.term.includes(' ')).length).toBeGreaterThan(5000);
    expect(postings).toEqual(termPostings(lunrIndex, fieldWeights(docs)));
  });
});
