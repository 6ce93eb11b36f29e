import lunr from 'lunr';
import {FIELD_BOOSTS, FIELDS, PAIR_WEIGHT, WEIGHT_SCALE, type ShardFile} from './format.js';

/**
 * A lunr index over the loaded shards only. Each shard carries, for its terms, the postings and
 * lunr's own BM25 field scores, so the scores equal those of the whole index: lunr's cosine
 * divides by the query vector's length only, not the document's.
 */
export function createMemoryIndex(shards: ShardFile[]): lunr.Index {
  const invertedIndex: Record<string, Record<string, unknown>> = Object.create(null);
  const elements = new Map<string, number[]>();
  const terms = shards.flatMap((shard) => shard.terms.map((term, t) => ({term, shard, t})));
  terms.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  terms.forEach(({term, shard, t}, termIndex) => {
    const entry: Record<string, unknown> = {_index: termIndex};
    FIELDS.forEach((field, f) => {
      const refs: Record<string, object> = Object.create(null);
      const run = shard.postings[t][f] ?? [];
      const stride = field === 'pairs' ? 1 : 2;
      for (let i = 0, doc = 0; i < run.length; i += stride) {
        doc += run[i];
        refs[doc] = {};
        const key = `${field}/${doc}`;
        let vector = elements.get(key);
        if (!vector) elements.set(key, (vector = []));
        const weight = stride === 1 ? PAIR_WEIGHT * FIELD_BOOSTS.pairs : run[i + 1] / WEIGHT_SCALE;
        vector.push(termIndex, weight);
      }
      entry[field] = refs;
    });
    invertedIndex[term] = entry;
  });
  const fieldVectors: Record<string, lunr.Vector> = Object.create(null);
  for (const [key, values] of elements) fieldVectors[key] = new lunr.Vector(values);
  return new lunr.Index({
    invertedIndex,
    fieldVectors,
    tokenSet: (lunr.TokenSet as unknown as {fromArray(terms: string[]): lunr.TokenSet}).fromArray(
      terms.map((entry) => entry.term),
    ),
    fields: [...FIELDS],
    pipeline: new lunr.Pipeline(),
  } as unknown as ConstructorParameters<typeof lunr.Index>[0]);
}
