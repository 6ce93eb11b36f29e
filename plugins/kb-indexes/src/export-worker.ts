// The export documents made off the main thread: a build starts this worker when bundling begins (its
// items are known from the end of `allContentLoaded`), so the JSON, CSV and workbook are written while
// the bundler runs, at the lowest priority (on the cores the bundler leaves idle: nothing waits for them
// before `postBuild`), and `postBuild` only writes the bytes it sends back. It loads the export
// documents alone (no model).
import {parentPort, workerData} from 'node:worker_threads';
import {runInBackground} from '@kmportal/model/thread-priority';
import {exportFiles, type ExportFile} from './export-files.js';
import type {ExportedItem} from './exports.js';

/** What the worker is given: the items as `exportedItems` made them, and the build time. */
export interface ExportJob {
  items: ExportedItem[];
  generated: Date;
}

runInBackground();
const job = workerData as ExportJob;
const files: ExportFile[] = await exportFiles(job.items, job.generated);
// The bytes are moved to the main thread, not copied.
parentPort!.postMessage(
  files,
  files.flatMap((file) => (typeof file.data === 'string' ? [] : [file.data.buffer as ArrayBuffer])),
);
