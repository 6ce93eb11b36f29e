// Relevance part of `npm run bench:search`: the development query set (relevance/queries.tsv) on the npm
// CLI's docs (fetched from the registry by relevance/fetch-corpus.mjs), scored for our plugin,
// @easyops-cn/docusaurus-search-local and Pagefind on the same pages: Success@1, Success@5, MRR@10.
// Ours runs through its own index build and engine in node (what the page runs); the peers run in
// headless Chromium on their Docusaurus builds (Pagefind indexes the build without a search plugin).
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fetchCorpus} from './relevance/fetch-corpus.mjs';
import {createOurEngine, ourPages} from './relevance/ours.mjs';
import {easyopsPages, pagefindPages} from './relevance/peers.mjs';
import {readQueries, scoreRuns} from './relevance/score.mjs';
import {serveGzipped} from './serve.mjs';
import {runDocusaurusBuild, runPagefind} from './sites.mjs';

const root = new URL('../..', import.meta.url).pathname;
const work = join(root, 'bench', '.work', 'search', 'relevance');

function siteConfig(variant, docsDir) {
  const themes =
    variant === 'easyops'
      ? `['@easyops-cn/docusaurus-search-local', {hashed: true, indexBlog: false, indexPages: false, docsRouteBasePath: 'docs', language: ['en']}]`
      : '';
  return `export default {
  title: 'npm docs (${variant})', url: 'https://example.org', baseUrl: '/',
  onBrokenLinks: 'ignore', onBrokenAnchors: 'ignore', onBrokenMarkdownLinks: 'ignore', markdown: {format: 'md'},
  presets: [['classic', {docs: {path: ${JSON.stringify(docsDir)}, routeBasePath: 'docs'}, blog: false, pages: false, theme: {}}]],
  themes: [${themes}],
  themeConfig: {navbar: {title: 'npm', items: [${variant === 'easyops' ? `{type: 'search', position: 'right'}` : ''}]}},
};
`;
}

/** Builds the corpus site for a peer once (kept in bench/.work between runs). */
function buildSite(variant, docsDir) {
  const siteDir = join(work, `site-${variant}`);
  const outDir = join(siteDir, 'build');
  if (existsSync(join(outDir, '404.html'))) return outDir;
  mkdirSync(siteDir, {recursive: true});
  writeFileSync(join(siteDir, 'docusaurus.config.ts'), siteConfig(variant, docsDir));
  return runDocusaurusBuild(siteDir).outDir;
}

/** Pagefind's index of a build, made once. */
function pagefindIndex(outDir) {
  if (!existsSync(join(outDir, 'pagefind', 'pagefind.js'))) runPagefind(outDir);
}

async function servedPages(outDir, rank) {
  const server = await serveGzipped(outDir);
  try {
    return await rank(server.url);
  } finally {
    await server.close();
  }
}

const pct = (value) => value.toFixed(3);

/** Runs the query set on the three engines and prints the table (and, with BENCH_MISSES=1, the misses). */
export async function benchRelevance() {
  const corpus = fetchCorpus(join(root, 'bench', '.work', 'search', 'npm-docs'));
  const queries = readQueries();
  console.log(
    `\n## Relevance: ${queries.length} queries on ${corpus.pages} pages of ${corpus.source}`,
  );
  const engine = createOurEngine(corpus.docs, join(corpus.docs, '..'));
  const ours = [];
  for (const {query} of queries) ours.push(await ourPages(engine, query));
  const easyopsBuild = buildSite('easyops', corpus.docs);
  const easyops = await servedPages(easyopsBuild, (url) => easyopsPages(url, queries));
  const plainBuild = buildSite('plain', corpus.docs);
  pagefindIndex(plainBuild);
  const pagefind = await servedPages(plainBuild, (url) => pagefindPages(url, queries));
  const runs = {ours, easyops, pagefind};
  const scores = Object.fromEntries(
    Object.entries(runs).map(([k, r]) => [k, scoreRuns(queries, r)]),
  );
  console.log('| | @kmportal | @easyops-cn | Pagefind |');
  console.log('|---|---|---|---|');
  for (const [label, key] of [
    ['Success@1', 's1'],
    ['Success@5', 's5'],
    ['MRR@10', 'mrr'],
  ])
    console.log(
      `| ${label} | ${pct(scores.ours[key])} | ${pct(scores.easyops[key])} | ${pct(scores.pagefind[key])} |`,
    );
  console.log(
    `| queries with no result | ${scores.ours.empty} | ${scores.easyops.empty} | ${scores.pagefind.empty} |`,
  );
  if (process.env.BENCH_MISSES)
    for (const [name, score] of Object.entries(scores))
      console.log(`\n${name} misses:\n  ${score.misses.join('\n  ')}`);
  return scores;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchRelevance();
