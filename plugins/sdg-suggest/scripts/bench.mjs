// Throughput of suggestSdg on one thread, and the size of the shipped data. Texts: the dev
// paragraphs (28–120 words, en/fr/ru), each also doubled to reach ~200 words. Run after `tsc -b`.
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {parse} from 'yaml';
import {INDEX_FILE, suggestSdg} from '../lib/index.js';

const paragraphs = parse(readFileSync(new URL('../dev/paragraphs.yml', import.meta.url), 'utf8'));
const texts = paragraphs.flatMap((p) => [p.text, `${p.text} ${p.text}`]);
const words = texts.reduce((sum, text) => sum + text.split(/\s+/).length, 0);

let start = performance.now();
suggestSdg(texts[0]);
const firstMs = performance.now() - start;
const rounds = Number(process.argv[2] ?? 20);
start = performance.now();
let goals = 0;
for (let round = 0; round < rounds; round++)
  for (const text of texts) goals += suggestSdg(text).goals.length;
const ms = performance.now() - start;
const count = rounds * texts.length;
const data = readFileSync(INDEX_FILE);
console.log(`first call (loads the index and stemmers): ${firstMs.toFixed(0)} ms`);
console.log(
  `${count} texts (${Math.round(words / texts.length)} words on average) in ${ms.toFixed(0)} ms: ${Math.round((count / ms) * 1000)} texts/s on one thread (${goals} goals suggested)`,
);
console.log(
  `data/index.json: ${(data.length / 1024).toFixed(0)} KiB, ${(gzipSync(data).length / 1024).toFixed(0)} KiB gzipped`,
);
