import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {SITE_BUILD_DIR} from './site-build';

// Builds the main site once for all browser tests (reused when KB_SITE_BUILD points at a build).
export default function globalSetup(): void {
  if (process.env.KB_SITE_BUILD && existsSync(join(process.env.KB_SITE_BUILD, 'index.html')))
    return;
  const root = join(__dirname, '..', '..');
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'),
      'build',
      '--out-dir',
      SITE_BUILD_DIR,
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: {...process.env, NO_COLOR: '1', DOCUSAURUS_NO_PERSISTENT_CACHE: '1'},
    },
  );
  if (result.status !== 0)
    throw new Error(`Building the site for the browser tests failed (exit ${result.status}).`);
  process.env.KB_SITE_BUILD = SITE_BUILD_DIR;
}
