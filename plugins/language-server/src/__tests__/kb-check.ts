// `kb check` of a test site, run as an author runs it: what the server's diagnostics are compared with.
import {execFileSync} from 'node:child_process';
import {join} from 'node:path';
import {startClient, type TestClient} from './client';

const KB = join(__dirname, '..', '..', '..', 'cli', 'bin', 'kb.js');

/** One problem of `kb check --format json`. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: 'error' | 'warning';
  ruleId: string;
  message: string;
}

/** The problems `kb check` finds in the site at `root` (it exits non-zero when it finds errors). */
export function kbCheck(root: string, args: readonly string[] = []): Problem[] {
  let output: string;
  try {
    output = execFileSync(process.execPath, [KB, 'check', '--format', 'json', ...args], {
      cwd: root,
      encoding: 'utf8',
    });
  } catch (error) {
    output = (error as {stdout: string}).stdout;
  }
  return (JSON.parse(output) as {problems: Problem[]}).problems;
}

/** A test file's site: its folder, `kb check`'s problems in it, and a client of a server started on it. */
export interface CheckedSite {
  root: string;
  expected: Problem[];
  client: TestClient;
}

/**
 * Registers the test file's set-up: before its tests the site `make` writes is checked by `kb check`
 * and served; after them the server is stopped. The fields are filled in once the set-up ran.
 */
export function useCheckedSite(make: () => string): CheckedSite {
  const site = {} as CheckedSite;
  beforeAll(async () => {
    site.root = make();
    site.expected = kbCheck(site.root);
    site.client = await startClient(site.root);
  });
  afterAll(() => site.client?.stop());
  return site;
}
