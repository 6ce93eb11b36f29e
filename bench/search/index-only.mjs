// Our engine in node over HTTP, for `npm run bench:search`: first queries on hosts with and without
// multi-range support, then typing; and the 10,000-page size, where only our index is built.
import {spawnSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {generateCorpus} from '../corpus/generate.mjs';
import {measureFirstQuery, measureTyping, TYPING_PAUSE_MS} from './engine.mjs';
import {diskSize, indexFiles} from './files.mjs';
import {serveGzipped} from './serve.mjs';
import {siteDirOf, work} from './sites.mjs';
import {kB, MB, printTable} from './table.mjs';

const root = new URL('../..', import.meta.url).pathname;

async function firstQueryRows(manifest, outDir, workerBytes, queries, multiRange) {
  const rows = [];
  const manifestGz = gzipSync(JSON.stringify(manifest)).length;
  const host = multiRange ? 'multi-range host' : 'single-range host';
  const server = await serveGzipped(outDir, {multiRange});
  try {
    for (const query of queries) {
      const m = await measureFirstQuery(manifest, `${server.url}/search/`, query);
      const total = m.bytes + workerBytes.code + manifestGz;
      rows.push([
        `"${query}", ${host}: to 1st result (+ engine chunk with manifest)`,
        `${kB(total)} in ${m.requests + 1} requests${m.cancelled ? ` (${m.cancelled} cancelled)` : ''} (index ${kB(m.bytes)}, ${m.total} results)`,
      ]);
    }
  } finally {
    await server.close();
  }
  return rows;
}

/** Engine-level rows: first queries on a host with and without multi-range support, then typing. */
export async function engineRows(manifest, outDir, workerBytes, queries) {
  const rows = [];
  for (const multiRange of [true, false])
    rows.push(...(await firstQueryRows(manifest, outDir, workerBytes, queries, multiRange)));
  const server = await serveGzipped(outDir);
  try {
    const cpu = process.cpuUsage();
    const t = await measureTyping(manifest, `${server.url}/search/`, queries);
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    rows.push([
      `keystroke p50 / p95 / max (node, ${t.keystrokes} keys from the first, ${TYPING_PAUSE_MS} ms after each answer)`,
      `${t.p50.toFixed(1)} ms / ${t.p95.toFixed(1)} ms / ${t.max.toFixed(1)} ms (CPU ${(cpuMs / t.keystrokes).toFixed(1)} ms a key, with the server's)`,
    ]);
  } finally {
    await server.close();
  }
  return rows;
}

/** The manifest our plugin generated for the engine in a built bench site. */
export function manifestPath(pages) {
  return join(
    siteDirOf('kmportal', pages),
    '.docusaurus/kmportal-search/default/search-manifest.json',
  );
}

/** Gzipped size of our engine chunk (`kmportal-search`) minus its bundled manifest, from a built site. */
export function workerCodeBytes(outDir, pages) {
  const js = readdirSync(join(outDir, 'assets/js')).find((name) =>
    name.startsWith('kmportal-search'),
  );
  const content = readFileSync(join(outDir, 'assets/js', js));
  const manifestGz = gzipSync(readFileSync(manifestPath(pages))).length;
  return {code: gzipSync(content).length - manifestGz, from: pages};
}

/** Our index alone at `pages` pages (no Docusaurus build at that size), built by the plugin's own code. */
export async function benchIndexOnly(pages, workerBytes, queries) {
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
    ...(await engineRows(manifest, outDir, workerBytes, queries)),
  ];
  console.log(
    `engine chunk without manifest: ${kB(workerBytes.code)} gzip (measured in the ${workerBytes.from}-page build)`,
  );
  printTable(['measure', '@kmportal'], rows);
}
