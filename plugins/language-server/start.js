// Serves the language server on stdio, from the bundle (dist/server.js, `scripts/bundle.mjs`: one file
// loads in a fraction of the time of the modules it is made of) while it is at least as new as every file
// it was made from (dist/inputs.json), else from lib/ as built. `bin/` and `kb lsp --stdio` start it so.
import {readFileSync, statSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Whether dist/server.js was built after every file it is made of last changed. */
export function bundleIsCurrent() {
  try {
    const built = statSync(`${here}dist/server.js`).mtimeMs;
    const {inputs} = JSON.parse(readFileSync(`${here}dist/inputs.json`, 'utf8'));
    return inputs.every((input) => statSync(`${here}${input}`).mtimeMs <= built);
  } catch {
    return false;
  }
}

/** Serves standard input and output until the client exits. */
export async function serveStdio() {
  if (bundleIsCurrent()) await import('./dist/server.js');
  else await (await import('./lib/index.js')).startStdioServer();
}
