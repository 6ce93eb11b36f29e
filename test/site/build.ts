import {spawnSync} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

/** The result of building a fixture site with the real Docusaurus CLI. */
export interface BuildResult {
  status: number | null;
  outDir: string;
  output: string;
}

const root = join(__dirname, '..', '..');

/** Builds `test/fixtures/<name>` through the whole plugin lifecycle into a temporary folder. */
export function buildFixtureSite(name: string): BuildResult {
  const outDir = mkdtempSync(join(tmpdir(), `${name}-`));
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs'),
      'build',
      join(root, 'test', 'fixtures', name),
      '--out-dir',
      outDir,
    ],
    {
      cwd: root,
      encoding: 'utf8',
      env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1', DOCUSAURUS_NO_PERSISTENT_CACHE: '1'},
    },
  );
  return {status: result.status, outDir, output: `${result.stdout}\n${result.stderr}`};
}
