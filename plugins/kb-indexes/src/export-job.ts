import {compiledWorkerFile, workerResult} from '@kmportal/model';
import {exportFiles, type ExportFile} from './export-files.js';
import type {ExportJob} from './export-worker.js';

const WORKER_FILE = compiledWorkerFile(import.meta.url, 'export-worker.js');

/** Whether the export files can be made in a worker thread (the compiled worker exists). */
export function canExportInWorker(): boolean {
  return WORKER_FILE !== undefined;
}

/**
 * The export files of `job`, made in a worker thread when there is a compiled worker, else in this
 * thread; the same function (`exportFiles`) makes them either way.
 */
export function startExportFiles(job: ExportJob): Promise<ExportFile[]> {
  if (!WORKER_FILE) return exportFiles(job.items, job.generated);
  return workerResult(WORKER_FILE, job, 'the export files (items.json, items.csv, tracker)');
}
