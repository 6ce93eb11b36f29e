#!/usr/bin/env node
// Bundles the server (lib/, the model and their dependencies) into dist/server.js, and the model's parse
// worker into dist/parse-worker.js beside it: one file each, which Node loads in a fraction of the time it
// takes to load the ~400 modules they are made of (start-up, `npm run bench:lsp`). bin/ runs the bundle
// while it is at least as new as every file it was made from (dist/inputs.json), else lib/.
// Run by the root `build:plugins` after `tsc -b`, or alone: `node plugins/language-server/scripts/bundle.mjs`.
import {copyFileSync, mkdirSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(here, 'package.json'));
const model = dirname(require.resolve('@kmportal/model/package.json'));

const result = await build({
  absWorkingDir: here,
  // The model looks for its worker as parse-worker.js beside itself: beside the bundle here.
  entryPoints: {
    server: 'lib/server-main.js',
    'parse-worker': join(model, 'lib', 'parse-worker.js'),
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  metafile: true,
  logLevel: 'warning',
  // Docusaurus's loader reads the site config (locales) from the workspace's own node_modules.
  external: ['@docusaurus/*'],
  // CommonJS dependencies bundled into ESM call require(): give them one.
  banner: {
    js: "import {createRequire as kmCreateRequire} from 'node:module'; const require = kmCreateRequire(import.meta.url);",
  },
});
// The SDG suggester reads its index from `../data/index.json` beside its module: beside dist/ here.
const suggester = dirname(require.resolve('@kmportal/sdg-suggest/package.json'));
mkdirSync(join(here, 'data'), {recursive: true});
copyFileSync(join(suggester, 'data', 'index.json'), join(here, 'data', 'index.json'));
const inputs = Object.keys(result.metafile.inputs).map((input) =>
  relative(here, resolve(here, input)),
);
writeFileSync(join(here, 'dist', 'inputs.json'), `${JSON.stringify({inputs}, null, 1)}\n`);
