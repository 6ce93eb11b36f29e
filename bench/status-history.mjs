// Benchmark of @kmportal/status-history on scripted repositories with thousands of commits.
// Builds each repository with `git fast-import` (seconds), then times:
//   1. one page with many revisions (5,000 commits over 10 pages of 20 items; every revision changes a status):
//      ours (`pageStatusHistory`) against the peer, the naive way: `git log --follow` for the page, then one
//      `git show <commit>:<path>` process per revision, every revision parsed by the model (same parser);
//   2. a site-like repository (3,000 commits over 200 pages of 8 items; one commit in four changes a status,
//      the others edit a progress note; 10 pages renamed, 10 renamed and edited in the same commit):
//      all its pages cold (as the docs' remark plugin asks, cwd = docs folder), all again (as the client
//      compiler and the exports ask, cwd = site), and the peer over all pages;
//   3. 1,000 untracked pages in that repository (like the build benchmark's corpus in bench/.work, which git
//      ignores), each asked three times (remark plugin and client compiler with cwd = their folder, exports
//      with cwd = the site): what the history costs a build where no page has history.
// Ours and the peer must give the same timelines (the peer follows renames too), or the script fails.
// Usage: npm run bench:history [-- --commits 5000 --pages 10 --items 20 --site-commits 3000 --site-pages 200]
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {loadModelConfig} from '../plugins/model/lib/index.js';

// STATUS_HISTORY_LIB=<path to another build's lib/index.js> measures that build with the same script.
const lib = process.env.STATUS_HISTORY_LIB ?? '../plugins/status-history/lib/index.js';
const {clearStatusHistoryCache, pageStatusHistory, statusTimelines} = await import(lib);

const {values} = parseArgs({
  options: {
    commits: {type: 'string', default: '5000'},
    pages: {type: 'string', default: '10'},
    items: {type: 'string', default: '20'},
    'site-commits': {type: 'string', default: '3000'},
    'site-pages': {type: 'string', default: '200'},
    untracked: {type: 'string', default: '1000'},
  },
});
const COMMITS = Number(values.commits);
const PAGES = Number(values.pages);
const ITEMS = Number(values.items);
const SITE_COMMITS = Number(values['site-commits']);
const SITE_PAGES = Number(values['site-pages']);
const SITE_ITEMS = 8;
const UNTRACKED = Number(values.untracked);
const STATUSES = ['planned', 'ongoing', 'delayed', 'completed'];

function pageText(page, version) {
  const blocks = Array.from({length: ITEMS}, (_, i) => {
    const status = STATUSES[(version + i) % STATUSES.length];
    const changed = i === version % ITEMS ? status : STATUSES[i % STATUSES.length];
    return `:::status[Item ${i}]{#p${page}-i${i} status=${changed} due=2030}\nProgress note ${version}.\n:::\n`;
  });
  return `---\ntitle: Page ${page}\n---\n\n${blocks.join('\n')}`;
}

function commitLines(c, message) {
  const when = 1_600_000_000 + c * 3600;
  return [
    'commit refs/heads/main',
    `author Focal Point ${c % 7} <fp${c % 7}@example.org> ${when} +0000`,
    `committer CI <ci@example.org> ${when} +0000`,
    `data ${Buffer.byteLength(message)}`,
    message,
  ];
}

function inline(path, text) {
  return [`M 100644 inline ${path}`, `data ${Buffer.byteLength(text)}`, text];
}

function manyRevisionsStream() {
  const lines = [];
  const versions = new Array(PAGES).fill(0);
  for (let c = 0; c < COMMITS; c++) {
    const page = c % PAGES;
    lines.push(
      ...commitLines(c, `commit ${c}`),
      ...inline(`docs/page-${page}.md`, pageText(page, versions[page]++)),
    );
  }
  return lines.join('\n') + '\n';
}

/** A site-like history: small edits to progress notes, a status change now and then, some moves. */
function siteStream() {
  let seed = 42;
  const random = (n) => {
    // mulberry32: a small deterministic generator, so every run builds the same history.
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * n);
  };
  const pages = Array.from({length: SITE_PAGES}, (_, p) => ({
    path: `docs/page-${p}.md`,
    statuses: Array.from({length: SITE_ITEMS}, (_, i) => STATUSES[(p + i) % STATUSES.length]),
    notes: new Array(SITE_ITEMS).fill(0),
  }));
  const text = (p) => {
    const page = pages[p];
    const blocks = page.statuses.map(
      (status, i) =>
        `:::status[Item ${i}]{#s${p}-i${i} status=${status} due=2030}\nProgress note ${page.notes[i]} on item ${i} of page ${p}.\n\nMore detail on item ${i} of page ${p}.\n:::\n`,
    );
    // Every line names its page, so pages are not alike enough for git to take a new page for a copy.
    return `---\ntitle: Page ${p}\n---\n\n# Page ${p}\n\nIntroduction to page ${p}.\n\n${blocks.join('\n')}`;
  };
  const lines = [];
  const moveAt = Math.floor(SITE_COMMITS / 3);
  const moveEditAt = Math.floor((2 * SITE_COMMITS) / 3);
  for (let c = 0; c < SITE_COMMITS; c++) {
    lines.push(...commitLines(c, `commit ${c}`));
    if (c < SITE_PAGES) {
      lines.push(...inline(pages[c].path, text(c)));
    } else if (c === moveAt || c === moveEditAt) {
      // Moves 10 pages into a folder; the second time, each moved page is also edited in the same commit.
      const first = c === moveAt ? 0 : 10;
      for (let p = first; p < first + 10; p++) {
        const to = `docs/moved/page-${p}.md`;
        if (c === moveAt) {
          lines.push(`R ${pages[p].path} ${to}`);
        } else {
          pages[p].notes[0]++;
          lines.push(`D ${pages[p].path}`, ...inline(to, text(p)));
        }
        pages[p].path = to;
      }
    } else {
      const p = random(SITE_PAGES);
      const i = random(SITE_ITEMS);
      if (random(4) === 0) {
        const next = STATUSES.filter((s) => s !== pages[p].statuses[i]);
        pages[p].statuses[i] = next[random(next.length)];
      }
      pages[p].notes[i]++;
      lines.push(...inline(pages[p].path, text(p)));
    }
  }
  return {stream: lines.join('\n') + '\n', paths: pages.map((page) => page.path)};
}

function buildRepository(stream) {
  const repo = mkdtempSync(join(tmpdir(), 'bench-history-'));
  execFileSync('git', ['init', '-q', '-b', 'main'], {cwd: repo});
  execFileSync('git', ['fast-import', '--quiet'], {cwd: repo, input: stream, maxBuffer: 1 << 30});
  execFileSync('git', ['checkout', '-q', 'main'], {cwd: repo});
  return repo;
}

/** The naive way: `git log --follow` for the page, one `git show` per revision, each parsed by the model. */
function naiveHistory(repo, path, config) {
  // Not `--reverse`: git applies it before `--follow` has seen the rename, and loses the older path.
  const log = execFileSync(
    'git',
    ['log', '--follow', '--format=%x1e%H%x1f%aI%x1f%an', '--name-only', '--', path],
    {cwd: repo, maxBuffer: 1 << 30},
  ).toString();
  const revisions = log
    .split('\x1e')
    .filter(Boolean)
    .reverse()
    .map((record) => {
      const [header, ...names] = record.split('\n').filter(Boolean);
      const [commit, date, author] = header.split('\x1f');
      const at = names.at(-1);
      return {
        commit,
        date,
        author,
        text: execFileSync('git', ['show', `${commit}:${at}`], {cwd: repo}).toString(),
      };
    });
  return statusTimelines(revisions, path, config);
}

function time(fn) {
  const start = process.hrtime.bigint();
  const result = fn();
  return {ms: Number(process.hrtime.bigint() - start) / 1e6, result};
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const failures = [];
const repositories = [];

// 1. One page with many revisions.
let t0 = Date.now();
const repo = buildRepository(manyRevisionsStream());
repositories.push(repo);
console.log(
  `repository: ${COMMITS} commits, ${PAGES} pages of ${ITEMS} items, built in ${Date.now() - t0} ms`,
);
const {config} = loadModelConfig({docsDir: join(repo, 'docs')});
const path = 'docs/page-0.md';
const revisions = Math.ceil(COMMITS / PAGES);

clearStatusHistoryCache();
const first = time(() => pageStatusHistory(path, {cwd: repo, config}));
const cached = time(() => pageStatusHistory(path, {cwd: repo, config}));
const peer = time(() => naiveHistory(repo, path, config));
const all = time(() => {
  clearStatusHistoryCache();
  for (let p = 0; p < PAGES; p++) pageStatusHistory(`docs/page-${p}.md`, {cwd: repo, config});
});
const changes = Object.values(first.result.timelines).reduce((n, t) => n + t.length, 0);
if (!same(first.result.timelines, peer.result)) failures.push(`${path}: ours and peer disagree`);
// A new commit to another page, as a dev server sees it: page 0's history is asked again, then page 1's.
writeFileSync(join(repo, 'docs/page-1.md'), pageText(1, Math.ceil(COMMITS / PAGES) + 1));
execFileSync('git', ['commit', '-q', '-am', 'one more', '--author=Dev <dev@example.org>'], {
  cwd: repo,
  env: {...process.env, GIT_COMMITTER_NAME: 'CI', GIT_COMMITTER_EMAIL: 'ci@example.org'},
});
const afterCommit = time(() => pageStatusHistory(path, {cwd: repo, config}));
const changedPage = time(() => pageStatusHistory('docs/page-1.md', {cwd: repo, config}));
if (!same(afterCommit.result.timelines, first.result.timelines)) {
  failures.push(`${path}: history changed by a commit to another page`);
}
const perPage = all.ms / PAGES;

console.log(`page ${path}: ${revisions} revisions, ${changes} status changes`);
console.log(
  `ours, all ${PAGES} pages cold:            ${all.ms.toFixed(0)} ms (${perPage.toFixed(0)} ms per page, ${(perPage / revisions).toFixed(2)} ms per revision)`,
);
console.log(
  `peer (git show per revision):      ${peer.ms.toFixed(0)} ms per page; peer/ours = ${(peer.ms / perPage).toFixed(1)}×`,
);
console.log(
  `ours, first page cold:             ${first.ms.toFixed(0)} ms (the first call reads every page below cwd)`,
);
console.log(`ours, cached (same HEAD):          ${cached.ms.toFixed(2)} ms per page`);
console.log(
  `ours, after a commit to page 1:    page 0 in ${afterCommit.ms.toFixed(0)} ms (new HEAD: history read again), page 1 in ${changedPage.ms.toFixed(0)} ms`,
);

// 2. A site-like repository: thousands of commits over many pages, some of them moved.
t0 = Date.now();
const site = siteStream();
const siteRepo = buildRepository(site.stream);
repositories.push(siteRepo);
const commitCount = execFileSync('git', ['rev-list', '--count', 'HEAD'], {cwd: siteRepo})
  .toString()
  .trim();
console.log(
  `site repository: ${commitCount} commits over ${SITE_PAGES} pages of ${SITE_ITEMS} items (20 moved, 10 of them edited in the move), built in ${Date.now() - t0} ms`,
);
const siteConfig = loadModelConfig({docsDir: join(siteRepo, 'docs')}).config;
const docs = join(siteRepo, 'docs');
clearStatusHistoryCache();
const cold = time(() =>
  site.paths.map(
    (p) => pageStatusHistory(join(siteRepo, p), {cwd: docs, config: siteConfig}).timelines,
  ),
);
const again = time(() =>
  site.paths.map((p) => pageStatusHistory(p, {cwd: siteRepo, config: siteConfig}).timelines),
);
const sitePeer = time(() => site.paths.map((p) => naiveHistory(siteRepo, p, siteConfig)));
const siteChanges = cold.result.reduce(
  (n, timelines) => n + Object.values(timelines).reduce((m, t) => m + t.length, 0),
  0,
);
const disagree = site.paths.filter((p, i) => !same(cold.result[i], sitePeer.result[i]));
if (disagree.length > 0) {
  failures.push(`${disagree.length} site pages where ours and peer disagree, e.g. ${disagree[0]}`);
}
console.log(`site: ${SITE_PAGES} pages, ${siteChanges} status changes in all`);
console.log(
  `ours, all ${SITE_PAGES} pages cold:           ${cold.ms.toFixed(0)} ms (${(cold.ms / SITE_PAGES).toFixed(2)} ms per page)`,
);
console.log(
  `ours, all ${SITE_PAGES} pages again (cached): ${again.ms.toFixed(1)} ms (${((1000 * again.ms) / SITE_PAGES).toFixed(0)} µs per page)`,
);
console.log(
  `peer, all ${SITE_PAGES} pages:                ${sitePeer.ms.toFixed(0)} ms; peer/ours = ${(sitePeer.ms / cold.ms).toFixed(1)}×`,
);

// 3. Untracked pages: a map look-up each, once the repository is known.
const corpus = join(siteRepo, 'corpus');
mkdirSync(corpus);
writeFileSync(join(siteRepo, '.git/info/exclude'), 'corpus/\n');
for (let p = 0; p < UNTRACKED; p++) {
  writeFileSync(join(corpus, `page-${p}.md`), `---\ntitle: Page ${p}\n---\n\nNo history.\n`);
}
clearStatusHistoryCache();
const untracked = time(() => {
  for (let p = 0; p < UNTRACKED; p++) {
    const file = join(corpus, `page-${p}.md`);
    pageStatusHistory(file, {cwd: corpus, config: siteConfig});
    pageStatusHistory(file, {cwd: corpus, config: siteConfig});
    pageStatusHistory(`corpus/page-${p}.md`, {cwd: siteRepo, config: siteConfig});
  }
});
console.log(
  `untracked: ${UNTRACKED} pages × 3 calls:        ${untracked.ms.toFixed(0)} ms (${((1000 * untracked.ms) / (3 * UNTRACKED)).toFixed(0)} µs per call)`,
);

if (process.env.KEEP_REPO) console.log(`kept ${repositories.join(', ')}`);
else for (const r of repositories) rmSync(r, {recursive: true, force: true});
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exitCode = 1;
}
