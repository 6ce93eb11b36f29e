// Worker of `loadSiteAsync`: claims batches of a site's pages from the counter it shares with the other
// threads (`claimBatch`) and parses them with the one parser, posting each batch's pages as it goes,
// then `done`. It never waits for the calling thread, which may be busy with the rest of a build.
import {parentPort, workerData} from 'node:worker_threads';
import {claimBatch} from './batch-queue.js';
import {loadModelConfig} from './config.js';
import {readSitePages, type SiteOptions} from './site.js';
import {pageToWire, type WireBatch} from './wire.js';

interface Job {
  options: SiteOptions;
  cwd: string;
  batches: string[][];
  claims: Int32Array;
}

const {options, cwd, batches, claims} = workerData as Job;
const {config} = loadModelConfig(options);
for (
  let index = claimBatch(claims, batches.length);
  index !== undefined;
  index = claimBatch(claims, batches.length)
) {
  const pages = readSitePages(batches[index]!, options, cwd, config).map(pageToWire);
  parentPort!.postMessage({index, pages} satisfies WireBatch);
}
parentPort!.postMessage('done');
