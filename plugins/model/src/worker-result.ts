import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';

/**
 * The compiled worker `name` (e.g. `export-worker.js`) of the module at `moduleUrl` (its
 * `import.meta.url`): next to it once compiled; run from the TypeScript sources (Jest), the one in
 * `../lib`. `undefined` when there is none.
 */
export function compiledWorkerFile(moduleUrl: string, name: string): string | undefined {
  const relative = moduleUrl.endsWith('.ts') ? `../lib/${name}` : `./${name}`;
  const file = fileURLToPath(new URL(relative, moduleUrl));
  return existsSync(file) ? file : undefined;
}

/**
 * The one message that the worker thread `file`, started with `data`, sends back. Rejects when the worker
 * fails or stops before sending it, naming `what` it was to make. The promise is marked handled: a build
 * that fails before it awaits the result does not report the worker's failure as well.
 */
export function workerResult<T>(file: string, data: unknown, what: string): Promise<T> {
  const result = new Promise<T>((resolve, reject) => {
    const worker = new Worker(file, {workerData: data});
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(
        new Error(`The worker making ${what} stopped (exit code ${code}) before sending them.`),
      ),
    );
  });
  result.catch(() => undefined);
  return result;
}
