import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {exportFiles, type ExportFile} from './export-files.js';
import type {ExportJob} from './export-worker.js';

// Compiled: next to this file. Run from the TypeScript sources (Jest): the compiled worker in `lib`.
const WORKER_FILE = fileURLToPath(
  new URL(
    import.meta.url.endsWith('.ts') ? '../lib/export-worker.js' : './export-worker.js',
    import.meta.url,
  ),
);

/** Whether the export files can be made in a worker thread (the compiled worker exists). */
export function canExportInWorker(): boolean {
  return existsSync(WORKER_FILE);
}

/**
 * The export files of `job`, made in a worker thread when there is a compiled worker, else in this
 * thread; the same function (`exportFiles`) makes them either way. The promise is marked handled: a
 * build that fails before `postBuild` awaits it does not report the worker's failure as well.
 */
export function startExportFiles(job: ExportJob): Promise<ExportFile[]> {
  const files = canExportInWorker() ? inWorker(job) : exportFiles(job.items, job.generated);
  files.catch(() => undefined);
  return files;
}

function inWorker(job: ExportJob): Promise<ExportFile[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, {workerData: job});
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(
        new Error(
          `kb-indexes: the export worker stopped (exit code ${code}) before sending the export files.`,
        ),
      ),
    );
  });
}
