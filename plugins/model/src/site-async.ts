import {existsSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {loadModelConfig, normalizeModelOptions} from './config.js';
import type {ParseCache} from './parse-cache.js';
import {
  assembleSite,
  listSitePages,
  readCachedPage,
  readSitePage,
  readSitePages,
  siteParseCache,
  type SiteModel,
  type SiteOptions,
} from './site.js';
import type {ModelConfig, ParsedPage} from './types.js';
import {BatchQueue, batchesOf} from './batch-queue.js';
import {pageFromWire, type WireBatch} from './wire.js';

export {batchesOf};

/** Options of `loadSiteAsync`. */
export interface ParallelOptions {
  /** Worker threads that parse (default: the machine's cores but one, at most 3). */
  workers?: number;
  /** Whether the calling thread parses batches too, between its other work (default `true`). */
  callingThread?: boolean;
  /** Below this many pages everything is parsed on the calling thread (default 200). */
  minPages?: number;
  /** Pages per batch taken from the queue (default 20). */
  batchPages?: number;
}

// Compiled: next to this file. Run from TypeScript sources (Jest): the compiled worker in `lib`. Bundled
// (the language server's bundles): `parse-worker.mjs` where `.js` would be read as CommonJS.
const WORKER_FILE = (
  import.meta.url.endsWith('.ts')
    ? ['../lib/parse-worker.js']
    : ['./parse-worker.js', './parse-worker.mjs']
)
  .map((name) => fileURLToPath(new URL(name, import.meta.url)))
  .reduce((found, file) => (existsSync(found) ? found : file));

/** Whether pages can be parsed in worker threads (the compiled worker exists). */
export function canParseInWorkers(): boolean {
  return existsSync(WORKER_FILE);
}

/** One worker thread claiming batches of `queue` until none is left; its results go into `queue`. */
function parseInWorker(queue: BatchQueue, options: SiteOptions, cwd: string): Promise<void> {
  return new Promise((done, reject) => {
    const {batches, claims} = queue;
    const worker = new Worker(WORKER_FILE, {workerData: {options, cwd, batches, claims}});
    let finished = false;
    worker.on('message', (message: WireBatch | 'done') => {
      if (message === 'done') finished = true;
      else queue.results[message.index] = message.pages.map(pageFromWire);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`page parser worker stopped with exit code ${code}`));
      else if (!finished) reject(new Error('page parser worker stopped before its last batch'));
      else done();
    });
  });
}

/**
 * The calling thread's part: batches from `queue`, yielding between pages so that the rest of the build
 * (Docusaurus loads every plugin's content at once) goes on in the meantime.
 */
async function parseHere(
  queue: BatchQueue,
  options: SiteOptions,
  cwd: string,
  config: ModelConfig,
): Promise<void> {
  for (let index = queue.take(); index !== undefined; index = queue.take()) {
    const pages: ParsedPage[] = [];
    // One page per turn: the docs plugin's file reads, in the same event loop, go on between them.
    for (const path of queue.batches[index]!) {
      pages.push(readSitePage(path, options, cwd, config));
      await new Promise((resume) => setImmediate(resume));
    }
    queue.results[index] = pages;
  }
}

/** Only the plain options `loadSite` reads, so they can be sent to a worker. */
function plainOptions(options: SiteOptions): SiteOptions {
  return {
    ...normalizeModelOptions(options),
    cwd: options.cwd,
    routeBasePath: options.routeBasePath,
    maxPageBytes: options.maxPageBytes,
    localizedDir: options.localizedDir,
  };
}

/** Pages read from the parse cache between two turns of the event loop (a language server's keystrokes). */
const CACHED_PER_TURN = 50;

/**
 * The pages `cache` has parses of, by path; the others are left to parse. Read in turns of
 * `CACHED_PER_TURN` pages, so the calling thread (an editor's server) answers between them.
 */
async function cachedPages(
  files: string[],
  options: SiteOptions,
  cwd: string,
  cache: ParseCache | undefined,
): Promise<Map<string, ParsedPage>> {
  const found = new Map<string, ParsedPage>();
  if (!cache) return found;
  for (const [index, path] of files.entries()) {
    if (index > 0 && index % CACHED_PER_TURN === 0)
      await new Promise((resume) => setImmediate(resume));
    const page = readCachedPage(path, options, cwd, cache);
    if (page) found.set(path, page);
  }
  return found;
}

/**
 * `loadSite` with the pages parsed on several threads: the same model, the same messages. The pages go
 * out in batches to worker threads and to the calling thread, whichever is free first: a worker needs
 * about half a second to load the parser, and the calling thread is busy with other plugins at first,
 * so fixed shares would leave one of them waiting for the other.
 */
export async function loadSiteAsync(
  options: SiteOptions,
  parallel: ParallelOptions = {},
): Promise<SiteModel> {
  const cwd = options.cwd ?? process.cwd();
  const loaded = loadModelConfig(options);
  const listing = listSitePages(options.docsDir);
  const files = listing.pages;
  const cache = siteParseCache(options, loaded.config, cwd);
  const known = await cachedPages(files, options, cwd, cache);
  const toParse = files.filter((path) => !known.has(path));
  const workers = Math.max(0, parallel.workers ?? Math.min(availableParallelism() - 1, 3));
  const useWorkers =
    workers > 0 && toParse.length >= (parallel.minPages ?? 200) && canParseInWorkers();
  let parsed: ParsedPage[];
  if (!useWorkers) {
    parsed = readSitePages(toParse, options, cwd, loaded.config, cache);
  } else {
    const queue = new BatchQueue(batchesOf(toParse, Math.max(1, parallel.batchPages ?? 20)));
    const plain = plainOptions(options);
    await Promise.all([
      ...Array.from({length: workers}, () => parseInWorker(queue, plain, cwd)),
      parallel.callingThread === false ? undefined : parseHere(queue, options, cwd, loaded.config),
    ]);
    parsed = queue.pages();
  }
  const byPath = new Map(toParse.map((path, index) => [path, parsed[index]!]));
  for (const page of parsed) if (page.digest) cache?.set(page.page.path, page.digest, page);
  cache?.save();
  const pages = files.map((path) => known.get(path) ?? byPath.get(path)!);
  return assembleSite(loaded, listing, pages, cwd, options);
}
