import {buildLunrIndex, termPostings} from '../buildIndex';
import {chunkOfDoc, offsetsOf, shardOf, shardsOfPrefix} from '../client/shardLookup';
import {gunzipSync} from 'node:zlib';
import {cutBySize} from '../shards';
import {siteDocuments} from '../documents';
import {analyze} from '../client/analyze';
import {engineOf, indexOf, siteOf} from './helpers';

const words = 'water energy transport housing statistics forests trade gender youth ageing'.split(
  ' ',
);
const pages = Object.fromEntries(
  Array.from({length: 12}, (_, i) => [
    `p${i}.md`,
    `---\ntitle: Page ${words[i % 10]} ${i}\ntype: guidance\n---\n\n${words.slice(0, 1 + (i % 10)).join(' ')} report.\n\n## Section ${words[(i + 3) % 10]}\n\n${words.join(' ')} ${words[i % 10]}.\n`,
  ]),
);

describe('cutting into shards', () => {
  test('cuts a run into groups under the limit, a large entry alone', () => {
    expect(cutBySize([3, 3, 3, 9, 1, 1], (n) => n, 6)).toEqual([[3, 3], [3], [9], [1, 1]]);
  });

  test('finds the file of a term and of a prefix from the first terms', () => {
    const list = {first: ['a', 'ener', 'hous', 'tr'], sizes: [1, 1, 1, 1]};
    expect(shardOf(list, 'aa')).toBe(0);
    expect(shardOf(list, 'energi')).toBe(1);
    expect(shardOf(list, 'zz')).toBe(3);
    expect(shardsOfPrefix({first: ['a', 'tr', 'tra', 'trb', 'u'], sizes: []}, 'tr')).toEqual([
      1, 2, 3,
    ]);
    expect(chunkOfDoc([0, 10, 20], 19)).toBe(1);
    // Pairs sort between `handov` and `handover…`: a shard of pairs only, or one whose words all sort
    // past the prefix, is not loaded for it.
    const pairs = {
      first: ['handov', 'handov m', 'handov x', 'hang'],
      sizes: [],
      firstWord: [0, null, 'handy', 0] as (string | 0 | null)[],
    };
    expect(shardsOfPrefix(pairs, 'handover')).toEqual([]);
    expect(shardsOfPrefix(pairs, 'hando')).toEqual([0]);
    expect(shardsOfPrefix(pairs, 'handy')).toEqual([2]);
    expect(shardsOfPrefix({...pairs, firstWord: undefined}, 'handover')).toEqual([2]);
  });

  test('every term lands in exactly the shard the lookup names, each shard a gzip member of the pack', () => {
    const {site, dir} = siteOf(pages);
    const index = indexOf(site, dir, 200);
    const {first, sizes} = index.manifest.terms;
    const offsets = offsetsOf(sizes);
    expect(first.length).toBeGreaterThan(3);
    expect(offsets).toHaveLength(first.length + 1);
    const pack = index.files.find((f) => f.name === index.manifest.pack)!.content as Uint8Array;
    expect(offsets.at(-1)).toBe(pack.length);
    let pairs = 0;
    for (let i = 0; i < first.length; i++) {
      const shard = JSON.parse(gunzipSync(pack.subarray(offsets[i], offsets[i + 1])).toString());
      expect(shard.terms[0]).toBe(first[i]);
      for (const term of shard.terms) {
        expect(shardOf(index.manifest.terms, term)).toBe(i);
        if (term.includes(' ')) pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(0);
  });

  test('file names carry a hash of their content', () => {
    const {site, dir} = siteOf(pages);
    const names = indexOf(site, dir).files.map((f) => f.name);
    for (const name of names)
      expect(name).toMatch(/^(facets\.[0-9a-f]{10}\.json|(terms|docs)\.[0-9a-f]{10}\.bin)$/);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('the split index answers like the whole lunr index', () => {
  test('same documents and scores for a query, loading only the shards it needs', async () => {
    const {site, dir} = siteOf(pages);
    const index = indexOf(site, dir, 200);
    const whole = buildLunrIndex(siteDocuments(site, {baseUrl: '/', siteDir: dir}));
    const {engine, loaded} = engineOf(index);
    const ranked = await engine.rank('transport ');
    const expected = whole.query((q) =>
      q.term('transport', {fields: ['title', 'body'], usePipeline: false}),
    );
    expect(ranked.map((r) => r.doc)).toEqual(expected.map((r) => Number(r.ref)));
    ranked.forEach((r, i) => expect(r.score).toBeCloseTo(expected[i].score, 1));
    const shards = loaded.filter((name) => name.startsWith('terms'));
    expect(shards).toHaveLength(1);
    expect(index.manifest.terms.first.length).toBeGreaterThan(shards.length);
  });

  test('same scores as lunr for several words and a prefix', async () => {
    const {site, dir} = siteOf(pages);
    const index = indexOf(site, dir);
    const whole = buildLunrIndex(siteDocuments(site, {baseUrl: '/', siteDir: dir}));
    const {engine} = engineOf(index);
    const [water, energy] = analyze('water energy');
    const terms = Object.keys((whole as unknown as {invertedIndex: object}).invertedIndex);
    const words = terms.filter((t) => t.startsWith('tra') && !t.includes(' '));
    expect(words.length).toBeGreaterThan(1);
    // In this order the words are never next to each other: no pair (pairs weigh a constant, not BM25).
    const ranked = await engine.rank('energy water tra');
    const expected = whole
      .query((q) => {
        const fields = ['title', 'body'];
        q.term(energy, {fields, usePipeline: false});
        q.term(water, {fields, usePipeline: false});
        q.term('tra', {fields, usePipeline: false});
        // lunr's wildcard over words only (the engine's pairs share the sorted run but are no words).
        for (const word of words) q.term(word, {fields, usePipeline: false});
        q.term(`${energy} ${water}`, {fields: ['pairs'], usePipeline: false});
        q.term(`${water} tra`, {fields: ['pairs'], usePipeline: false});
      })
      // lunr ORs the clauses; the engine requires every word (a word prefixed `tra…` here).
      .filter((r) => {
        const terms = Object.keys(r.matchData.metadata);
        return (
          [water, energy].every((t) => terms.includes(t)) && terms.some((t) => t.startsWith('tra'))
        );
      });
    expect(expected.length).toBeGreaterThan(2);
    // Weights are stored to 0.01: near-ties may swap, so documents are compared by score, not by position.
    const lunrScore = new Map(expected.map((r) => [Number(r.ref), r.score]));
    expect(ranked.map((r) => r.doc).sort()).toEqual([...lunrScore.keys()].sort());
    for (const r of ranked) expect(r.score).toBeCloseTo(lunrScore.get(r.doc)!, 1);
  });

  test('postings cover every document of every term', () => {
    const {site, dir} = siteOf(pages);
    const documents = siteDocuments(site, {baseUrl: '/', siteDir: dir});
    const postings = termPostings(buildLunrIndex(documents));
    const [term] = analyze('water');
    const water = postings.find((p) => p.term === term)!;
    let doc = 0;
    const docs: number[] = [];
    for (let i = 0; i < water.postings[1].length; i += 2) docs.push((doc += water.postings[1][i]));
    expect(docs.length).toBe(documents.filter((d) => /water/i.test(d.body)).length);
  });
});
