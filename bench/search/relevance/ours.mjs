// Our plugin's rankings of the query set, through its own index build and engine (what the page runs).
import {gunzipSync} from 'node:zlib';
import {loadSite} from '@kmportal/model';
import {buildSiteIndex} from '../../../plugins/docusaurus-search/lib/searchIndex.js';
import {SearchEngine} from '../../../plugins/docusaurus-search/lib/client/engine.js';
import {searchHits} from '../../../plugins/docusaurus-search/lib/client/hits.js';
import {rankedPages} from './score.mjs';

/** An engine over the index of the docs in `docsDir`, its files held in memory. */
export function createOurEngine(docsDir, siteDir) {
  const site = loadSite({docsDir, cwd: siteDir, routeBasePath: 'docs'});
  const index = buildSiteIndex(
    site,
    {baseUrl: '/'},
    {termShardBytes: 64_000, docChunkBytes: 12_000},
  );
  const fileOf = (name) => index.files.find((file) => file.name === name).content;
  return new SearchEngine(
    index.manifest,
    {
      json: async (name) => JSON.parse(fileOf(name)),
      ranges: async (name, ranges) =>
        ranges.map(([start, end]) => fileOf(name).subarray(start, end)),
    },
    async (bytes) => gunzipSync(bytes).toString('utf8'),
  );
}

/** The pages our engine ranks for `query`, best first (documents grouped by page, as the box groups them). */
export async function ourPages(engine, query) {
  let urls = [];
  await searchHits(engine, {query, limit: 50, perPage: 3}, (hits, _total, complete) => {
    if (complete) urls = hits.map((hit) => hit.record.url);
  });
  return rankedPages(urls);
}
