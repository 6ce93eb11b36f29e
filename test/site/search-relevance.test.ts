// Relevance of the search over the sample content: queries with the result expected first, scored by
// mean reciprocal rank. Queries come from the evaluation's recommendations (their titles and phrases
// of their text) and are run through the plugin's own split index and engine, as the browser runs them.
import {loadSite} from '@kmportal/model';
import {
  buildSiteIndex,
  SearchEngine,
  searchHits,
  type SearchHit,
} from '@kmportal/docusaurus-search';
import {join} from 'node:path';
import {gunzipSync} from 'node:zlib';

const root = join(__dirname, '..', '..');
const site = loadSite({docsDir: join(root, 'docs'), cwd: root});
const index = buildSiteIndex(site, {baseUrl: '/'}, {termShardBytes: 64_000, docChunkBytes: 48_000});
const fileOf = (name: string) => index.files.find((file) => file.name === name)!.content;
const engine = new SearchEngine(
  index.manifest,
  {
    json: async (name) => JSON.parse(fileOf(name) as string),
    ranges: async (name, ranges) =>
      ranges.map(([start, end]) => (fileOf(name) as Uint8Array).subarray(start, end)),
  },
  async (bytes) => gunzipSync(bytes).toString('utf8'),
);
const evaluation = site.items.filter(
  (item) => item.path === 'docs/evaluations/cross-sectoral-collaboration-2017.md',
);

async function ranked(query: string): Promise<SearchHit[]> {
  let result: SearchHit[] = [];
  await searchHits(engine, {query, limit: 20}, (hits, _total, complete) => {
    if (complete) result = hits;
  });
  return result;
}

/** 1 / rank of the first hit at `url` (0 when absent from the first 20). */
async function reciprocalRank(query: string, url: string): Promise<number> {
  const rank = (await ranked(query)).findIndex((hit) => hit.record.url === url);
  return rank === -1 ? 0 : 1 / (rank + 1);
}

const HAND_WRITTEN: [query: string, id: string][] = [
  ['integrated organisation', 'eval-2017-r1'],
  ['nexus dialogues', 'eval-2017-r2'],
  ['knowledge sharing among subject-matter experts', 'eval-2017-r3'],
  ['corporate coordination bodies', 'eval-2017-r4'],
  ['network of secretaries', 'eval-2017-r5'],
  ['human resource measures', 'eval-2017-r6'],
  ['structural inefficiencies', 'eval-2017-r7'],
];

describe('search relevance on the sample content', () => {
  test('the evaluation has its seven recommendations', () => {
    expect(evaluation.map((item) => item.id)).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => `eval-2017-r${n}`),
    );
  });

  test('a recommendation is found first by its title, and by words of it (MRR)', async () => {
    const urlOf = (id: string) => evaluation.find((item) => item.id === id)!.url!;
    const cases = [
      ...evaluation.map((item): [string, string] => [item.title, item.id]),
      ...HAND_WRITTEN,
    ];
    const scores = await Promise.all(cases.map(([query, id]) => reciprocalRank(query, urlOf(id))));
    const mrr = scores.reduce((a, b) => a + b, 0) / scores.length;
    const misses = cases
      .map(([query, id], i) => ({query, id, score: scores[i]}))
      .filter((entry) => entry.score < 1)
      .map(({query, id, score}) => `${query} → ${id}: ${score.toFixed(2)}`);
    console.log(
      `MRR ${mrr.toFixed(3)} over ${cases.length} queries; not first: ${misses.join('; ') || 'none'}`,
    );
    expect({mrrAtLeast90: mrr >= 0.9, atMostTwoNotFirst: misses.length <= 2, misses}).toMatchObject(
      {
        mrrAtLeast90: true,
        atMostTwoNotFirst: true,
      },
    );
  });

  test('a title word ranks the page or item titled with it above pages that only mention it', async () => {
    const [first] = await ranked('inefficiencies');
    expect(first.record.title).toMatch(/inefficiencies/i);
  });
});
