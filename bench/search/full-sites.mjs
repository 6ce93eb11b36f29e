// The 1,000-page part of `npm run bench:search`: three Docusaurus builds of one corpus (plain, ours,
// easyops; Pagefind indexes a copy of the plain one), each served gzipped and driven in headless Chromium.
import {join} from 'node:path';
import {generateCorpus} from '../corpus/generate.mjs';
import {measureBrowser, measureFirstTyping, measurePageWeight} from './browser.mjs';
import {diskSize, firstDocPath, indexFiles} from './files.mjs';
import {PEERS, printFullTable} from './full-table.mjs';
import {serveGzipped} from './serve.mjs';
import {buildSite, bundlerName, pagefindSite, work} from './sites.mjs';

const BUILT = ['plain', 'kmportal', 'easyops'];

/**
 * Each built variant `builds` times, interleaved (plain, ours, easyops, plain, …); the fastest of each
 * counts, in wall time and in CPU time (each its own least).
 */
function buildAll(pages, docsDir, builds) {
  const times = Object.fromEntries(BUILT.map((variant) => [variant, []]));
  const cpus = Object.fromEntries(BUILT.map((variant) => [variant, []]));
  const outDirs = {};
  for (let run = 0; run < builds; run++)
    for (const variant of BUILT) {
      console.log(
        `building ${variant} (${bundlerName()}${builds > 1 ? `, ${run + 1} of ${builds}` : ''})…`,
      );
      const build = buildSite(variant, pages, docsDir, run);
      times[variant].push(build.seconds);
      cpus[variant].push(build.cpu);
      outDirs[variant] = build.outDir;
    }
  const results = {};
  for (const variant of BUILT) {
    const seconds = Math.min(...times[variant]);
    const cpu = cpus[variant].includes(null) ? null : Math.min(...cpus[variant]);
    results[variant] = {
      build: {outDir: outDirs[variant], seconds, cpu, times: times[variant], cpus: cpus[variant]},
    };
  }
  const pagefind = pagefindSite(outDirs.plain, pages);
  const seconds = results.plain.build.seconds + pagefind.seconds;
  const cpu = results.plain.build.cpu === null ? null : results.plain.build.cpu + pagefind.cpu;
  results.pagefind = {
    build: {outDir: pagefind.outDir, seconds, cpu, times: [], cpus: []},
    indexing: pagefind.seconds,
    indexingCpu: pagefind.cpu,
  };
  return results;
}

/** First query, then typing: on a fresh page (every key timed), and again after the first query. */
async function measureQueries(variant, url, path, queries) {
  const measured = [];
  for (const query of queries) {
    const first = await measureFirstTyping(variant, url, query, path);
    const {again, ...firstQuery} = await measureBrowser(variant, url, query, path);
    measured.push({...firstQuery, typing: {first, again}});
  }
  return measured;
}

/** Builds, serves and measures every variant at `pages` pages; prints the table. */
export async function benchFullSites(pages, queries, builds) {
  const corpus = join(work, `corpus-${pages}`);
  const {items} = generateCorpus({pages, out: corpus});
  console.log(
    `\n## ${pages} pages (${items} status items): full Docusaurus builds (${bundlerName()})`,
  );
  const results = buildAll(pages, join(corpus, 'docs'), builds);
  for (const variant of ['plain', ...PEERS]) {
    const {outDir} = results[variant].build;
    const server = await serveGzipped(outDir);
    try {
      const path = firstDocPath(outDir);
      results[variant].weight = await measurePageWeight(server.url, path);
      if (variant === 'plain') continue;
      results[variant].disk = diskSize(indexFiles(variant, outDir));
      results[variant].queries = await measureQueries(variant, server.url, path, queries);
    } finally {
      await server.close();
    }
  }
  printFullTable(results, queries);
  return results;
}
