// Worker of `startIndexThread`: builds the index of the job it is given (a `v8.serialize`d `wireJob`, its
// buffer transferred), answers with the manifest and the files (the packs' buffers transferred), and ends.
// A failure is thrown: the thread's `error` event carries it to the build.
import {deserialize} from 'node:v8';
import {parentPort, workerData} from 'node:worker_threads';
import {buildIndexOf, jobOfWire, type WireJob} from './indexJob.js';
import {ownedBuffers} from './indexThread.js';

const index = buildIndexOf(jobOfWire(deserialize(workerData as Uint8Array) as WireJob));
parentPort!.postMessage(index, ownedBuffers(index.files.map((file) => file.content)));
