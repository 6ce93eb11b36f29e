// Where a keystroke's wall time goes, from the server's trace (KMPORTAL_LSP_TRACE, JSON lines of
// `{at, event, detail, ms}`; wall clock in ms since the epoch) and the bench's own send and receive
// times: each keystroke's span cut into the phases between the server's events.
import {readFileSync} from 'node:fs';
import {percentile} from './search/stats.mjs';

/** The trace's events, by event name then document version (the first of each). */
function indexTrace(events) {
  const byName = new Map();
  for (const entry of events) {
    const versions = byName.get(entry.event) ?? new Map();
    if (!versions.has(entry.detail)) versions.set(entry.detail, entry);
    byName.set(entry.event, versions);
  }
  return byName;
}

const PHASES = [
  ['to server', 'sent by the bench → the change read by the server'],
  ['wait', 'change read → its check begins (debounce, other work first)'],
  ['parse', 'the page re-parsed and checked in part'],
  ['site', 'the cross-page rules (when an id or a pull moved)'],
  ['publish', 'messages → diagnostics, written to stdout'],
  ['to bench', 'written → read by the bench'],
];

/** Each keystroke's phases in ms (wall), the GC time inside its span, the CPU time of its parse. */
export function keystrokePhases(traceFile, sends) {
  const events = readFileSync(traceFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  const at = indexTrace(events);
  const gcs = events.filter((entry) => entry.event === 'gc');
  const siteOf = (check) =>
    events.find((entry) => entry.event === 'cross' && entry.at >= check.at) ?? check;
  return sends.flatMap(({version, sent, received}) => {
    const change = at.get('change')?.get(version);
    const check = at.get('check')?.get(version);
    const parse = at.get('parse')?.get(version);
    const parsed = at.get('parse:end')?.get(version);
    const send = at.get('send')?.get(version);
    const written = at.get('sent')?.get(version);
    if (!change || !check || !send || !written) return [];
    const cross = siteOf(check);
    const crossEnd = events.find((e) => e.event === 'cross:end' && e.at >= cross.at) ?? cross;
    const gc = gcs
      .filter((entry) => entry.at >= sent && entry.at <= received)
      .reduce((sum, entry) => sum + entry.ms, 0);
    return [
      {
        version,
        total: received - sent,
        'to server': change.at - sent,
        wait: check.at - change.at,
        parse: parsed && parse ? parsed.at - parse.at : 0,
        site: crossEnd.at - cross.at,
        publish: written.at - (parsed?.at ?? check.at) - (crossEnd.at - cross.at),
        'to bench': received - written.at,
        gc,
        parseCpu: parse?.ms ?? 0,
        siteCpu: cross.ms ?? 0,
      },
    ];
  });
}

const fmt = (ms) => `${ms.toFixed(1)} ms`;

/** Lines to print: each phase's p50 and p95, and the slowest keystrokes cut into phases. */
export function describePhases(label, phases) {
  if (!phases.length) return [`${label}: no trace`];
  const stat = (key) => {
    const values = phases.map((phase) => phase[key]);
    return `p50 ${fmt(percentile(values, 50))}, p95 ${fmt(percentile(values, 95))}`;
  };
  const lines = [`${label}, where the wall time goes (server trace, ${phases.length} keystrokes):`];
  for (const [key, what] of PHASES) lines.push(`  ${key} (${what}): ${stat(key)}`);
  lines.push(`  garbage collection inside the span: ${stat('gc')}`);
  lines.push(
    `  CPU of the parse: ${stat('parseCpu')}; of the cross-page rules: ${stat('siteCpu')}`,
  );
  const slowest = [...phases].sort((a, b) => b.total - a.total).slice(0, 5);
  for (const phase of slowest)
    lines.push(
      `  slow: ${fmt(phase.total)} = ${PHASES.map(([key]) => `${key} ${fmt(phase[key])}`).join(', ')}; gc ${fmt(phase.gc)}`,
    );
  return lines;
}
