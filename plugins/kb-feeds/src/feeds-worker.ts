// The feed files made off the main thread: a build starts this worker when bundling begins (its site is
// known from the end of `allContentLoaded`), so the calendars and change feeds are written while the
// bundler runs, at the lowest priority (on the cores the bundler leaves idle: nothing waits for them
// before `postBuild`), and `postBuild` only writes the texts it sends back. The history is read before
// (in the calling thread, which has read it already for the cards), so the worker runs no git.
import {parentPort, workerData} from 'node:worker_threads';
import {runInBackground} from '@kmportal/model/thread-priority';
import {jobFeedFiles, type FeedJob} from './feeds-job.js';

if (parentPort) {
  runInBackground();
  parentPort.postMessage(jobFeedFiles(workerData as FeedJob));
}
