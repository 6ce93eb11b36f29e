// Benchmark of @kmportal/status-history on a scripted repository with thousands of commits.
// Builds the repository with `git fast-import` (seconds), then times, per page:
//   - ours: one `git log` + one `git cat-file --batch`, each revision parsed by the model;
//   - peer: the naive way, one `git show <commit>:<path>` process per revision, same parsing.
// Usage: npm run bench:history [-- --commits 5000 --pages 10 --items 20]
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {loadModelConfig} from '../plugins/model/lib/index.js';
import {
  clearStatusHistoryCache,
  fileCommits,
  pageStatusHistory,
  statusTimelines,
} from '../plugins/status-history/lib/index.js';

const {values} = parseArgs({
  options: {
    commits: {type: 'string', default: '5000'},
    pages: {type: 'string', default: '10'},
    items: {type: 'string', default: '20'},
  },
});
const COMMITS = Number(values.commits);
const PAGES = Number(values.pages);
const ITEMS = Number(values.items);
const STATUSES = ['planned', 'ongoing', 'delayed', 'completed'];

function pageText(page, version) {
  const blocks = Array.from({length: ITEMS}, (_, i) => {
    const status = STATUSES[(version + i) % STATUSES.length];
    const changed = i === version % ITEMS ? status : STATUSES[i % STATUSES.length];
    return `:::status[Item ${i}]{#p${page}-i${i} status=${changed} due=2030}\nProgress note ${version}.\n:::\n`;
  });
  return `---\ntitle: Page ${page}\n---\n\n${blocks.join('\n')}`;
}

function fastImportStream() {
  const lines = [];
  const versions = new Array(PAGES).fill(0);
  for (let c = 0; c < COMMITS; c++) {
    const page = c % PAGES;
    const text = pageText(page, versions[page]++);
    const when = 1_600_000_000 + c * 3600;
    lines.push(
      'commit refs/heads/main',
      `author Focal Point ${c % 7} <fp${c % 7}@example.org> ${when} +0000`,
      `committer CI <ci@example.org> ${when} +0000`,
      `data ${Buffer.byteLength(`commit ${c}`)}`,
      `commit ${c}`,
      `M 100644 inline docs/page-${page}.md`,
      `data ${Buffer.byteLength(text)}`,
      text,
    );
  }
  return lines.join('\n') + '\n';
}

function buildRepository() {
  const repo = mkdtempSync(join(tmpdir(), 'bench-history-'));
  execFileSync('git', ['init', '-q', '-b', 'main'], {cwd: repo});
  execFileSync('git', ['fast-import', '--quiet'], {
    cwd: repo,
    input: fastImportStream(),
    maxBuffer: 1 << 30,
  });
  execFileSync('git', ['checkout', '-q', 'main'], {cwd: repo});
  return repo;
}

function naiveHistory(repo, path, config) {
  const revisions = fileCommits(repo, path).map((c) => ({
    ...c,
    text: execFileSync('git', ['show', `${c.commit}:${path}`], {cwd: repo}).toString(),
  }));
  return statusTimelines(revisions, path, config);
}

function time(fn) {
  const start = process.hrtime.bigint();
  const result = fn();
  return {ms: Number(process.hrtime.bigint() - start) / 1e6, result};
}

const t0 = Date.now();
const repo = buildRepository();
console.log(
  `repository: ${COMMITS} commits, ${PAGES} pages of ${ITEMS} items, built in ${Date.now() - t0} ms`,
);
const {config} = loadModelConfig({docsDir: join(repo, 'docs')});
const path = 'docs/page-0.md';
const revisions = Math.ceil(COMMITS / PAGES);

clearStatusHistoryCache();
const ours = time(() => pageStatusHistory(path, {cwd: repo, config}));
const cached = time(() => pageStatusHistory(path, {cwd: repo, config}));
const peer = time(() => naiveHistory(repo, path, config));
const all = time(() => {
  clearStatusHistoryCache();
  for (let p = 0; p < PAGES; p++) pageStatusHistory(`docs/page-${p}.md`, {cwd: repo, config});
});
const changes = Object.values(ours.result.timelines).reduce((n, t) => n + t.length, 0);
if (JSON.stringify(ours.result.timelines) !== JSON.stringify(peer.result)) {
  throw new Error('ours and peer disagree');
}

console.log(`page ${path}: ${revisions} revisions, ${changes} status changes`);
console.log(
  `ours (git log + cat-file --batch): ${ours.ms.toFixed(0)} ms per file (${(ours.ms / revisions).toFixed(2)} ms per revision)`,
);
console.log(
  `peer (git show per revision):      ${peer.ms.toFixed(0)} ms per file; peer/ours = ${(peer.ms / ours.ms).toFixed(1)}×`,
);
console.log(`ours, cached (same HEAD):          ${cached.ms.toFixed(1)} ms per file`);
console.log(
  `ours, all ${PAGES} pages cold:            ${all.ms.toFixed(0)} ms (${(all.ms / PAGES).toFixed(0)} ms per file)`,
);
if (process.env.KEEP_REPO) console.log(`kept ${repo}`);
else rmSync(repo, {recursive: true, force: true});
