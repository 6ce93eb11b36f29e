import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {compiledWorkerFile, workerResult} from '../worker-result';

// A bound against hangs, not a speed check: starting a worker thread takes seconds on a loaded machine.
jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), 'worker-result-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

function worker(name: string, source: string): string {
  const file = join(dir, name);
  writeFileSync(file, source);
  return file;
}

test('the compiled worker next to a module, or in ../lib from a TypeScript source; none when absent', () => {
  worker('here.js', '');
  expect(compiledWorkerFile(pathToFileURL(join(dir, 'job.js')).href, 'here.js')).toBe(
    join(dir, 'here.js'),
  );
  expect(compiledWorkerFile(pathToFileURL(join(dir, 'job.js')).href, 'absent.js')).toBeUndefined();
  const lib = join(dir, 'pkg', 'lib');
  mkdirSync(lib, {recursive: true});
  writeFileSync(join(lib, 'w.js'), '');
  expect(compiledWorkerFile(pathToFileURL(join(dir, 'pkg', 'src', 'job.ts')).href, 'w.js')).toBe(
    join(lib, 'w.js'),
  );
});

test('the message the worker sends back, made from its data', async () => {
  const file = worker(
    'double.mjs',
    "import {parentPort, workerData} from 'node:worker_threads';\nparentPort.postMessage(workerData.map((n) => n * 2));\n",
  );
  await expect(workerResult(file, [1, 2, 3], 'numbers')).resolves.toEqual([2, 4, 6]);
});

test('a worker that throws or stops without a message rejects, saying what it was making', async () => {
  const throws = worker('throws.mjs', "throw new Error('no disk');\n");
  await expect(workerResult(throws, null, 'the export files')).rejects.toThrow('no disk');
  const silent = worker('silent.mjs', '');
  await expect(
    workerResult(silent, null, 'the feed files'),
  ).rejects.toThrowErrorMatchingInlineSnapshot(
    `"The worker making the feed files stopped (exit code 0) before sending them."`,
  );
});
