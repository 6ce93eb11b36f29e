#!/usr/bin/env node
// npm run bench:search — @kmportal/docusaurus-search side by side with @easyops-cn/docusaurus-search-local
// and Pagefind, in the same run.
//
// Relevance (search/relevance.mjs): the development query set on the npm CLI's docs, S@1, S@5, MRR@10.
// 1,000 pages (search/full-sites.mjs): three throwaway Docusaurus sites are built (plain, ours, easyops) to
// time the build each search adds, and Pagefind indexes a copy of the plain build given its default UI (its
// build time: the plain build's plus its indexing's); each is served gzipped on 127.0.0.1 and driven in
// headless Chromium: what a page view pays before any search, bytes and requests of search until the first
// result, time to first result, keystroke latency (keydown to the frame after the UI answers the query in
// the box): every key of each query typed on a fresh page, then typed again after a first query.
// 10,000 pages (search/index-only.mjs): building Docusaurus three times at that size is beyond this 2-core
// machine's time box, so only our index is built (by the plugin's own `buildSiteIndex`), its files served
// gzipped on 127.0.0.1, and queries run through the plugin's `SearchEngine` and HTTP source. At both sizes
// the engine-level table also shows a host without multi-range support (S3, Varnish).
// Queries: one, two and three words.
//
// Options (env): BENCH_SEARCH_SIZES=1000,10000  BENCH_SEARCH_SKIP_BUILD=1 (reuse earlier builds)
// BENCH_SEARCH_BUNDLER=faster (Docusaurus Faster, Rspack; default webpack)
// BENCH_SEARCH_BUILDS=2 (build each site that many times, interleaved, and compare the fastest of each:
// on a shared machine one build can be slowed by others' work)
// BENCH_SEARCH_PARTS=relevance,sites (relevance: the query set on the npm docs; sites: the synthetic corpus).
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {benchFullSites} from './search/full-sites.mjs';
import {benchIndexOnly, engineRows, manifestPath, workerCodeBytes} from './search/index-only.mjs';
import {benchRelevance} from './search/relevance.mjs';
import {siteDirOf} from './search/sites.mjs';
import {printTable} from './search/table.mjs';

const sizes = (process.env.BENCH_SEARCH_SIZES ?? '1000,10000').split(',').map(Number);
const builds = Number(process.env.BENCH_SEARCH_BUILDS ?? 1);
const QUERIES = ['handover', 'management response', 'evaluation lessons learned'];

const parts = (process.env.BENCH_SEARCH_PARTS ?? 'relevance,sites').split(',');
if (parts.includes('relevance')) await benchRelevance();
if (!parts.includes('sites')) process.exit(0);
const fullSize = sizes.find((n) => n <= 2000);
let workerBytes;
if (fullSize) {
  const r = await benchFullSites(fullSize, QUERIES, builds);
  workerBytes = workerCodeBytes(r.kmportal.build.outDir, fullSize);
  const manifest = JSON.parse(readFileSync(manifestPath(fullSize), 'utf8'));
  console.log(`\n## ${fullSize} pages: our engine over HTTP in node (the same build's index)`);
  printTable(
    ['measure', '@kmportal'],
    await engineRows(manifest, r.kmportal.build.outDir, workerBytes, QUERIES),
  );
}
// Only 10,000 asked: the engine chunk is measured in an earlier 1,000-page build, if there is one.
const earlier = join(siteDirOf('kmportal', 1000), 'build');
if (!workerBytes && existsSync(join(earlier, 'assets/js')))
  workerBytes = workerCodeBytes(earlier, 1000);
for (const pages of sizes.filter((n) => n > 2000)) {
  if (!workerBytes) throw new Error('Run the 1,000-page size too: it measures the engine chunk.');
  await benchIndexOnly(pages, workerBytes, QUERIES);
}
