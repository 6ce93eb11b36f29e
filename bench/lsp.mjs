#!/usr/bin/env node
// npm run bench:lsp — the language server on a 1,000-page workspace (bench/corpus), one of its pages
// 1,000 lines long, driven over stdio by a real JSON-RPC client (vscode-jsonrpc), as an editor drives it.
//
// Start-up: from spawning the server to the first diagnostics of the long page (initialize, read every
// page, check the site, publish). Keystrokes: one character typed at a time into the long page (in a
// paragraph, and into a status value so that a diagnostic comes and goes), each sent as an incremental
// change; the time is from sending the change to receiving the diagnostics of that version. Keystrokes
// are spaced 150 ms apart (a fast typist), more than the server's debounce of 100 ms, so each is checked on
// its own; a burst of 30 keystrokes sent at once is timed to the diagnostics of the last one. Memory: the
// server's resident set (VmRSS) and its peak (VmHWM) from /proc after the keystrokes.
// Peer: `kb check` of the same workspace in a fresh process, what an author runs without the server.
//
// Options (env): BENCH_LSP_PAGES=1000  BENCH_LSP_KEYSTROKES=200
import {spawn, spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node.js';
import {generateCorpus} from './corpus/generate.mjs';
import {percentile} from './search/stats.mjs';

const root = new URL('..', import.meta.url).pathname;
const work = join(root, 'bench', '.work', 'lsp');
const pages = Number(process.env.BENCH_LSP_PAGES ?? 1000);
const keystrokes = Number(process.env.BENCH_LSP_KEYSTROKES ?? 200);
const SERVER = join(root, 'plugins', 'language-server', 'bin', 'kmportal-language-server.js');
const KB = join(root, 'plugins', 'cli', 'bin', 'kb.js');

/** A 1,000-line page: sections of prose and status blocks, in the corpus's vocabulary. */
function longPage(lines) {
  const out = [
    '---',
    'title: "Long action plan"',
    'type: action-plan',
    'owner: OES',
    '---',
    '',
    '# Long action plan',
    '',
  ];
  for (let block = 1; out.length < lines - 8; block++) {
    if (block % 5 === 1) out.push(`## Section ${Math.ceil(block / 5)}`, '');
    out.push(
      `:::status[Action ${block}]{#long-${block} status=ongoing owner="OES,PMU" due=2027-Q${(block % 4) + 1} sdg="11.2 9.1" nexus=smart-cities}`,
      `The unit reviews progress on action ${block} with the focal points of the partner divisions.`,
      `Indicators are reported each quarter and the evaluation office follows up on the recommendations.`,
      '',
      `Further work on action ${block} depends on the budget of the next biennium and on the partners.`,
      ':::',
      '',
    );
  }
  while (out.length < lines) out.push('Closing remarks of the plan, kept for the record.');
  return `${out.slice(0, lines).join('\n')}\n`;
}

function rss(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const read = (key) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN) / 1024;
  return {rss: read('VmRSS'), peak: read('VmHWM')};
}

/** CPU time (user + system) of a process so far, in ms. */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

function fmt(ms) {
  return ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`;
}

async function main() {
  const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(
    `load average at start: ${load()} (${(await import('node:os')).availableParallelism()} cores)`,
  );
  mkdirSync(work, {recursive: true});
  const corpus = generateCorpus({pages: pages - 1, out: work});
  const longPath = join(corpus.docs, 'long', 'long-action-plan.md');
  mkdirSync(join(corpus.docs, 'long'), {recursive: true});
  const text = longPage(1000);
  writeFileSync(longPath, text);
  const lines = text.split('\n');
  console.log(
    `lsp bench: ${pages} pages, ${corpus.items + (text.match(/^:::status\[/gm) ?? []).length} status blocks; edited page ${lines.length - 1} lines (${longPath.slice(root.length)})`,
  );

  const started = performance.now();
  const child = spawn(process.execPath, [SERVER, '--stdio'], {
    cwd: work,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  // uri@version → the diagnostics published for it, in order; waiters for the n-th one.
  const published = new Map();
  const waiters = [];
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const key = `${params.uri}@${params.version}`;
    const list = published.get(key) ?? [];
    list.push({diagnostics: params.diagnostics, at: performance.now()});
    published.set(key, list);
    for (const waiter of waiters.filter((w) => w.key === key && list.length >= w.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(list[waiter.count - 1]);
    }
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const uri = pathToFileURL(longPath).href;
  const nth = (version, count) =>
    new Promise((resolve) => {
      const list = published.get(`${uri}@${version}`) ?? [];
      if (list.length >= count) resolve(list[count - 1]);
      else waiters.push({key: `${uri}@${version}`, count, resolve});
    });
  const diagnosticsOf = (version) => nth(version, 1).then((entry) => entry.diagnostics);
  const rootUri = pathToFileURL(work).href;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{uri: rootUri, name: 'bench'}],
    capabilities: {},
  });
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: {uri, languageId: 'markdown', version: 1, text},
  });
  // The page's own diagnostics come first; the site-wide ones once every page has been read.
  const own = await nth(1, 1);
  // Answered once every page is read, after the site-wide diagnostics were sent (one stream, in order).
  await connection.sendRequest('workspace/symbol', {query: 'long-1'});
  const complete = published.get(`${uri}@1`).at(-1);
  const startup = own.at - started;
  const startupSite = complete.at - started;
  const firstDiagnostics = complete.diagnostics;

  // Typing: into a paragraph in the middle of the page, and into a status value (a diagnostic appears).
  const prose = lines.findIndex((line, index) => index > 500 && line.startsWith('Further work'));
  const opening = lines.findIndex((line, index) => index > 520 && line.startsWith(':::status['));
  const statusColumn = lines[opening].indexOf('status=ongoing') + 'status=ongoing'.length;
  let version = 1;
  const times = [];
  let withProblem = 0;
  const cpuBefore = cpuMs(child.pid);
  for (let k = 0; k < keystrokes; k++) {
    const inStatus = k % 4 === 3;
    const position = inStatus
      ? {line: opening, character: statusColumn}
      : {line: prose, character: 20 + k};
    // A status keystroke types `x` after `ongoing` (unknown status), the next one takes it out again.
    const typo = inStatus && k % 8 === 3;
    const change =
      typo || !inStatus
        ? {range: {start: position, end: position}, text: 'x'}
        : {range: {start: position, end: {line: opening, character: statusColumn + 1}}, text: ''};
    version++;
    const published = diagnosticsOf(version);
    const sent = performance.now();
    await connection.sendNotification('textDocument/didChange', {
      textDocument: {uri, version},
      contentChanges: [change],
    });
    const diagnostics = await published;
    times.push(performance.now() - sent);
    if (diagnostics.length) withProblem++;
    await new Promise((resume) => setTimeout(resume, 150));
  }
  const cpuPerKeystroke = (cpuMs(child.pid) - cpuBefore) / keystrokes;
  const burstStart = performance.now();
  let last;
  for (let k = 0; k < 30; k++) {
    version++;
    last = diagnosticsOf(version);
    const position = {line: prose, character: 10};
    await connection.sendNotification('textDocument/didChange', {
      textDocument: {uri, version},
      contentChanges: [{range: {start: position, end: position}, text: 'y'}],
    });
  }
  await last;
  const burst = performance.now() - burstStart;
  const memory = rss(child.pid);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');

  const check = [];
  for (let run = 0; run < 3; run++) {
    const t = performance.now();
    spawnSync(process.execPath, [KB, 'check', '--format', 'json'], {
      cwd: work,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    check.push(performance.now() - t);
  }
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  const checkMedian = percentile(check, 50);
  console.log(
    `start-up to first diagnostics of the long page (its own checks): ${fmt(startup)} (goal < 3 s)`,
  );
  console.log(
    `start-up to the site-wide diagnostics of the long page (every page read): ${fmt(startupSite)} (${firstDiagnostics.length} diagnostics)`,
  );
  console.log(
    `keystroke → diagnostics, ${keystrokes} keystrokes 150 ms apart: p50 ${fmt(p50)}, p95 ${fmt(p95)}, max ${fmt(Math.max(...times))} (goal p95 < 50 ms; ${withProblem} answers carried the typo's diagnostic)`,
  );
  console.log(`server CPU time per keystroke (user + system): ${fmt(cpuPerKeystroke)}`);
  console.log(`burst of 30 keystrokes sent at once → diagnostics of the last: ${fmt(burst)}`);
  console.log(
    `server resident memory after typing: ${memory.rss.toFixed(0)} MB (peak ${memory.peak.toFixed(0)} MB; goal < 300 MB)`,
  );
  console.log(
    `peer: kb check of the same workspace in a fresh process, median of 3: ${fmt(checkMedian)} (${(checkMedian / p50).toFixed(0)}× the p50 keystroke)`,
  );
}

await main();
