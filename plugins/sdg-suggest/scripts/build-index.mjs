// Builds data/index.json from sources/vocabulary (ours) and the UN texts (MIT): run after
// `tsc -b` (it uses the package's compiled build functions, so the runtime and the index
// tokenise alike). `--check` fails when the shipped index is not what the sources give.
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {buildIndex, readSources, serializeIndex, UN_FOLDERS} from '../lib/indexer/index.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = new URL('../data/index.json', import.meta.url);
let text;
try {
  text = serializeIndex(buildIndex(readSources(root, UN_FOLDERS(root))));
} catch (error) {
  console.error(`build-index: ${error.message}`);
  process.exit(1);
}
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === text;
  console.log(
    same ? 'data/index.json is up to date' : 'data/index.json is stale: run npm run build:index',
  );
  process.exit(same ? 0 : 1);
}
writeFileSync(out, text);
console.log(`data/index.json: ${Buffer.byteLength(text)} bytes`);
