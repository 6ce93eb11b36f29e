import fc from 'fast-check';
import {rankClauses, Scratch, type Clause, type RankedDoc} from '../client/score';

const PAGE_SECOND = 0.3;

/** Every reached document's words (mask), marked terms (bits) and per group its best weight. */
function referenceRanking(clauses: Clause[]) {
  const marked = Array.from(new Set(clauses.map((c) => c.term))).slice(0, 32);
  const sorted = clauses
    .map((clause, order) => ({clause, order}))
    .sort((a, b) => a.clause.group - b.clause.group || a.order - b.order)
    .map(({clause}) => clause);
  const docs = new Map<number, {mask: number; bits: number}>();
  const groups = new Map<number, Map<number, number>>();
  // Runs of one term's clauses (its fields) within a group add up; a group counts its best run.
  for (let start = 0; start < sorted.length;) {
    const {group, term} = sorted[start];
    let end = start;
    while (end < sorted.length && sorted[end].group === group && sorted[end].term === term) end++;
    const best = groups.get(group) ?? new Map<number, number>();
    groups.set(group, best);
    const termAcc = new Map<number, number>();
    for (const clause of sorted.slice(start, end)) {
      const stride = clause.pair ? 1 : 2;
      for (let i = 0, doc = 0; i < clause.postings.length; i += stride) {
        doc += clause.postings[i];
        const weight = clause.pair ? 2 : clause.postings[i + 1] / 100;
        termAcc.set(doc, (termAcc.get(doc) ?? 0) + weight * clause.factor);
        const entry = docs.get(doc) ?? {mask: 0, bits: 0};
        entry.mask |= clause.words;
        const bit = marked.indexOf(clause.term);
        if (bit !== -1) entry.bits |= 1 << bit;
        docs.set(doc, entry);
      }
    }
    for (const [doc, value] of termAcc) best.set(doc, Math.max(best.get(doc) ?? 0, value));
    start = end;
  }
  return {docs, marked, groups};
}

/** A random clause list over `documents` documents: postings as increasing deltas. */
const clausesArbitrary = (documents: number) =>
  fc.array(
    fc.record({
      term: fc.constantFrom('a', 'b', 'c', 'd', 'a b'),
      docs: fc.uniqueArray(fc.integer({min: 0, max: documents - 1}), {maxLength: 12}),
      weights: fc.array(fc.integer({min: 1, max: 900}), {minLength: 12, maxLength: 12}),
      words: fc.integer({min: 0, max: 7}),
      factor: fc.constantFrom(1, 0.8, 0.4),
      group: fc.integer({min: 0, max: 3}),
    }),
    {maxLength: 8},
  );

function toClause(spec: {
  term: string;
  docs: number[];
  weights: number[];
  words: number;
  factor: number;
  group: number;
}): Clause {
  const pair = spec.term.includes(' ');
  const docs = [...spec.docs].sort((a, b) => a - b);
  const postings = docs.flatMap((doc, i) => {
    const delta = doc - (docs[i - 1] ?? 0);
    return pair ? [delta] : [delta, spec.weights[i]];
  });
  return {
    term: spec.term,
    postings,
    pair,
    words: spec.words,
    factor: spec.factor,
    group: spec.group,
  };
}

/** Documents numbered page after page (`pageSizes[p]` of page p), and scratch space for them. */
function siteOf(pageSizes: number[]) {
  const documents = pageSizes.reduce((a, b) => a + b, 0);
  const docPage = new Int32Array(documents);
  let at = 0;
  pageSizes.forEach((size, page) => docPage.fill(page, at, (at += size)));
  return {docPage, scratch: new Scratch(documents, pageSizes.length)};
}

describe('rankClauses', () => {
  test('pages sorted, then each page’s documents, equals every document sorted by the page rules', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({min: 1, max: 4}), {minLength: 1, maxLength: 8})
          .chain((sizes) =>
            fc.tuple(fc.constant(sizes), clausesArbitrary(sizes.reduce((a, b) => a + b, 0))),
          ),
        fc.constantFrom<'and' | 'or'>('and', 'or'),
        fc.integer({min: 0, max: 7}),
        ([pageSizes, specs], mode, full) => {
          const {docPage, scratch} = siteOf(pageSizes);
          const clauses = specs.map(toClause);
          const got = rankClauses(clauses, full, mode, scratch, docPage).toArray();
          expect(got).toEqual(expected(clauses, full, mode, docPage));
          // The scratch space is left clean: the same query again ranks the same.
          expect(rankClauses(clauses, full, mode, scratch, docPage).toArray()).toEqual(got);
        },
      ),
      {numRuns: 300},
    );
  });

  test('a ranking read a few positions at a time, another query ranked in between, is the same ranking', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({min: 1, max: 4}), {minLength: 1, maxLength: 8}).chain((sizes) => {
          const documents = sizes.reduce((a, b) => a + b, 0);
          return fc.tuple(
            fc.constant(sizes),
            clausesArbitrary(documents),
            clausesArbitrary(documents),
          );
        }),
        fc.integer({min: 0, max: 6}),
        ([pageSizes, specs, otherSpecs], first) => {
          const {docPage, scratch} = siteOf(pageSizes);
          const clauses = specs.map(toClause);
          // Pages are written as far as they are read; the rest waits, and must not read the
          // scratch space, which the next keystroke's query overwrites.
          const ranking = rankClauses(clauses, 7, 'or', scratch, docPage);
          const read = Array.from({length: Math.min(first, ranking.length)}, (_, i) =>
            ranking.at(i),
          );
          rankClauses(otherSpecs.map(toClause), 7, 'or', scratch, docPage);
          const all = expected(clauses, 7, 'or', docPage);
          expect(read).toEqual(all.slice(0, read.length));
          expect(ranking.toArray()).toEqual(all);
          expect(ranking.distinctPages()).toBe(new Set(all.map((doc) => doc.page)).size);
        },
      ),
      {numRuns: 300},
    );
  });
});

/** The expected ranking, by the reference accumulation and one sort of every document. */
function expected(
  clauses: Clause[],
  full: number,
  mode: 'and' | 'or',
  docPage: Int32Array,
): RankedDoc[] {
  const {docs, marked, groups} = referenceRanking(clauses);
  const order = Array.from(docs.keys());
  const score = (doc: number) =>
    Array.from(groups.values()).reduce((sum, best) => sum + (best.get(doc) ?? 0), 0);
  const pageMask = new Map<number, number>();
  const pageScores = new Map<number, number[]>();
  for (const doc of order) {
    const page = docPage[doc];
    pageMask.set(page, (pageMask.get(page) ?? 0) | docs.get(doc)!.mask);
    pageScores.set(page, [...(pageScores.get(page) ?? []), score(doc)]);
  }
  const key = (page: number) => {
    const [best = 0, second = 0] = [...pageScores.get(page)!].sort((a, b) => b - a);
    return best + PAGE_SECOND * second;
  };
  const covered = (page: number) => (pageMask.get(page)! & full) >>> 0;
  const bitCount = (value: number) => value.toString(2).replace(/0/g, '').length;
  return order
    .map((doc, k) => ({doc, page: docPage[doc], k}))
    .filter(({page}) => (mode === 'and' ? covered(page) === full >>> 0 : covered(page) !== 0))
    .sort(
      (a, b) =>
        (mode === 'or' ? bitCount(covered(b.page)) - bitCount(covered(a.page)) : 0) ||
        key(b.page) - key(a.page) ||
        a.page - b.page ||
        score(b.doc) - score(a.doc) ||
        a.k - b.k,
    )
    .map(({doc, page}) => ({
      doc,
      page,
      score: score(doc),
      terms: marked.filter((_, b) => docs.get(doc)!.bits & (1 << b)),
    }));
}
