// The table of the full-site part of `npm run bench:search`: ours, easyops and Pagefind, then ours over each.
import {percentile} from './stats.mjs';
import {kB, MB, ms, printTable, ratio, seconds} from './table.mjs';

export const PEERS = ['kmportal', 'easyops', 'pagefind'];
/** What the issue asks of us: build ≤ 1.05× no search, ≤ 10 kB gzip added to a page view. */
const GOALS = {buildRatio: 1.05, pageBytes: 10 * 1024};

/** Rows of one measure: ours, easyops, Pagefind, then ours over each peer. */
function row(label, value, format, compare = value) {
  const [a, b, c] = PEERS.map(value);
  const [ca, cb, cc] = PEERS.map(compare);
  return [label, format(a), format(b), format(c), ratio(ca, cb), ratio(ca, cc)];
}

function sizeRows(r, plain) {
  const added = (v) => r[v].weight.bytes - r.plain.weight.bytes;
  const addedRequests = (v) => r[v].weight.requests - r.plain.weight.requests;
  return [
    row('index on disk (raw)', (v) => r[v].disk.raw, MB),
    row('index on disk (gzip)', (v) => r[v].disk.gzip, MB),
    row('index files', (v) => r[v].disk.files, String),
    row(
      'added to a page view before any search',
      (v) => v,
      (v) => `${kB(added(v))} / ${addedRequests(v)} requests`,
      added,
    ),
    row(
      'build time (× no search)',
      (v) => r[v].build.seconds / plain,
      (x) => `${x.toFixed(3)}×`,
    ),
    row('build time added', (v) => r[v].build.seconds - plain, seconds),
    ...(r.plain.build.cpu === null
      ? []
      : [
          row(
            'build CPU time (× no search)',
            (v) => r[v].build.cpu / r.plain.build.cpu,
            (x) => `${x.toFixed(3)}×`,
          ),
          row('build CPU time added', (v) => r[v].build.cpu - r.plain.build.cpu, seconds),
        ]),
  ];
}

function queryRows(r, queries) {
  return queries.flatMap((query, i) => {
    const q = (v) => r[v].queries[i];
    return [
      row(`"${query}": bytes to 1st result`, (v) => q(v).bytes, kB),
      row(`"${query}": requests to 1st result`, (v) => q(v).requests, String),
      row(
        `"${query}": time to 1st result`,
        (v) => q(v).firstResultMs,
        (x) => `${x.toFixed(0)} ms`,
      ),
    ];
  });
}

/** Keystroke rows: every keystroke of the queries typed on a fresh page, then typed again. */
function keystrokeRows(r) {
  const rows = [];
  for (const [label, key] of [
    ['typed first (every key, shards loading)', 'first'],
    ['typed again', 'again'],
  ]) {
    const pooled = (v) => r[v].queries.flatMap((q) => q.typing[key].latencies);
    const timeouts = (v) => r[v].queries.reduce((n, q) => n + q.typing[key].timeouts, 0);
    rows.push(
      row(`keystroke p50, ${label}`, (v) => percentile(pooled(v), 50), ms),
      row(`keystroke p95, ${label}`, (v) => percentile(pooled(v), 95), ms),
      row(
        `keystrokes measured, ${label}`,
        (v) => v,
        (v) => `${pooled(v).length} keys, ${timeouts(v)} no answer`,
        () => 0,
      ),
    );
  }
  return rows;
}

/** Prints the full-site table and the goals, from the results of `benchFullSites`. */
export function printFullTable(r, queries) {
  const plain = r.plain.build.seconds;
  const times = (v) => r[v].build.times.map((t) => t.toFixed(1)).join(', ');
  console.log(
    `builds (s, fastest counts): plain ${times('plain')}; ours ${times('kmportal')}; easyops ${times('easyops')}`,
  );
  const cpus = (v) => r[v].build.cpus.map((t) => (t === null ? '?' : t.toFixed(1))).join(', ');
  console.log(
    `build CPU (user + system, s, least counts): plain ${cpus('plain')}; ours ${cpus('kmportal')}; easyops ${cpus('easyops')}`,
  );
  console.log(
    `plain build (no search): ${seconds(plain)}; Pagefind indexing of it: ${seconds(r.pagefind.indexing)}` +
      (r.pagefind.indexingCpu === null ? '' : ` (CPU ${seconds(r.pagefind.indexingCpu)})`),
  );
  printTable(
    ['measure', '@kmportal', '@easyops-cn', 'Pagefind', 'ours/easyops', 'ours/Pagefind'],
    [...sizeRows(r, plain), ...queryRows(r, queries), ...keystrokeRows(r)],
  );
  const buildRatio = r.kmportal.build.seconds / plain;
  const cpuRatio = r.plain.build.cpu ? r.kmportal.build.cpu / r.plain.build.cpu : NaN;
  const added = r.kmportal.weight.bytes - r.plain.weight.bytes;
  console.log(
    `goal build ≤ ${GOALS.buildRatio}× no search: ${buildRatio.toFixed(3)}× wall (${buildRatio <= GOALS.buildRatio ? 'met' : 'NOT met'}), ${cpuRatio.toFixed(3)}× CPU (${cpuRatio <= GOALS.buildRatio ? 'met' : 'NOT met'}); ` +
      `goal ≤ ${kB(GOALS.pageBytes)} gzip added to a page view: ${kB(added)} (${added <= GOALS.pageBytes ? 'met' : 'NOT met'})`,
  );
  for (const variant of PEERS)
    for (const q of r[variant].queries)
      console.log(`${variant} "${q.query}": requests until first result: ${q.urls.join(', ')}`);
}
