import {createHash} from 'node:crypto';
import {fileURLToPath} from 'node:url';
import {serialize} from 'node:v8';
import {Worker} from 'node:worker_threads';
import {wireJob, type BuiltIndex, type IndexJob} from './indexJob.js';

// Compiled: next to this file. Run from the TypeScript sources (Jest): the compiled worker in `lib`.
const WORKER_FILE = fileURLToPath(
  new URL(
    import.meta.url.endsWith('.ts') ? '../lib/indexWorker.js' : './indexWorker.js',
    import.meta.url,
  ),
);

/** The buffers of `contents` that can be transferred: each owns the whole of its memory (no pool, no view of more). */
export function ownedBuffers(contents: (string | Uint8Array)[]): ArrayBuffer[] {
  return contents.flatMap((content) =>
    typeof content !== 'string' &&
    content.byteOffset === 0 &&
    content.buffer instanceof ArrayBuffer &&
    content.byteLength === content.buffer.byteLength
      ? [content.buffer]
      : [],
  );
}

/** An index being built in a worker thread. */
export interface IndexThread {
  /** A digest of the job: equal jobs build equal indexes. */
  key: string;
  /** The index, once built; rejected with the worker's error. The thread has ended when it settles. */
  index: Promise<BuiltIndex>;
  /** Ends the thread (its index is rejected if it was not built yet). */
  stop(): Promise<void>;
  /** The thread (its `threadId` is -1 once it ended). */
  worker: Worker;
}

function failure(reason: string, cause?: unknown): Error {
  return new Error(
    `@kmportal/docusaurus-search: the search index could not be built in its worker thread: ${reason}`,
    {cause},
  );
}

/** The index of the job, as the worker answers it; rejected when it fails or ends first. */
function answerOf(worker: Worker, stopped: () => boolean): Promise<BuiltIndex> {
  return new Promise((resolve, reject) => {
    let answered = false;
    worker.once('message', (index: BuiltIndex) => {
      answered = true;
      resolve(index);
    });
    worker.once('error', (error) =>
      reject(failure(`${error.message} (a bug of the plugin: the stack is below)`, error)),
    );
    worker.once('exit', (code) => {
      if (answered) return;
      if (stopped()) reject(failure('its build was stopped (a newer one replaces it)'));
      else reject(failure(`the thread ended (exit code ${code}) before it answered`));
    });
  });
}

/** A job serialised once for the thread, and the digest of its bytes. */
export interface SerializedJob {
  bytes: Uint8Array;
  /** Equal jobs (documents, labels, sizes, languages, versions) have equal keys and build equal indexes. */
  key: string;
}

/** Serialises a job (`wireJob`) with the structured clone algorithm, as a thread receives it. */
export function serializeJob(job: IndexJob): SerializedJob {
  const bytes = serialize(wireJob(job));
  return {bytes, key: createHash('sha256').update(bytes).digest('hex').slice(0, 20)};
}

/**
 * Starts building the index of a job in a worker thread, so that it runs while the bundler bundles.
 * The job's buffer is moved to the thread, not copied.
 */
export function startIndexThread({bytes, key}: SerializedJob): IndexThread {
  const worker = new Worker(WORKER_FILE, {workerData: bytes, transferList: ownedBuffers([bytes])});
  let stopped = false;
  const ended = (): Promise<void> => worker.terminate().then(() => undefined);
  const index = answerOf(worker, () => stopped).then(
    async (built) => (await ended(), built),
    async (error: unknown) => {
      await ended();
      throw error;
    },
  );
  // Handled here as well, so that a failure waits for whoever awaits it (the bundler, postBuild) instead
  // of ending the process as an unhandled rejection; a stopped thread's index may never be awaited.
  index.catch(() => undefined);
  const stop = () => ((stopped = true), ended());
  return {key, index, stop, worker};
}
