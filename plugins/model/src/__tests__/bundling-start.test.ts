import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {getPriority, tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {BundlingStart} from '../bundling-start';
import {workerResult} from '../worker-result';

// A bound against hangs, not a speed check: starting a worker thread takes seconds on a loaded machine.
jest.setTimeout(60_000);

/** Settles pending promise callbacks (a few turns of the microtask queue and one of the event loop). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

test('the work starts when bundling begins, not before; later work starts at once', async () => {
  const start = new BundlingStart();
  const started: string[] = [];
  const first = start.run(async () => (started.push('exports'), 'files'));
  await settle();
  expect(started).toEqual([]);
  start.begin();
  await expect(first).resolves.toBe('files');
  expect(started).toEqual(['exports']);
  // begin again (postBuild after configureWebpack) starts nothing twice; what comes after runs at once.
  start.begin();
  const second = start.run(async () => (started.push('feeds'), 'more'));
  expect(started).toEqual(['exports', 'feeds']);
  await expect(second).resolves.toBe('more');
});

test('a failure of deferred work reaches whoever awaits it, after begin, and is no unhandled rejection', async () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  try {
    const start = new BundlingStart();
    const failing = start.run(() => Promise.reject(new Error('the workbook could not be written')));
    start.begin();
    await settle();
    await settle();
    expect(unhandled).toEqual([]);
    await expect(failing).rejects.toThrow('the workbook could not be written');
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
});

describe('runInBackground', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thread-priority-'));
  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  test("lowers the calling worker thread's priority to the lowest on Linux, and leaves the main thread's", async () => {
    // The compiled module, as the plugins' workers import it (`@kmportal/model/thread-priority`).
    const compiled = pathToFileURL(join(__dirname, '..', '..', 'lib', 'thread-priority.js')).href;
    const file = join(dir, 'background.mjs');
    writeFileSync(
      file,
      `import {getPriority} from 'node:os';\nimport {parentPort} from 'node:worker_threads';\nimport {runInBackground} from ${JSON.stringify(compiled)};\nconst lowered = runInBackground();\nparentPort.postMessage({lowered, priority: getPriority()});\n`,
    );
    const main = getPriority();
    const answer = await workerResult<{lowered: boolean; priority: number}>(file, null, 'priority');
    if (process.platform === 'linux') expect(answer).toEqual({lowered: true, priority: 19});
    else expect(answer).toEqual({lowered: false, priority: main});
    expect(getPriority()).toBe(main);
  });
});
