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
// Enter keystrokes (a new line typed and taken out again) move every later block a line (moved, not
// checked again, unless a block has a message); they are timed apart.
// Start-up is timed twice: cold (no parse cache: every page parsed on worker threads) and warm (a second
// start, pages unchanged since the first read from the server's parse cache).
// Peers: the model's full parse of the edited page for each keystroke's text, in this process (what each
// keystroke cost before the server parsed incrementally: at least this), and `kb check` of the same
// workspace in a fresh process, what an author runs without the server.
//
// The keystroke server runs with KMPORTAL_LSP_TRACE (bench/.work/lsp/trace.jsonl): each keystroke's wall
// time is cut into the server's phases (bench/lsp-trace.mjs), with its GC pauses and CPU.
// Options (env): BENCH_LSP_PAGES=1000  BENCH_LSP_KEYSTROKES=200  BENCH_LSP_CHECK_RUNS=1
// BENCH_LSP_PROFILE=<folder> (CPU profiles of the servers)
import {spawn, spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node.js';
import {generateCorpus} from './corpus/generate.mjs';
import {describePhases, keystrokePhases} from './lsp-trace.mjs';
import {percentile} from './search/stats.mjs';

const root = new URL('..', import.meta.url).pathname;
const work = join(root, 'bench', '.work', 'lsp');
const pages = Number(process.env.BENCH_LSP_PAGES ?? 1000);
const keystrokes = Number(process.env.BENCH_LSP_KEYSTROKES ?? 200);
const checkRuns = Number(process.env.BENCH_LSP_CHECK_RUNS ?? 1);
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

/** Starts a server in the workspace, initialises it and opens the long page; times the start-up. */
async function startServer(longPath, text, traceFile) {
  const started = performance.now();
  // BENCH_LSP_PROFILE=<folder>: each server writes a CPU profile there when it exits (node --cpu-prof).
  const profile = process.env.BENCH_LSP_PROFILE;
  const flags = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  const child = spawn(process.execPath, [...flags, SERVER, '--stdio'], {
    cwd: work,
    stdio: ['pipe', 'pipe', 'inherit'],
    env: traceFile ? {...process.env, KMPORTAL_LSP_TRACE: traceFile} : process.env,
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
  const stop = async () => {
    const exited = new Promise((done) => child.once('exit', done));
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    await exited;
  };
  return {
    child,
    connection,
    uri,
    diagnosticsOf: (version) => nth(version, 1).then((entry) => entry.diagnostics),
    startup: own.at - started,
    startupSite: complete.at - started,
    siteDiagnostics: complete.diagnostics.length,
    stop,
  };
}

/** Keystrokes into the long page, each timed to its diagnostics; with the text after each one. */
async function typeKeys(server, lines, count, kind) {
  const prose = lines.findIndex((line, index) => index > 500 && line.startsWith('Further work'));
  const opening = lines.findIndex((line, index) => index > 520 && line.startsWith(':::status['));
  const statusColumn = lines[opening].indexOf('status=ongoing') + 'status=ongoing'.length;
  const document = {lines: [...lines]};
  const times = [];
  const texts = [];
  const sends = [];
  let withProblem = 0;
  for (let k = 0; k < count; k++) {
    const change =
      kind === 'enter' ? enterChange(k, prose) : keyChange(k, prose, opening, statusColumn);
    server.version++;
    const published = server.diagnosticsOf(server.version);
    const sent = performance.now();
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: {uri: server.uri, version: server.version},
      contentChanges: [change],
    });
    const diagnostics = await published;
    const received = performance.now();
    times.push(received - sent);
    sends.push({
      version: server.version,
      sent: performance.timeOrigin + sent,
      received: performance.timeOrigin + received,
    });
    if (diagnostics.length) withProblem++;
    texts.push(applyChange(document, change));
    await new Promise((resume) => setTimeout(resume, 150));
  }
  return {times, texts, withProblem, sends};
}

/** A character in a paragraph, or (every fourth) `x` typed after `ongoing` and taken out again. */
function keyChange(k, prose, opening, statusColumn) {
  const inStatus = k % 4 === 3;
  const position = inStatus
    ? {line: opening, character: statusColumn}
    : {line: prose, character: 20 + k};
  const typo = inStatus && k % 8 === 3;
  return typo || !inStatus
    ? {range: {start: position, end: position}, text: 'x'}
    : {range: {start: position, end: {line: opening, character: statusColumn + 1}}, text: ''};
}

/** Enter in the middle of a paragraph line, and the line break taken out again. */
function enterChange(k, prose) {
  const at = {line: prose, character: 12};
  return k % 2 === 0
    ? {range: {start: at, end: at}, text: '\n'}
    : {range: {start: at, end: {line: prose + 1, character: 0}}, text: ''};
}

/** Applies a one-line-or-line-break change to `document.lines`; gives the whole text. */
function applyChange(document, {range, text}) {
  const {lines} = document;
  const before = lines[range.start.line].slice(0, range.start.character);
  const after = lines[range.end.line].slice(range.end.character);
  lines.splice(
    range.start.line,
    range.end.line - range.start.line + 1,
    ...`${before}${text}${after}`.split('\n'),
  );
  return lines.join('\n');
}

/** The peer: the model's full parse of each text, timed in this process (CPU of one parse each). */
async function fullParses(texts) {
  const {loadModelConfig, parsePage} = await import('../plugins/model/lib/index.js');
  const {config} = loadModelConfig({docsDir: join(work, 'docs')});
  const times = [];
  for (const value of texts) {
    const start = performance.now();
    parsePage({path: 'docs/long/long-action-plan.md', value}, config);
    times.push(performance.now() - start);
  }
  return times;
}

function summary(times) {
  return `p50 ${fmt(percentile(times, 50))}, p95 ${fmt(percentile(times, 95))}, max ${fmt(Math.max(...times))}`;
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
  rmSync(join(work, 'node_modules', '.cache'), {recursive: true, force: true});
  const cold = await startServer(longPath, text);
  await cold.stop();
  // The second server notes where each keystroke's time goes (KMPORTAL_LSP_TRACE).
  const traceFile = join(work, 'trace.jsonl');
  rmSync(traceFile, {force: true});
  const server = await startServer(longPath, text, traceFile);
  server.version = 1;
  const cpuBefore = cpuMs(server.child.pid);
  const keys = await typeKeys(server, lines, keystrokes, 'key');
  const cpuPerKeystroke = (cpuMs(server.child.pid) - cpuBefore) / keystrokes;
  const typed = keys.texts.at(-1).split('\n');
  const enters = await typeKeys(server, typed, 40, 'enter');
  const burstStart = performance.now();
  let last;
  for (let k = 0; k < 30; k++) {
    server.version++;
    last = server.diagnosticsOf(server.version);
    const position = {
      line: typed.findIndex((l, i) => i > 500 && l.startsWith('Further work')),
      character: 10,
    };
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: {uri: server.uri, version: server.version},
      contentChanges: [{range: {start: position, end: position}, text: 'y'}],
    });
  }
  await last;
  const burst = performance.now() - burstStart;
  const memory = rss(server.child.pid);
  await server.stop();
  const peer = await fullParses(keys.texts);
  const keyPhases = keystrokePhases(traceFile, keys.sends);
  const enterPhases = keystrokePhases(traceFile, enters.sends);

  const check = [];
  for (let run = 0; run < checkRuns; run++) {
    const t = performance.now();
    spawnSync(process.execPath, [KB, 'check', '--format', 'json'], {
      cwd: work,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    check.push(performance.now() - t);
  }
  const p50 = percentile(keys.times, 50);
  const peerP50 = percentile(peer, 50);
  const checkMedian = percentile(check, 50);
  console.log(
    `start-up, cold (no parse cache), to first diagnostics of the long page (its own checks): ${fmt(cold.startup)} (goal < 3 s)`,
  );
  console.log(
    `start-up, cold, to the site-wide diagnostics of the long page (every page parsed): ${fmt(cold.startupSite)} (${cold.siteDiagnostics} diagnostics)`,
  );
  console.log(
    `start-up, warm (parse cache of the first start), first diagnostics: ${fmt(server.startup)}; site-wide: ${fmt(server.startupSite)} (goal < 3 s)`,
  );
  console.log(
    `keystroke → diagnostics, ${keystrokes} keystrokes 150 ms apart: ${summary(keys.times)} (goal p95 < 50 ms; ${keys.withProblem} answers carried the typo's diagnostic)`,
  );
  console.log(`server CPU time per keystroke (user + system): ${fmt(cpuPerKeystroke)}`);
  console.log(
    `Enter → diagnostics (every later block moves a line), 40 keystrokes: ${summary(enters.times)}`,
  );
  for (const line of describePhases('keystroke', keyPhases)) console.log(line);
  for (const line of describePhases('Enter', enterPhases)) console.log(line);
  console.log(`burst of 30 keystrokes sent at once → diagnostics of the last: ${fmt(burst)}`);
  console.log(
    `server resident memory after typing: ${memory.rss.toFixed(0)} MB (peak ${memory.peak.toFixed(0)} MB; goal < 300 MB)`,
  );
  console.log(
    `peer: the model's full parse of the page for each keystroke's text (in process, what a keystroke cost before incremental parsing, at least): ${summary(peer)} (${(peerP50 / p50).toFixed(1)}× the p50 keystroke)`,
  );
  console.log(
    `peer: kb check of the same workspace in a fresh process, median of ${checkRuns}: ${fmt(checkMedian)} (${(checkMedian / p50).toFixed(0)}× the p50 keystroke)`,
  );
}

await main();
