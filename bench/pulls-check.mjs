#!/usr/bin/env node
// What pulls cost `loadSite` (so `kb check` and every build), side by side with a peer:
//   1. the same corpus without pulls vs with one `::status-ref` and one `::status-table` per page;
//   2. the remark plugin's site lookup per compiled page: `createSiteSource` (checks trusted for 1 s)
//      vs `loadSiteCached` on every page (a stamp of every file each time).
// Usage: npm run build:plugins && node bench/pulls-check.mjs [--pages 1000] [--runs 3]
import {appendFileSync, cpSync, existsSync, readdirSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {loadSite, loadSiteCached} from '../plugins/model/lib/index.js';
import {createSiteSource} from '../plugins/remark-status/lib/index.js';
import {createRandom, generateCorpus} from './corpus/generate.mjs';
import {STATUSES, UNITS} from './corpus/vocabulary.mjs';

const {values} = parseArgs({
  options: {pages: {type: 'string', default: '1000'}, runs: {type: 'string', default: '3'}},
});
const pages = Number(values.pages);
const runs = Number(values.runs);
const work = new URL('./.work/', import.meta.url).pathname;
const plain = join(work, `pulls-plain-${pages}`);
const pulled = join(work, `pulls-pulled-${pages}`);

function pageFiles(docs) {
  return readdirSync(docs, {recursive: true, encoding: 'utf8'})
    .filter((path) => path.endsWith('.md'))
    .map((path) => join(docs, path));
}

/** The same corpus, each page ending with a ref to a random item and a table with a random filter. */
function addPulls(docs) {
  const rnd = createRandom(7);
  const ids = loadSite({docsDir: docs}).items.map((item) => item.id);
  for (const file of pageFiles(docs)) {
    const table = `status="${rnd.pick(STATUSES)},delayed" owner=${rnd.pick(UNITS).code}`;
    appendFileSync(file, `\n::status-ref{id=${rnd.pick(ids)}}\n\n::status-table{${table}}\n`);
  }
}

function prepare() {
  if (existsSync(pulled)) return;
  rmSync(plain, {recursive: true, force: true});
  generateCorpus({pages, out: plain});
  cpSync(plain, pulled, {recursive: true});
  addPulls(join(pulled, 'docs'));
}

function median(fn) {
  fn();
  const times = Array.from({length: runs}, () => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

prepare();
const load = (root) => () => loadSite({docsDir: join(root, 'docs'), cwd: root});
const withoutPulls = median(load(plain));
const withPulls = median(load(pulled));
const site = load(pulled)();
const pulls = site.pages.reduce((n, p) => n + p.pulls.length, 0);
console.log(`corpus: ${site.pages.length} pages, ${site.items.length} items, ${pulls} pulls`);
console.log(`loadSite without pulls  ${withoutPulls.toFixed(0)} ms`);
console.log(`loadSite with pulls     ${withPulls.toFixed(0)} ms`);
console.log(`ratio with/without      ${(withPulls / withoutPulls).toFixed(3)}`);

const options = {docsDir: join(pulled, 'docs'), cwd: pulled};
const files = pageFiles(options.docsDir);
const every = median(() => files.forEach(() => loadSiteCached(options)));
const source = createSiteSource(options);
const trusted = median(() => files.forEach((file) => source(file)));
console.log(`site lookups for ${files.length} compiled pages:`);
console.log(`  loadSiteCached each   ${every.toFixed(0)} ms`);
console.log(`  createSiteSource      ${trusted.toFixed(0)} ms`);
console.log(`  ratio                 ${(every / Math.max(trusted, 0.001)).toFixed(1)}x`);
