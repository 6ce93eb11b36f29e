// Bundles the extension (CommonJS, as VS Code loads it) and the language server with the model (ESM,
// run by VS Code's Node as a separate process) into dist/, so the .vsix needs no node_modules.
import {copyFileSync, mkdirSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {build} from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: ['src/extension.ts'],
  outfile: 'dist/extension.js',
  format: 'cjs',
  external: ['vscode'],
});
await build({
  ...common,
  // The model looks for its parse worker beside itself: parse-worker.mjs (this package is CommonJS).
  entryPoints: {
    server: '../language-server/lib/server-main.js',
    'parse-worker': join(
      dirname(createRequire(import.meta.url).resolve('@kmportal/model/package.json')),
      'lib',
      'parse-worker.js',
    ),
  },
  outdir: 'dist',
  // Docusaurus's loader (the site config's locales) is the workspace's, not bundled.
  external: ['@docusaurus/*'],
  outExtension: {'.js': '.mjs'},
  format: 'esm',
  // CommonJS dependencies bundled into ESM call require(): give them one.
  banner: {
    js: "import {createRequire as kmCreateRequire} from 'node:module'; const require = kmCreateRequire(import.meta.url);",
  },
});

// The SDG suggester reads its index from `../data/index.json` beside its module: beside dist/ here.
const suggester = dirname(
  createRequire(import.meta.url).resolve('@kmportal/sdg-suggest/package.json'),
);
mkdirSync('data', {recursive: true});
copyFileSync(join(suggester, 'data', 'index.json'), join('data', 'index.json'));
