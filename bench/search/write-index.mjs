// Builds our index of a corpus with the model's and the plugin's own code and writes it like a build does:
// <out>/search/<files> and <out>/manifest.json. Usage: node write-index.mjs <corpusDir> <outDir>
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {loadSiteAsync} from '@kmportal/model';
import {buildSiteIndex} from '../../plugins/docusaurus-search/lib/searchIndex.js';
import {DEFAULT_OPTIONS} from '../../plugins/docusaurus-search/lib/defaults.js';

const [corpus, out] = process.argv.slice(2);
// Read as the plugin reads a site: pages parsed on worker threads too (`loadSiteAsync`).
const site = await loadSiteAsync({docsDir: join(corpus, 'docs'), cwd: corpus});
const index = buildSiteIndex(site, {baseUrl: '/'}, DEFAULT_OPTIONS);
rmSync(out, {recursive: true, force: true});
mkdirSync(join(out, 'search'), {recursive: true});
for (const file of index.files) writeFileSync(join(out, 'search', file.name), file.content);
writeFileSync(join(out, 'manifest.json'), JSON.stringify(index.manifest));
console.log(`${index.documents.length} documents, ${index.files.length} files`);
