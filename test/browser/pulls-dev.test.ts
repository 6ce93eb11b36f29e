import {spawn, type ChildProcess} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {join} from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {BUNDLERS, copyFixtureSite, wrapperConfig} from '../site/build';
import {launchChromium} from './support';

// A dev server per bundler, each started once and compiled once: limits, not timing assertions.
jest.setTimeout(600_000);

const root = join(__dirname, '..', '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Resolves once `url` answers 200: the dev server listens and has compiled (it holds requests until then). */
async function answered(url: string, gone: () => boolean): Promise<void> {
  while (!gone()) {
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    // Not listening yet: ask again shortly (the exit of the server ends the wait instead).
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

interface DevServer {
  url: string;
  process: ChildProcess;
  output: string[];
}

/** `docusaurus start` on a site, resolved once the server answers (or rejected when it exits). */
async function startDevServer(siteDir: string, config: string): Promise<DevServer> {
  const port = await freePort();
  const args = [
    'start',
    siteDir,
    '--config',
    config,
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
  ];
  const child = spawn(
    process.execPath,
    [
      join(root, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs'),
      ...args,
      '--no-open',
    ],
    {
      cwd: root,
      env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1', DOCUSAURUS_NO_PERSISTENT_CACHE: '1'},
      detached: true,
    },
  );
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) =>
      reject(new Error(`docusaurus start exited (${code}):\n${output.join('')}`)),
    ),
  );
  await Promise.race([
    answered(`${url}/docs/plans/action-plan`, () => child.exitCode !== null),
    exited,
  ]);
  return {url, process: child, output};
}

/** Stops the dev server's process group and waits for it to exit. */
async function stopDevServer(server: DevServer | undefined): Promise<void> {
  const child = server?.process;
  if (!child?.pid || child.exitCode !== null) return;
  const exit = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  await exit;
}

/** The status a page's `::status-ref` card and its table row of `eval-2017-r3` show, once both are rendered. */
async function shown(page: Page, status: string): Promise<void> {
  await page.locator('.kb-status-ref .kb-status-badge', {hasText: status}).waitFor();
  await page
    .locator('table.kb-status-table tbody tr', {hasText: 'eval-2017-r3'})
    .filter({hasText: status})
    .waitFor();
}

describe.each(BUNDLERS)('pulls in the dev server (%s)', (bundler) => {
  let server: DevServer | undefined;
  let browser: Browser;
  let siteDir: string;

  beforeAll(async () => {
    siteDir = copyFixtureSite('pulls-site');
    server = await startDevServer(siteDir, wrapperConfig(siteDir, bundler, undefined));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await stopDevServer(server);
  });

  test('an edit of an item on one page shows on the page that pulls it, without a restart', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(240_000);
    await page.goto(`${server!.url}/docs/plans/action-plan`);
    await shown(page, 'Delayed');
    const home = join(siteDir, 'docs', 'evaluations', 'eval-2017.md');
    const text = readFileSync(home, 'utf8');
    writeFileSync(
      home,
      text.replace('{#eval-2017-r3 status=delayed', '{#eval-2017-r3 status=ongoing'),
    );
    // The page is not reloaded by the test: the dev server recompiles it and pushes the update.
    await shown(page, 'Ongoing');
    await page.close();
  });
});
