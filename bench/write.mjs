// Benchmark of the write path on the synthetic corpus (bench/corpus): `kb export --xlsx`, `kb import`
// (unedited, then with one row in ten edited through exceljs) and `kb set`, each run as the CLI runs,
// a `node plugins/cli/bin/kb.js …` process: its wall clock and its CPU time (user + system, from
// /proc/self/stat of the finished child), side by side with `kb check` on the same corpus (the peer: one
// parse of every page) and `kb --version` (node's start and the CLI's imports). The figures to meet
// (issue 11): export and import under 10 s on 1,000 pages, `kb set` under 1 s.
// The corpus folder gets a package.json, as a site has, so the commands keep page parses in its
// node_modules/.cache/kmportal-model (as a Docusaurus build of the site does): `kb check` parses every
// page and fills it, the commands after it read it. `kb export --no-cache` is the cold export (every
// page parsed again, nothing read or written), the figure for a first run or a CI job without the cache;
// `kb import --no-cache` the cold import (only the pages of edited rows are read: none for an unedited
// workbook), the edited one with --dry-run so that the pages are still as exported for the warm import.
// Usage: npm run bench:write [-- --pages 1000 --runs 3]
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {generateCorpus} from './corpus/generate.mjs';

const require = createRequire(import.meta.url);
const ExcelJS = require('exceljs');
const kb = join(import.meta.dirname, '../plugins/cli/bin/kb.js');

const {values} = parseArgs({
  options: {pages: {type: 'string', default: '1000'}, runs: {type: 'string', default: '3'}},
});
const pages = Number(values.pages);
const runs = Number(values.runs);

/** CPU time of the finished children so far, ms (fields cutime and cstime of /proc/self/stat, in ticks of 10 ms). */
function childrenCpu() {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

function timed(cwd, args) {
  const cpu = childrenCpu();
  const start = performance.now();
  let out;
  try {
    out = execFileSync(process.execPath, [kb, ...args], {cwd, encoding: 'utf8'});
  } catch (error) {
    out = error.stdout ?? '';
  }
  return {
    ms: performance.now() - start,
    cpu: childrenCpu() - cpu,
    out: out.trim().split('\n').at(-1),
  };
}

async function editOneRowInTen(cwd) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(cwd, 'tracker.xlsx'));
  let edited = 0;
  for (const sheet of book.worksheets.filter((s) => s.state === 'visible')) {
    sheet.eachRow((row, n) => {
      if (n > 1 && n % 10 === 0) {
        row.getCell(5).value = row.getCell(5).value === 'completed' ? 'ongoing' : 'completed';
        edited++;
      }
    });
  }
  await book.xlsx.writeFile(join(cwd, 'edited.xlsx'));
  return edited;
}

function median(list) {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const s = (ms) => (ms / 1000).toFixed(2);
const line = (name, runs, note) => {
  const wall = median(runs.map((r) => r.ms));
  const cpu = median(runs.map((r) => r.cpu));
  const check = median(results.check.map((r) => r.cpu));
  console.log(
    `${name.padEnd(32)} wall ${s(wall)} s  cpu ${s(cpu)} s  cpu/check ${(cpu / check).toFixed(2)}  (runs: ${runs.map((r) => s(r.ms)).join(' ')})  ${note}`,
  );
};

const results = {
  check: [],
  version: [],
  cold: [],
  export: [],
  coldUnedited: [],
  coldEdited: [],
  unedited: [],
  edited: [],
  set: [],
};
let notes = {};
for (let run = 0; run < runs; run++) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-write-'));
  const counts = generateCorpus({pages, out: dir});
  writeFileSync(join(dir, 'package.json'), '{"name": "bench-site", "private": true}\n');
  results.version.push(timed(dir, ['--version']));
  results.cold.push(timed(dir, ['export', '--xlsx', 'cold.xlsx', '--no-cache']));
  const check = timed(dir, ['check']);
  results.check.push(check);
  const exported = timed(dir, ['export', '--xlsx', 'tracker.xlsx']);
  results.export.push(exported);
  const unedited = timed(dir, ['import', 'tracker.xlsx']);
  results.unedited.push(unedited);
  results.coldUnedited.push(timed(dir, ['import', 'tracker.xlsx', '--no-cache']));
  const edited = await editOneRowInTen(dir);
  const coldEdited = timed(dir, ['import', 'edited.xlsx', '--no-cache', '--dry-run']);
  results.coldEdited.push(coldEdited);
  const imported = timed(dir, ['import', 'edited.xlsx']);
  results.edited.push(imported);
  const id = /#([\w.-]+)/.exec(
    readFileSync(
      join(
        dir,
        'docs',
        execFileSync('find', ['.', '-name', '*.md'], {
          cwd: join(dir, 'docs'),
          encoding: 'utf8',
        }).split('\n')[0],
      ),
      'utf8',
    )
      .split('\n')
      .find((l) => l.startsWith(':::status')),
  )[1];
  const set = timed(dir, ['set', id, 'status=delayed']);
  results.set.push(set);
  notes = {
    counts,
    check: check.out,
    exported: exported.out,
    unedited: unedited.out,
    edited: `${edited} rows edited; ${imported.out}`,
    coldEdited: coldEdited.out,
    set: set.out,
  };
  rmSync(dir, {recursive: true, force: true});
}
console.log(
  `corpus: ${notes.counts.pages} pages, ${notes.counts.items} items; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
);
line('kb --version', results.version, '(start-up)');
line('kb check (peer)', results.check, notes.check);
line('kb export --xlsx --no-cache', results.cold, '(cold: every page parsed)');
line('kb export --xlsx', results.export, notes.exported);
line('kb import (unedited)', results.unedited, notes.unedited);
line('kb import (1 row in 10 edited)', results.edited, notes.edited);
line('kb import --no-cache (unedited)', results.coldUnedited, '(cold: no page read)');
line('kb import --no-cache (edited)', results.coldEdited, `--dry-run; ${notes.coldEdited}`);
line('kb set <id> status=…', results.set, notes.set);
