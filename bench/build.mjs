#!/usr/bin/env node
// What the plugin suite costs a build, side by side with a plain preset-classic site over the same corpus:
//   1. `docusaurus build` of the suite as an adopter writes it (`--suite preset`, the default: the KM portal
//      preset; `--suite plugins`: the status plugin, statusRemarkPlugin and kb-indexes) vs plain, and the ratio,
//      on Docusaurus Faster (`future: {v4: true}`: Rspack, SWC, Lightning CSS) and on webpack, cold (no
//      persistent caches), runs alternating; then a warm rebuild on Faster after one page changed (persistent
//      caches on: Rspack's and the suite's parse cache);
//   2. the largest route data file of the suite build (`.docusaurus`), the dashboard's route data, and the
//      dashboard table files the browser fetches on demand (`build/kb/dashboard/<hash>/`);
//   3. the aggregation alone (loadSite + every route's data + the dashboard table files) at N=1000 and N=10000 pages;
//   4. with --locales: the suite in a three-locale site (en, fr, ru) vs a plain three-locale site, on Faster
//      (bench/build-locales.mjs).
// Usage: npm run build:plugins && node bench/build.mjs [--pages 1000] [--runs 1] [--bundler faster|webpack|both]
//        [--suite preset|plugins] [--skip-builds] [--skip-cold] [--skip-warm] [--skip-aggregation] [--locales]
import {spawnSync} from 'node:child_process';
import {mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {loadSite} from '../plugins/model/lib/index.js';
import * as data from '../plugins/kb-indexes/lib/data.js';
import {dashboardFiles} from '../plugins/kb-indexes/lib/dashboard.js';
import {nexusSlugs} from '../plugins/kb-indexes/lib/graph.js';
import {generateCorpus} from './corpus/generate.mjs';

const indexes = {...data, nexusSlugs};

const {values} = parseArgs({
  options: {
    pages: {type: 'string', default: '1000'},
    runs: {type: 'string', default: '1'},
    'skip-builds': {type: 'boolean'},
    'skip-warm': {type: 'boolean'},
    'skip-cold': {type: 'boolean'},
    'skip-aggregation': {type: 'boolean'},
    bundler: {type: 'string', default: 'both'},
    locales: {type: 'boolean'},
    suite: {type: 'string', default: 'preset'},
  },
});
const pages = Number(values.pages);
const runs = Math.max(1, Number(values.runs));
const work = new URL('./.work/', import.meta.url).pathname;
const root = new URL('../', import.meta.url).pathname;
const PATHS = {
  sdgBasePath: '/sdg',
  nexusBasePath: '/nexus',
  statusPath: '/status',
  matrixPath: '/nexus/matrix',
};

if (!['preset', 'plugins'].includes(values.suite))
  throw new Error(`--suite ${values.suite}: expected preset or plugins`);
const BUNDLERS = values.bundler === 'both' ? ['faster', 'webpack'] : [values.bundler];

// The suite as an adopter writes it. `preset` (the default): the KM portal preset in place of classic, given
// classic's options (status, remark, indexes, review, search, feeds and history plugins); `plugins`: classic
// with the status plugin, its remark plugin and kb-indexes only. None is told the docs folder or route.
function config(suite, bundler) {
  const docs = "{path: 'docs', routeBasePath: 'docs'}";
  const head = `export default {
  title: 'Bench', url: 'https://example.org', baseUrl: '/', onBrokenLinks: 'warn',
  markdown: {format: 'detect'},
  future: {v4: ${bundler === 'faster'}},`;
  if (suite && values.suite === 'preset')
    return `${head}
  presets: [['@kmportal/docusaurus-preset', {docs: ${docs}, blog: false, pages: false, theme: {}}]],
};\n`;
  if (suite)
    return `import {statusRemarkPlugin} from '@kmportal/docusaurus-plugin-status';
${head}
  presets: [['classic', {docs: {...${docs}, remarkPlugins: [statusRemarkPlugin()]}, blog: false, pages: false, theme: {}}]],
  plugins: [['@kmportal/docusaurus-plugin-status', {severity: 'warn'}], '@kmportal/kb-indexes'],
};\n`;
  return `${head}
  presets: [['classic', {docs: ${docs}, blog: false, pages: false, theme: {}}]],
};\n`;
}

function prepareSite(name, suite, bundler) {
  const dir = join(work, `build-${suite ? values.suite : name}-${bundler}-${pages}`);
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  generateCorpus({pages, out: dir});
  writeFileSync(join(dir, 'docusaurus.config.mjs'), config(suite, bundler));
  return dir;
}

/**
 * CPU seconds (user + system) of the finished children of this process and theirs (Linux: `cutime` and
 * `cstime` of /proc/self/stat; `null` elsewhere). Less sensitive than wall time to a shared machine's
 * other jobs, though not immune.
 */
function childCpuSeconds() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    // Fields 16 and 17 of the whole line, counted after `pid (comm)`; clock ticks of 1/100 s.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

/** Builds `dir`; returns wall seconds and CPU seconds (see `childCpuSeconds`). */
function build(dir, {persistentCache = false} = {}) {
  const start = performance.now();
  const cpuBefore = childCpuSeconds();
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'),
      'build',
      dir,
      '--out-dir',
      join(dir, 'build'),
    ],
    {
      cwd: root,
      encoding: 'utf8',
      env: persistentCache
        ? withoutNoCache(process.env)
        : {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: '1'},
    },
  );
  if (result.status !== 0)
    throw new Error(`build of ${dir} failed:\n${result.stderr.slice(-3000)}`);
  const cpuAfter = childCpuSeconds();
  return {
    wall: (performance.now() - start) / 1000,
    cpu: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
  };
}

function withoutNoCache(env) {
  const {DOCUSAURUS_NO_PERSISTENT_CACHE: _ignored, ...rest} = env;
  return rest;
}

const kib = (bytes) => (bytes / 1024).toFixed(1);

function largestDataFile(dir) {
  const files = readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((path) => path.endsWith('.json'))
    .map((path) => ({path, size: statSync(join(dir, path)).size}));
  return files.sort((a, b) => b.size - a.size)[0];
}

/** loadSite and every route's data, as contentLoaded computes them. */
function aggregate(docsDir) {
  const start = performance.now();
  const site = loadSite({docsDir, cwd: docsDir, routeBasePath: 'docs'});
  const loaded = performance.now();
  indexes.sdgIndexData(site, PATHS);
  for (const goal of site.config.sdg.goals) indexes.goalPageData(site, goal, PATHS);
  indexes.nexusIndexData(site, PATHS);
  for (const slug of indexes.nexusSlugs(site)) indexes.nexusAreaData(site, slug, PATHS);
  indexes.matrixData(site, PATHS);
  indexes.dashboardData(site, '2026-01-01', {
    base: '/kb/dashboard/x/',
    index: 'index.json',
    pageSize: 50,
  });
  dashboardFiles(site);
  const end = performance.now();
  return {items: site.items.length, loadMs: loaded - start, graphMs: end - loaded};
}

// The headline is the median of the per-run ratios: each run's two builds are next to each other,
// so a shared machine's slow spells weigh on both sides of a ratio.
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor((list.length - 1) / 2)];
const cpuText = (s, p) =>
  s.cpu === null
    ? ''
    : `; CPU suite ${s.cpu.toFixed(1)} s, plain ${p.cpu.toFixed(1)} s, ratio ${(s.cpu / p.cpu).toFixed(2)}`;

/** Cold builds of both sites, `runs` times, alternating which goes first; prints the median ratios. */
function coldBuilds(bundler, suite, plain) {
  const times = {suite: [], plain: []};
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? ['suite', 'plain'] : ['plain', 'suite'];
    for (const name of order) times[name].push(build(name === 'suite' ? suite : plain));
    if (runs > 1) {
      const [s, p] = [times.suite.at(-1), times.plain.at(-1)];
      console.log(
        `${bundler} run ${run + 1}: suite ${s.wall.toFixed(1)} s, plain ${p.wall.toFixed(1)} s, ratio ${(s.wall / p.wall).toFixed(2)}${cpuText(s, p)}`,
      );
    }
  }
  const ratios = (key) => times.suite.map((s, run) => s[key] / times.plain[run][key]);
  const cpu =
    times.suite[0].cpu === null ? '' : `; CPU: median ratio ${median(ratios('cpu')).toFixed(2)}`;
  console.log(
    `build on ${bundler}, ${pages} pages${runs > 1 ? ` (${runs} runs)` : ''}, suite as ${values.suite}: suite ${median(times.suite.map((t) => t.wall)).toFixed(1)} s, plain ${median(times.plain.map((t) => t.wall)).toFixed(1)} s, median ratio ${median(ratios('wall')).toFixed(2)}${cpu}`,
  );
}

/** Appends a line to the first page of the corpus, as an author's edit between two builds. */
function editOnePage(dir) {
  const docs = join(dir, 'docs');
  const page = readdirSync(docs, {recursive: true, encoding: 'utf8'})
    .filter((path) => path.endsWith('.md'))
    .sort()[0];
  writeFileSync(
    join(docs, page),
    `${readFileSync(join(docs, page), 'utf8')}\nEdited ${Date.now()}.\n`,
  );
}

/**
 * A warm rebuild on Faster: each site is built once with its persistent caches (a warm-up, not
 * measured), one page is edited, and the rebuild is timed, `runs` times alternating.
 */
function warmRebuilds(suite, plain) {
  for (const dir of [suite, plain]) {
    rmSync(join(dir, 'node_modules', '.cache'), {recursive: true, force: true});
    build(dir, {persistentCache: true});
  }
  const times = {suite: [], plain: []};
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? ['suite', 'plain'] : ['plain', 'suite'];
    for (const name of order) {
      const dir = name === 'suite' ? suite : plain;
      editOnePage(dir);
      times[name].push(build(dir, {persistentCache: true}));
    }
  }
  const ratios = times.suite.map((s, run) => s.wall / times.plain[run].wall);
  console.log(
    `warm rebuild on faster after one page changed, ${pages} pages${runs > 1 ? ` (${runs} runs)` : ''}, suite as ${values.suite}: suite ${median(times.suite.map((t) => t.wall)).toFixed(1)} s, plain ${median(times.plain.map((t) => t.wall)).toFixed(1)} s, median ratio ${median(ratios).toFixed(2)}`,
  );
}

/** Sizes of the suite build's route data and dashboard files. */
function reportSizes(suite) {
  const largest = largestDataFile(join(suite, '.docusaurus'));
  console.log(
    `largest route data file of the suite build: ${largest.path} (${(largest.size / 1024).toFixed(1)} KiB)`,
  );
  const ours = largestDataFile(join(suite, '.docusaurus/kmportal-indexes'));
  console.log(
    `largest route data file of kb-indexes: kmportal-indexes/${ours.path} (${kib(ours.size)} KiB)`,
  );
  const status = statSync(join(suite, '.docusaurus/kmportal-indexes/default/status.json')).size;
  console.log(`dashboard route data: kmportal-indexes/default/status.json (${kib(status)} KiB)`);
  const tableDir = join(suite, 'build/kb/dashboard');
  const [folder] = readdirSync(tableDir);
  const files = readdirSync(join(tableDir, folder)).map((name) => ({
    name,
    size: statSync(join(tableDir, folder, name)).size,
  }));
  const index = files.find((file) => file.name === 'index.json');
  const rows = files.filter((file) => file.name.startsWith('rows-'));
  const largestRows = rows.sort((a, b) => b.size - a.size)[0];
  console.log(
    `dashboard table files (fetched on demand): index.json ${kib(index.size)} KiB (gzip ${kib(gzipSync(readFileSync(join(tableDir, folder, 'index.json'))).length)} KiB), ${rows.length} row files, largest ${largestRows.name} ${kib(largestRows.size)} KiB`,
  );
}

if (!values['skip-builds']) {
  for (const bundler of BUNDLERS) {
    const suite = prepareSite('suite', true, bundler);
    const plain = prepareSite('plain', false, bundler);
    if (!values['skip-cold']) coldBuilds(bundler, suite, plain);
    if (!values['skip-cold'] && bundler === BUNDLERS[0]) reportSizes(suite);
    if (bundler === 'faster' && !values['skip-warm']) warmRebuilds(suite, plain);
  }
}
if (values.locales) {
  const {localeBuilds} = await import('./build-locales.mjs');
  localeBuilds({build, work, pages, runs, median});
}
for (const n of values['skip-aggregation'] ? [] : [1000, 10000]) {
  const dir = join(work, `aggregate-${n}`);
  generateCorpus({pages: n, out: dir});
  const {items, loadMs, graphMs} = aggregate(join(dir, 'docs'));
  console.log(
    `aggregation, ${n} pages (${items} items): loadSite ${loadMs.toFixed(0)} ms + graph ${graphMs.toFixed(0)} ms = ${(loadMs + graphMs).toFixed(0)} ms`,
  );
}
