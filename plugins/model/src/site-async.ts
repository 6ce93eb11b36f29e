import {existsSync, statSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {loadModelConfig, normalizeModelOptions} from './config.js';
import {assembleSite, listPages, readSitePage, type SiteModel, type SiteOptions} from './site.js';
import type {ParsedPage} from './types.js';
import {pageFromWire, type WirePage} from './wire.js';

/** Options of `loadSiteAsync`. */
export interface ParallelOptions {
  /**
   * Worker threads that parse (default: the machine's cores, at most 4). With 1, or below `minPages`,
   * the calling thread parses everything itself.
   */
  threads?: number;
  /** Below this many pages everything is parsed on the calling thread (default 200). */
  minPages?: number;
}

// Compiled: next to this file. Run from TypeScript sources (Jest): the compiled worker in `lib`.
const WORKER_FILE = fileURLToPath(
  new URL(
    import.meta.url.endsWith('.ts') ? '../lib/parse-worker.js' : './parse-worker.js',
    import.meta.url,
  ),
);

/** Whether pages can be parsed in worker threads (the compiled worker exists). */
export function canParseInWorkers(): boolean {
  return existsSync(WORKER_FILE);
}

/** Splits `paths` into `count` shares of about the same number of bytes, each in page order. */
export function shareByBytes(paths: string[], count: number): string[][] {
  const sizes = paths.map((path) => statSync(path).size);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const shares: string[][] = [[]];
  let filled = 0;
  paths.forEach((path, index) => {
    if (filled >= (total * shares.length) / count && shares.length < count) shares.push([]);
    shares.at(-1)!.push(path);
    filled += sizes[index];
  });
  return shares;
}

function parseInWorker(paths: string[], options: SiteOptions, cwd: string): Promise<ParsedPage[]> {
  return new Promise((resolvePages, reject) => {
    const worker = new Worker(WORKER_FILE, {workerData: {options, cwd, paths}});
    worker.once('message', (pages: WirePage[]) => resolvePages(pages.map(pageFromWire)));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`page parser worker stopped with exit code ${code}`));
    });
  });
}

/** Only the plain options `loadSite` reads, so they can be sent to a worker. */
function plainOptions(options: SiteOptions): SiteOptions {
  return {
    ...normalizeModelOptions(options),
    cwd: options.cwd,
    routeBasePath: options.routeBasePath,
  };
}

/**
 * `loadSite` with the pages parsed on several threads: the same model, the same messages.
 * Workers parse every share, so the calling thread stays free for the rest of the build (Docusaurus
 * loads every plugin's content at once: parsing a share here would hold up the docs plugin).
 */
export async function loadSiteAsync(
  options: SiteOptions,
  parallel: ParallelOptions = {},
): Promise<SiteModel> {
  const cwd = options.cwd ?? process.cwd();
  const loaded = loadModelConfig(options);
  const files = listPages(options.docsDir);
  const threads = Math.max(1, parallel.threads ?? Math.min(availableParallelism(), 4));
  const useWorkers =
    threads > 1 && files.length >= (parallel.minPages ?? 200) && canParseInWorkers();
  const shares = useWorkers ? shareByBytes(files, threads) : [files];
  const plain = plainOptions(options);
  if (!useWorkers) {
    const pages = files.map((path) => readSitePage(path, options, cwd, loaded.config));
    return assembleSite(loaded, files, pages, cwd);
  }
  const parsed = await Promise.all(shares.map((share) => parseInWorker(share, plain, cwd)));
  return assembleSite(loaded, files, parsed.flat(), cwd);
}
