// Worker of `loadSiteAsync`: parses the batches of a site's pages it is sent with the one parser,
// answering each with its pages, until it is sent `null`. It asks for its first batch once loaded.
import {parentPort, workerData} from 'node:worker_threads';
import {loadModelConfig} from './config.js';
import {readSitePages, type SiteOptions} from './site.js';
import {pageToWire} from './wire.js';

interface Job {
  options: SiteOptions;
  cwd: string;
}

const {options, cwd} = workerData as Job;
const {config} = loadModelConfig(options);
parentPort!.on('message', (paths: string[] | null) => {
  if (paths === null) {
    parentPort!.close();
    return;
  }
  parentPort!.postMessage(readSitePages(paths, options, cwd, config).map(pageToWire));
});
// Loaded: ask for the first batch (the calling thread has been parsing in the meantime).
parentPort!.postMessage('ready');
