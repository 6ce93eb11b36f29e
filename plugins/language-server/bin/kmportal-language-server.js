#!/usr/bin/env node
// The KM portal language server on stdio (`--stdio` is accepted, and the only transport). It runs the
// bundle (dist/server.js, `scripts/bundle.mjs`: one file loads in a fraction of the time of the modules it
// is made of) while the bundle is at least as new as every file it was made from; else lib/ as built.
import {readFileSync, statSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const here = fileURLToPath(new URL('..', import.meta.url));

function bundleIsCurrent() {
  try {
    const built = statSync(`${here}dist/server.js`).mtimeMs;
    const {inputs} = JSON.parse(readFileSync(`${here}dist/inputs.json`, 'utf8'));
    return inputs.every((input) => statSync(`${here}${input}`).mtimeMs <= built);
  } catch {
    return false;
  }
}

if (bundleIsCurrent()) await import('../dist/server.js');
else await (await import('../lib/index.js')).startStdioServer();
