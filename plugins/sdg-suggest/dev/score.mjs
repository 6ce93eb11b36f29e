// Scores suggestSdg on the development rows the way the issue scores the held-out benchmark: a
// row is answered yes when its SDG is among the suggested goals; accuracy per SDG, averaged over
// the 17 goals. Run after `tsc -b`:
//   node dev/score.mjs [--goals] [--errors <set prefix>]   the shipped defaults
//   node dev/score.mjs --sweep                             minScore × relativeScore grid
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {buildIndex, readSources, UN_FOLDERS} from '../lib/indexer/index.js';
import {DEFAULT_SUGGEST_OPTIONS, suggestSdg} from '../lib/index.js';
import {paragraphRows, seedRows, targetRows} from './rows.mjs';

const {values} = parseArgs({
  options: {goals: {type: 'boolean'}, errors: {type: 'string'}, sweep: {type: 'boolean'}},
});
const root = fileURLToPath(new URL('..', import.meta.url));
const sources = readSources(root, UN_FOLDERS(root));

// Scored from the sources, not data/index.json, so an edit of the vocabulary counts at once.
const full = buildIndex(sources);

function indexFor(row) {
  if (!row.exclude) return full;
  return buildIndex(sources, {excludeTargets: new Set([row.exclude]), locales: ['en']});
}

/** Every goal with evidence, best first: the decision is applied afterwards, so a sweep is cheap. */
function ranked(row) {
  const all = {
    minScore: 0,
    relativeScore: 0,
    maxGoals: 17,
    locale: row.locale,
    index: indexFor(row),
  };
  return suggestSdg(row.text, all).goals;
}

function decide(goals, {minScore, relativeScore, maxGoals}) {
  const floor = Math.max(minScore, (goals[0]?.score ?? 0) * relativeScore);
  return goals.filter((g) => g.score >= floor).slice(0, maxGoals);
}

function score(rows, decision) {
  const perGoal = new Map();
  const t = {tp: 0, fp: 0, fn: 0, tn: 0};
  for (const row of rows) {
    const yes = decide(row.ranked, decision).some((g) => g.goal === row.goal);
    const tally = perGoal.get(row.goal) ?? {right: 0, all: 0};
    tally.all++;
    if (yes === row.label) tally.right++;
    perGoal.set(row.goal, tally);
    t[yes ? (row.label ? 'tp' : 'fp') : row.label ? 'fn' : 'tn']++;
  }
  const accuracies = [...perGoal.values()].map((g) => (100 * g.right) / g.all);
  const mean = accuracies.reduce((a, b) => a + b, 0) / accuracies.length;
  return {mean, goals: perGoal.size, rows: rows.length, ...t, perGoal};
}

function line(name, s) {
  const precision = s.tp + s.fp > 0 ? (100 * s.tp) / (s.tp + s.fp) : 0;
  const recall = s.tp + s.fn > 0 ? (100 * s.tp) / (s.tp + s.fn) : 0;
  const counts = `${String(s.goals).padStart(2)} goals, ${String(s.rows).padStart(4)} rows`;
  return `${name.padEnd(17)} ${s.mean.toFixed(1).padStart(5)} over ${counts} (precision ${precision.toFixed(1)}, recall ${recall.toFixed(1)})`;
}

function printErrors(rows, decision) {
  for (const row of rows) {
    const yes = decide(row.ranked, decision).some((g) => g.goal === row.goal);
    if (yes === row.label) continue;
    const why = row.ranked.slice(0, 4).map(
      (g) =>
        `${g.code}:${g.score}[${g.triggers
          .slice(0, 4)
          .map((t) => t.text)
          .join('|')}]`,
    );
    console.log(`${row.label ? 'MISS ' : 'FALSE'} ${row.id} goal ${row.goal}: ${why.join(' ')}`);
  }
}

const rows = [...paragraphRows(), ...seedRows(), ...targetRows()];
for (const row of rows) row.ranked = ranked(row);
const sets = new Map();
for (const row of rows) sets.set(row.set, [...(sets.get(row.set) ?? []), row]);
const defaults = {...DEFAULT_SUGGEST_OPTIONS};
if (values.sweep) {
  for (const minScore of [2, 3, 4, 5, 6]) {
    const cells = [0.2, 0.3, 0.4, 0.5].map((relativeScore) => {
      const decision = {...defaults, minScore, relativeScore};
      const by = [...sets.values()].map((set) => score(set, decision).mean.toFixed(1));
      return `r${relativeScore}: ${score(rows, decision).mean.toFixed(1)} (${by.join('/')})`;
    });
    console.log(`minScore ${minScore}  ${cells.join('  ')}`);
  }
} else {
  console.log(
    `options: minScore ${defaults.minScore}, relativeScore ${defaults.relativeScore}, maxGoals ${defaults.maxGoals}`,
  );
  for (const [name, set] of sets) {
    console.log(line(name, score(set, defaults)));
    if (values.goals) {
      const parts = [...score(set, defaults).perGoal].sort((a, b) => a[0] - b[0]);
      console.log(`  per goal: ${parts.map(([g, t]) => `${g}:${t.right}/${t.all}`).join(' ')}`);
    }
    if (values.errors && name.startsWith(values.errors)) printErrors(set, defaults);
  }
  console.log(line('all', score(rows, defaults)));
}
