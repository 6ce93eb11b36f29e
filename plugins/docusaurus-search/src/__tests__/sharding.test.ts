import {buildLunrIndex, termPostings} from '../buildIndex';
import {chunkOfDoc, offsetsOf, shardOf, shardsOfPrefix} from '../client/shardLookup';
import {gunzipSync} from 'node:zlib';
import {cutBySize} from '../shards';
import {siteDocuments} from '../documents';
import {analyze} from '../client/analyze';
import {planQuery} from '../client/plan';
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
    // The vocabulary (every word, for typos) is the last member.
    expect(offsets.at(-1)! + index.manifest.terms.vocabulary!).toBe(pack.length);
    const vocabulary = gunzipSync(pack.subarray(offsets.at(-1)))
      .toString()
      .split('\n');
    expect(vocabulary).toContain('transport');
    expect(vocabulary.every((word) => !word.includes(' '))).toBe(true);
    expect([...vocabulary].sort()).toEqual(vocabulary);
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
  const matching = (whole: ReturnType<typeof buildLunrIndex>, word: string) =>
    new Set(
      whole
        .query((q) => q.term(word, {fields: ['title', 'body'], usePipeline: false, wildcard: 2}))
        .map((r) => Number(r.ref)),
    );

  test('the documents lunr finds for a word and its longer forms, loading only the shards it needs', async () => {
    const {site, dir} = siteOf(pages);
    const index = indexOf(site, dir, 200);
    const whole = buildLunrIndex(siteDocuments(site, {baseUrl: '/'}));
    const {engine, loaded} = engineOf(index);
    const ranked = await engine.rank('transport ');
    expect(new Set(ranked.map((r) => r.doc))).toEqual(matching(whole, 'transport'));
    const shards = loaded.filter((name) => name.startsWith('terms'));
    expect(shards).toHaveLength(1);
    expect(index.manifest.terms.first.length).toBeGreaterThan(shards.length);
  });

  test('every word is required of a page (its documents together), not of each document', async () => {
    const {site, dir} = siteOf(pages);
    const documents = siteDocuments(site, {baseUrl: '/'});
    const whole = buildLunrIndex(documents);
    const {engine} = engineOf(indexOf(site, dir));
    const [water, housing] = analyze('water housing');
    const pagesOf = (docs: Set<number>) => new Set([...docs].map((d) => documents[d].page));
    const both = [...pagesOf(matching(whole, water))].filter((page) =>
      pagesOf(matching(whole, housing)).has(page),
    );
    const ranked = await engine.rank('water housing ');
    expect(new Set(ranked.map((r) => r.page))).toEqual(new Set(both));
    // A page's documents stay together, pages in the order of their best document.
    const order = ranked.map((r) => r.page).filter((page, i, all) => all[i - 1] !== page);
    expect(new Set(order).size).toBe(order.length);
  });

  test('postings cover every document of every term', () => {
    const {site} = siteOf(pages);
    const documents = siteDocuments(site, {baseUrl: '/'});
    const postings = termPostings(buildLunrIndex(documents));
    const [term] = analyze('water');
    const water = postings.find((p) => p.term === term)!;
    let doc = 0;
    const docs: number[] = [];
    for (let i = 0; i < water.postings[1].length; i += 2) docs.push((doc += water.postings[1][i]));
    expect(docs.length).toBe(documents.filter((d) => /water/i.test(d.body)).length);
  });
});

describe('loading ahead of the keystrokes', () => {
  const shardsLoaded = (loaded: string[]) => loaded.filter((name) => name.startsWith('terms'));

  test('two letters, searched exactly, bring in the same request the shards the third letter needs', async () => {
    const {site, dir} = siteOf(pages);
    const index = indexOf(site, dir, 200);
    const list = index.manifest.terms;
    const {engine, loaded} = engineOf(index);
    const needed = shardsOfPrefix(list, 'tra');
    // Not only the shard the exact term `tr` is looked up in.
    expect(needed.filter((i) => i !== shardOf(list, 'tr')).length).toBeGreaterThan(0);
    await engine.rank('tr');
    const afterTwo = shardsLoaded(loaded).length;
    // Answered before the shards of the next letter are read (they are in a task of their own)…
    expect(engine.hasShards([shardOf(list, 'tr')])).toBe(true);
    expect(engine.hasShards(needed)).toBe(false);
    // …which came in the same request: waiting for them asks for nothing more.
    await engine.ensureShards(needed);
    expect(engine.hasShards(needed)).toBe(true);
    expect(shardsLoaded(loaded)).toHaveLength(afterTwo);
    expect((await engine.rank('tra')).length).toBeGreaterThan(0);
    expect(shardsLoaded(loaded)).toHaveLength(afterTwo);
  });

  test('a first letter, too short to search, loads where its words are', async () => {
    const {site, dir} = siteOf(pages);
    const index = indexOf(site, dir, 200);
    const {engine, loaded} = engineOf(index);
    await engine.prefetch('h');
    const list = index.manifest.terms;
    const ahead = shardsOfPrefix(list, 'h');
    expect(engine.hasShards(ahead.length <= 3 ? ahead : [shardOf(list, 'h')])).toBe(true);
    expect(shardsLoaded(loaded).length).toBeGreaterThan(0);
  });

  test('a finished word, or one long enough for prefix matching, loads nothing ahead', () => {
    const {site, dir} = siteOf(pages);
    const {engine} = engineOf(indexOf(site, dir, 200));
    expect(engine.aheadShards(planQuery('tr '))).toEqual([]);
    expect(engine.aheadShards(planQuery('tra'))).toEqual([]);
    expect(engine.aheadShards(planQuery('tr')).length).toBeGreaterThan(0);
  });
});
