#!/usr/bin/env node
// npm run bench:search — @kmportal/docusaurus-search side by side with @easyops-cn/docusaurus-search-local
// on the same synthetic corpus, in the same run.
//
// 1,000 pages: three throwaway Docusaurus sites are built (plain, ours, peer) to time the build each search
// adds; each is served gzipped on 127.0.0.1 and driven in headless Chromium: bytes and requests of search
// until the first result, time to first result, keystroke latency p50/p95.
// 10,000 pages: building Docusaurus three times at that size is beyond this 2-core machine's time box, so
// only our index is built (by the plugin's own `buildSiteIndex`), its files served gzipped on 127.0.0.1, and
// the first query run through the plugin's `SearchEngine` and HTTP source, counting the bytes and requests.
// At both sizes the engine-level table also shows a host without multi-range support (S3, Varnish).
// Queries: one, two and three words. Keystroke latency: every query typed character by character, twice.
//
// Options (env): BENCH_SEARCH_SIZES=1000,10000  BENCH_SEARCH_SKIP_BUILD=1 (reuse earlier builds)
// BENCH_SEARCH_BUNDLER=faster (Docusaurus Faster, Rspack; default webpack)
// BENCH_SEARCH_PARTS=relevance,sites (relevance: the query set on the npm docs; sites: the synthetic corpus).
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {generateCorpus} from './corpus/generate.mjs';
import {measureBrowser, measurePageWeight} from './search/browser.mjs';
import {serveGzipped} from './search/serve.mjs';
import {measureFirstQuery, measureTyping} from './search/engine.mjs';
import {percentile} from './search/stats.mjs';
import {benchRelevance} from './search/relevance.mjs';

const root = new URL('..', import.meta.url).pathname;
const work = join(root, 'bench', '.work', 'search');
const sizes = (process.env.BENCH_SEARCH_SIZES ?? '1000,10000').split(',').map(Number);
const QUERIES = ['handover', 'management response', 'evaluation lessons learned'];
const VARIANTS = ['plain', 'kmportal', 'easyops'];

function siteConfig(variant, docsDir) {
  const search = {
    plain: {plugins: '', themes: '', navbar: ''},
    kmportal: {
      plugins: `'@kmportal/docusaurus-search',`,
      themes: '',
      navbar: `{type: 'search', position: 'right'}`,
    },
    easyops: {
      plugins: '',
      themes: `['@easyops-cn/docusaurus-search-local', {hashed: true, indexBlog: false, indexPages: false, docsRouteBasePath: 'docs', language: ['en', 'fr', 'ru']}]`,
      navbar: `{type: 'search', position: 'right'}`,
    },
  }[variant];
  return `import {statusRemarkPlugin} from '@kmportal/docusaurus-plugin-status';
export default {
  title: 'Bench ${variant}', url: 'https://example.org', baseUrl: '/',
  onBrokenLinks: 'ignore', onBrokenAnchors: 'ignore', markdown: {format: 'detect'},
  future: {v4: ${process.env.BENCH_SEARCH_BUNDLER === 'faster'}},
  presets: [['classic', {docs: {path: ${JSON.stringify(docsDir)}, routeBasePath: 'docs',
    remarkPlugins: [statusRemarkPlugin({docsDir: ${JSON.stringify(docsDir)}})]}, blog: false, pages: false, theme: {}}]],
  plugins: [['@kmportal/docusaurus-plugin-status', {docsDir: ${JSON.stringify(docsDir)}, severity: 'warn'}], ${search.plugins}],
  themes: [${search.themes}],
  themeConfig: {navbar: {title: 'Bench', items: [${search.navbar}]}},
};
`;
}

function buildSite(variant, pages, docsDir) {
  const bundler = process.env.BENCH_SEARCH_BUNDLER === 'faster' ? '-faster' : '';
  const siteDir = join(work, `site-${pages}-${variant}${bundler}`);
  const outDir = join(siteDir, 'build');
  mkdirSync(siteDir, {recursive: true});
  writeFileSync(join(siteDir, 'docusaurus.config.ts'), siteConfig(variant, docsDir));
  if (process.env.BENCH_SEARCH_SKIP_BUILD && existsSync(join(outDir, '404.html'))) {
    return {outDir, seconds: JSON.parse(readFileSync(join(siteDir, 'build-time.json'), 'utf8'))};
  }
  const start = performance.now();
  const bin = join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
  const result = spawnSync(process.execPath, [bin, 'build', siteDir, '--out-dir', outDir], {
    cwd: root,
    encoding: 'utf8',
    // No persistent webpack cache: each build starts cold, so the three build times compare.
    env: {
      ...process.env,
      NO_COLOR: '1',
      DOCUSAURUS_NO_PERSISTENT_CACHE: 'true',
      NODE_OPTIONS: '--max-old-space-size=8192',
    },
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0)
    throw new Error(`${variant} build failed:\n${result.stderr.slice(-4000)}`);
  writeFileSync(join(siteDir, 'build-time.json'), JSON.stringify(seconds));
  return {outDir, seconds};
}

/** The URL path of the first doc page of a build, to open before searching. */
function firstDocPath(outDir) {
  const page = filesBelow(join(outDir, 'docs')).find(
    (path) => path.endsWith('index.html') || path.endsWith('.html'),
  );
  return page.slice(outDir.length).replace(/(\/index)?\.html$/, '');
}

function filesBelow(dir) {
  return readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

/** The index files of each plugin in a build: ours below search/, the peer's search-index*.json. */
function indexFiles(variant, outDir) {
  if (variant === 'kmportal')
    return filesBelow(join(outDir, 'search')).filter((p) =>
      /\/search\/[a-z]+-?\d*\.[0-9a-f]+\.(json|bin)$/.test(p),
    );
  return readdirSync(outDir)
    .filter((name) => /^search-index.*\.json$/.test(name))
    .map((name) => join(outDir, name));
}

function diskSize(files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(file);
    raw += content.length;
    gzip += gzipSync(content).length;
  }
  return {raw, gzip, files: files.length};
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const MB = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const ratio = (ours, peer) => (peer ? `${(ours / peer).toFixed(3)}×` : 'n/a');

async function benchFullSites(pages) {
  const corpus = join(work, `corpus-${pages}`);
  const {items} = generateCorpus({pages, out: corpus});
  console.log(`\n## ${pages} pages (${items} status items): full Docusaurus builds`);
  const results = {};
  for (const variant of VARIANTS) {
    console.log(`building ${variant}…`);
    const build = buildSite(variant, pages, join(corpus, 'docs'));
    results[variant] = {build};
    const server = await serveGzipped(build.outDir);
    try {
      results[variant].weight = await measurePageWeight(server.url, firstDocPath(build.outDir));
      if (variant === 'plain') continue;
      results[variant].disk = diskSize(indexFiles(variant, build.outDir));
      results[variant].queries = [];
      for (const query of QUERIES) {
        results[variant].queries.push(
          await measureBrowser(variant, server.url, query, firstDocPath(build.outDir)),
        );
      }
    } finally {
      await server.close();
    }
  }
  printFullTable(pages, results);
  return results;
}

function printFullTable(pages, r) {
  const ours = r.kmportal;
  const peer = r.easyops;
  const plain = r.plain.build.seconds;
  const rows = [
    [
      'index on disk (raw)',
      MB(ours.disk.raw),
      MB(peer.disk.raw),
      ratio(ours.disk.raw, peer.disk.raw),
    ],
    [
      'index on disk (gzip)',
      MB(ours.disk.gzip),
      MB(peer.disk.gzip),
      ratio(ours.disk.gzip, peer.disk.gzip),
    ],
    ['index files', String(ours.disk.files), String(peer.disk.files), ''],
    [
      'added to a page view before any search',
      `${kB(ours.weight.bytes - r.plain.weight.bytes)} / ${ours.weight.requests - r.plain.weight.requests} requests`,
      `${kB(peer.weight.bytes - r.plain.weight.bytes)} / ${peer.weight.requests - r.plain.weight.requests} requests`,
      ratio(ours.weight.bytes - r.plain.weight.bytes, peer.weight.bytes - r.plain.weight.bytes),
    ],
    [
      'build time (× no search)',
      `${(ours.build.seconds / plain).toFixed(3)}×`,
      `${(peer.build.seconds / plain).toFixed(3)}×`,
      '',
    ],
    [
      'build time added',
      `${(ours.build.seconds - plain).toFixed(1)} s`,
      `${(peer.build.seconds - plain).toFixed(1)} s`,
      ratio(ours.build.seconds - plain, peer.build.seconds - plain),
    ],
  ];
  QUERIES.forEach((query, i) => {
    const a = ours.queries[i];
    const b = peer.queries[i];
    rows.push(
      [`"${query}": bytes to 1st result`, kB(a.bytes), kB(b.bytes), ratio(a.bytes, b.bytes)],
      [
        `"${query}": requests to 1st result`,
        String(a.requests),
        String(b.requests),
        ratio(a.requests, b.requests),
      ],
      [
        `"${query}": time to 1st result`,
        `${a.firstResultMs.toFixed(0)} ms`,
        `${b.firstResultMs.toFixed(0)} ms`,
        ratio(a.firstResultMs, b.firstResultMs),
      ],
    );
  });
  const pooled = (v) => r[v].queries.flatMap((q) => q.latencies);
  const [a50, b50, a95, b95] = [50, 50, 95, 95].map((p, i) =>
    percentile(pooled(i % 2 ? 'easyops' : 'kmportal'), p),
  );
  const strokes = (v) =>
    `${pooled(v).length} keys, ${r[v].queries.reduce((n, q) => n + q.timeouts, 0)} no render`;
  rows.push(
    [
      'keystroke p50 (3 queries typed twice)',
      `${a50.toFixed(1)} ms`,
      `${b50.toFixed(1)} ms`,
      ratio(a50, b50),
    ],
    [
      'keystroke p95 (3 queries typed twice)',
      `${a95.toFixed(1)} ms`,
      `${b95.toFixed(1)} ms`,
      ratio(a95, b95),
    ],
    ['keystrokes measured', strokes('kmportal'), strokes('easyops'), ''],
  );
  console.log(`plain build (no search): ${plain.toFixed(1)} s`);
  printTable(['measure', '@kmportal', '@easyops-cn', 'ours/peer'], rows);
  for (const variant of ['kmportal', 'easyops'])
    for (const q of r[variant].queries)
      console.log(`${variant} "${q.query}": requests until first result: ${q.urls.join(', ')}`);
}

function printTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

/** Engine-level rows: first queries on a host with and without multi-range support, then typing. */
async function engineRows(manifest, outDir, workerBytes) {
  const rows = [];
  const manifestGz = gzipSync(JSON.stringify(manifest)).length;
  for (const multiRange of [true, false]) {
    const host = multiRange ? 'multi-range host' : 'single-range host';
    const server = await serveGzipped(outDir, {multiRange});
    try {
      for (const query of QUERIES) {
        const m = await measureFirstQuery(manifest, `${server.url}/search/`, query);
        const total = m.bytes + workerBytes.code + manifestGz;
        rows.push([
          `"${query}", ${host}: to 1st result (+ worker script with manifest)`,
          `${kB(total)} in ${m.requests + 1} requests${m.cancelled ? ` (${m.cancelled} cancelled)` : ''} (index ${kB(m.bytes)}, ${m.total} results)`,
        ]);
      }
    } finally {
      await server.close();
    }
  }
  const server = await serveGzipped(outDir);
  try {
    const t = await measureTyping(manifest, `${server.url}/search/`, QUERIES);
    rows.push([
      `keystroke p50 / p95 / max (node, ${t.keystrokes} keys)`,
      `${t.p50.toFixed(1)} ms / ${t.p95.toFixed(1)} ms / ${t.max.toFixed(1)} ms`,
    ]);
  } finally {
    await server.close();
  }
  return rows;
}

async function benchIndexOnly(pages, workerBytes) {
  const corpus = join(work, `corpus-${pages}`);
  const {items} = generateCorpus({pages, out: corpus});
  console.log(`\n## ${pages} pages (${items} status items): our index only (no Docusaurus build)`);
  const outDir = join(work, `index-${pages}`);
  const start = performance.now();
  const result = spawnSync(
    process.execPath,
    ['--max-old-space-size=16000', join(root, 'bench/search/write-index.mjs'), corpus, outDir],
    {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']},
  );
  if (result.status !== 0) throw new Error(`index build failed (${result.status})`);
  const seconds = (performance.now() - start) / 1000;
  const disk = diskSize(indexFiles('kmportal', outDir));
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
  const rows = [
    ['index on disk (raw)', MB(disk.raw)],
    ['index on disk (gzip)', MB(disk.gzip)],
    ['index files', String(disk.files)],
    ['model read + index build (node)', `${seconds.toFixed(1)} s`],
    ...(await engineRows(manifest, outDir, workerBytes)),
  ];
  console.log(
    `worker script without manifest: ${kB(workerBytes.code)} gzip (measured in the ${workerBytes.from}-page build)`,
  );
  printTable(['measure', '@kmportal'], rows);
}

/** The manifest our plugin generated for the worker in a built bench site. */
function manifestPath(pages) {
  return join(
    work,
    `site-${pages}-kmportal${process.env.BENCH_SEARCH_BUNDLER === 'faster' ? '-faster' : ''}`,
    '.docusaurus/kmportal-search/default/search-manifest.json',
  );
}

/** Gzipped size of our worker script minus its bundled manifest, from a built site. */
function workerCodeBytes(outDir, pages) {
  const js = readdirSync(join(outDir, 'assets/js')).find((name) =>
    name.startsWith('kmportal-search'),
  );
  const content = readFileSync(join(outDir, 'assets/js', js));
  const manifestGz = gzipSync(readFileSync(manifestPath(pages))).length;
  return {code: gzipSync(content).length - manifestGz, from: pages};
}

const parts = (process.env.BENCH_SEARCH_PARTS ?? 'relevance,sites').split(',');
if (parts.includes('relevance')) await benchRelevance();
if (!parts.includes('sites')) process.exit(0);
const fullSize = sizes.find((n) => n <= 2000);
let workerBytes;
if (fullSize) {
  const r = await benchFullSites(fullSize);
  workerBytes = workerCodeBytes(r.kmportal.build.outDir, fullSize);
  const manifest = JSON.parse(readFileSync(manifestPath(fullSize), 'utf8'));
  console.log(`\n## ${fullSize} pages: our engine over HTTP in node (the same build's index)`);
  printTable(
    ['measure', '@kmportal'],
    await engineRows(manifest, r.kmportal.build.outDir, workerBytes),
  );
}
// Only 10,000 asked: the worker script is measured in an earlier 1,000-page build, if there is one.
const earlier = join(work, 'site-1000-kmportal', 'build');
if (!workerBytes && existsSync(join(earlier, 'assets/js')))
  workerBytes = workerCodeBytes(earlier, 1000);
for (const pages of sizes.filter((n) => n > 2000)) {
  if (!workerBytes) throw new Error('Run the 1,000-page size too: it measures the worker script.');
  await benchIndexOnly(pages, workerBytes);
}
