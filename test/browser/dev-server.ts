import {spawn, type ChildProcess} from 'node:child_process';
import {createServer} from 'node:net';
import {join} from 'node:path';

const root = join(__dirname, '..', '..');

/** A free loopback port. */
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

/** A running `docusaurus start` and everything it printed so far. */
export interface DevServer {
  url: string;
  process: ChildProcess;
  output: string[];
}

/**
 * `docusaurus start` on a site, resolved once `readyPath` answers (or rejected when it exits). `env` is
 * added to the test's environment: `{NODE_ENV: 'development'}` runs it as `npm start` does (Jest sets
 * `NODE_ENV=test`, which Docusaurus keeps, so the plugins would not know they serve a dev server).
 */
export async function startDevServer(
  siteDir: string,
  config: string,
  readyPath: string,
  env: Record<string, string> = {},
): Promise<DevServer> {
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
      env: {
        ...process.env,
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        DOCUSAURUS_NO_PERSISTENT_CACHE: '1',
        ...env,
      },
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
  await Promise.race([answered(`${url}${readyPath}`, () => child.exitCode !== null), exited]);
  return {url, process: child, output};
}

/** Stops the dev server's process group and waits for it to exit. */
export async function stopDevServer(server: DevServer | undefined): Promise<void> {
  const child = server?.process;
  if (!child?.pid || child.exitCode !== null) return;
  const exit = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  await exit;
}
