#!/usr/bin/env node
// Generates a synthetic knowledge-portal corpus for benchmarks: N pages of realistic prose in
// sections, several status blocks each, tags spread over units, SDGs and nexus areas.
// Usage: node bench/corpus/generate.mjs --pages 1000 --out /tmp/corpus-1000 [--seed 42]
// Writes <out>/docs/**.md plus <out>/docs/units.yml and <out>/docs/nexus.yml. Deterministic for a seed.
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {STATUSES, TYPES, UNITS, NEXUS, TARGETS, WORDS, TITLES} from './vocabulary.mjs';

/** A small seeded PRNG (mulberry32), so a corpus is the same on every machine. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const some = (list, min, max) => {
    const count = int(min, max);
    const chosen = new Set();
    while (chosen.size < Math.min(count, list.length)) chosen.add(pick(list));
    return [...chosen];
  };
  return {next, int, pick, some};
}

function sentence(rnd) {
  const words = Array.from({length: rnd.int(8, 22)}, () => rnd.pick(WORDS));
  const text = words.join(' ');
  return text[0].toUpperCase() + text.slice(1) + '.';
}

function paragraph(rnd) {
  return Array.from({length: rnd.int(2, 6)}, () => sentence(rnd)).join(' ');
}

function due(rnd) {
  const year = rnd.int(2016, 2027);
  const forms = [
    `${year}`,
    `${year}-Q${rnd.int(1, 4)}`,
    `${year}-H${rnd.int(1, 2)}`,
    `${year}-${String(rnd.int(1, 12)).padStart(2, '0')}`,
    `${year}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`,
    'tbc',
  ];
  return rnd.pick(forms);
}

function statusBlock(rnd, id) {
  const title = `${rnd.pick(TITLES)} ${rnd.pick(WORDS)} ${rnd.pick(WORDS)}`;
  const attrs = [
    `#${id}`,
    `status=${rnd.pick(STATUSES)}`,
    `owner="${rnd
      .some(
        UNITS.map((u) => u.code),
        1,
        2,
      )
      .join(',')}"`,
    `due=${due(rnd)}`,
    `sdg="${rnd.some(TARGETS, 1, 3).join(' ')}"`,
    `nexus="${rnd
      .some(
        NEXUS.map((n) => n.slug),
        0,
        2,
      )
      .join(' ')}"`,
  ].filter((a) => !a.endsWith('=""'));
  const body = Array.from({length: rnd.int(1, 3)}, () => paragraph(rnd)).join('\n\n');
  return `:::status[${title}]{${attrs.join(' ')}}\n${body}\n:::\n`;
}

function page(rnd, index) {
  const type = rnd.pick(TYPES);
  const title = `${rnd.pick(TITLES)} ${rnd.pick(WORDS)} ${index}`;
  const lines = [
    '---',
    `title: "${title}"`,
    `type: ${type}`,
    `owner: ${rnd.pick(UNITS).code}`,
    `as_of: ${rnd.int(2017, 2025)}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`,
    `sdg: [${rnd
      .some(TARGETS, 1, 3)
      .map((t) => `"${t}"`)
      .join(', ')}]`,
    `nexus: [${rnd
      .some(
        NEXUS.map((n) => n.slug),
        1,
        2,
      )
      .join(', ')}]`,
    '---',
    '',
    paragraph(rnd),
    '',
  ];
  const sections = rnd.int(2, 5);
  const blocks = rnd.int(2, 6);
  let block = 0;
  for (let s = 1; s <= sections; s++) {
    lines.push(
      `## ${rnd.pick(TITLES)} ${rnd.pick(WORDS)}`,
      '',
      paragraph(rnd),
      '',
      paragraph(rnd),
      '',
    );
    const here = s === sections ? blocks - block : rnd.int(0, blocks - block);
    for (let b = 0; b < here; b++, block++) lines.push(statusBlock(rnd, `p${index}-i${block + 1}`));
  }
  return {type, text: lines.join('\n')};
}

function registries() {
  const units = UNITS.map((u) => `- code: ${u.code}\n  name: ${u.name}\n`).join('');
  const nexus = NEXUS.map(
    (n) => `- slug: ${n.slug}\n  title: ${n.title}\n  description: ${n.title}.\n`,
  ).join('');
  return {units, nexus};
}

/** Writes a corpus of `pages` pages into `out/docs`; returns counts. */
export function generateCorpus({pages, out, seed = 42}) {
  const docs = join(out, 'docs');
  rmSync(docs, {recursive: true, force: true});
  mkdirSync(docs, {recursive: true});
  const rnd = createRandom(seed);
  const {units, nexus} = registries();
  writeFileSync(join(docs, 'units.yml'), units);
  writeFileSync(join(docs, 'nexus.yml'), nexus);
  let items = 0;
  for (let i = 1; i <= pages; i++) {
    const {type, text} = page(rnd, i);
    const dir = join(docs, type, `batch-${Math.ceil(i / 100)}`);
    mkdirSync(dir, {recursive: true});
    writeFileSync(join(dir, `page-${i}.md`), text);
    items += (text.match(/^:::status\[/gm) ?? []).length;
  }
  return {pages, items, docs};
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const {values} = parseArgs({
    options: {
      pages: {type: 'string', default: '1000'},
      out: {type: 'string'},
      seed: {type: 'string', default: '42'},
    },
  });
  if (!values.out) {
    console.error('usage: node bench/corpus/generate.mjs --pages 1000 --out <dir> [--seed 42]');
    process.exit(2);
  }
  const result = generateCorpus({
    pages: Number(values.pages),
    out: values.out,
    seed: Number(values.seed),
  });
  console.log(`generated ${result.pages} pages, ${result.items} status items in ${result.docs}`);
}
