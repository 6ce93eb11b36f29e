// Worker of `loadSiteAsync`: parses its share of a site's pages with the one parser.
import {parentPort, workerData} from 'node:worker_threads';
import {loadModelConfig} from './config.js';
import {readSitePage, type SiteOptions} from './site.js';
import {pageToWire} from './wire.js';

interface Job {
  options: SiteOptions;
  cwd: string;
  paths: string[];
}

const {options, cwd, paths} = workerData as Job;
const {config} = loadModelConfig(options);
parentPort!.postMessage(paths.map((path) => pageToWire(readSitePage(path, options, cwd, config))));
