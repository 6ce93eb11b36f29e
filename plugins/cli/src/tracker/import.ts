import {readFileSync, writeFileSync} from 'node:fs';
import {basename, extname, join, resolve} from 'node:path';
import {
  code,
  loadModelConfig,
  parseCalendarDate,
  type ModelConfig,
  type PageSyntax,
} from '@kmportal/model';
import {applyItemEdits, validateEdit} from '../edit/apply.js';
import {unifiedDiff} from '../edit/diff.js';
import {commandCacheDir} from '../cache.js';
import type {CommandIo} from '../io.js';
import {localToday} from '../today.js';
import {cellOfMessage} from './cell-errors.js';
import {planImport, type RowEdit} from './plan.js';
import {readTrackerCsv} from './read-csv.js';
import {readTrackerXlsx, type TrackerBook} from './read-xlsx.js';
import {lookUpItems} from './site-items.js';
import {cellRef, type CellProblem} from './table.js';
import {idsToLookUp} from './unedited.js';

/** Options of `kb import`. */
export interface ImportOptions {
  docsDir: string;
  /** The workbook (`.xlsx`) or CSV file, relative to the working directory. */
  file: string;
  dryRun: boolean;
  force: boolean;
  /** Date of new progress notes (default today). */
  date?: string;
  /** Whether page parses are kept between runs (default `true`; see `commandCacheDir`). */
  cache?: boolean;
}

async function readBook(path: string): Promise<TrackerBook | {error: string}> {
  if (extname(path).toLowerCase() === '.csv') return readTrackerCsv(readFileSync(path, 'utf8'));
  try {
    return await readTrackerXlsx(path);
  } catch (error) {
    return {error: `not a readable .xlsx workbook (${(error as Error).message})`};
  }
}

function editProblems(
  file: string,
  edits: RowEdit[],
  problems: {id: string; reason: string}[],
): CellProblem[] {
  return problems.map((p) => {
    const edit = edits.find((e) => e.item.id === p.id)!;
    const ref = cellRef(file, edit.table, edit.row.row, 'id');
    return {ref, reason: `cannot edit ${code(p.id)}: ${p.reason}`, severity: 'error'};
  });
}

/** The new text of a page, or the problems of its edits, each named by the cell it came from. */
function editPage(
  file: string,
  edits: RowEdit[],
  config: ModelConfig,
  syntax?: PageSyntax,
): {text: string} | {problems: CellProblem[]} {
  const {page, text, table, row} = edits[0]!;
  const applied = applyItemEdits(text, edits);
  if ('problems' in applied) return {problems: editProblems(file, edits, applied.problems)};
  const {parsed, errors} = validateEdit(page.page.path, page, applied.text, config, syntax);
  if (errors.length === 0) return {text: applied.text};
  const problems = errors.map((m): CellProblem => ({
    ref: cellOfMessage(file, m, edits, parsed, applied.text) ?? cellRef(file, table, row.row, 'id'),
    reason: `${m.reason} [${m.ruleId}] (${page.page.path}:${m.line}:${m.column} after the edit)`,
    severity: 'error',
  }));
  return {problems};
}

function printProblems(io: CommandIo, problems: CellProblem[]): void {
  const order = {error: 0, conflict: 1, warning: 2};
  for (const p of [...problems].sort((a, b) => order[a.severity] - order[b.severity])) {
    io.stderr.write(`${p.ref}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.reason}\n`);
  }
}

function fail(io: CommandIo, text: string, exitCode: number): number {
  io.stderr.write(`kb import: ${text}\n`);
  return exitCode;
}

/** The new texts of every edited page, or nothing when any cell is invalid. */
function editAll(
  file: string,
  edits: Map<string, RowEdit[]>,
  config: ModelConfig,
  problems: CellProblem[],
  syntax: Map<string, PageSyntax>,
) {
  const texts = new Map<string, {path: string; before: string; after: string}>();
  for (const [path, list] of edits) {
    const result = editPage(file, list, config, syntax.get(path));
    if ('problems' in result) problems.push(...result.problems);
    else if (result.text !== list[0]!.text)
      texts.set(path, {path, before: list[0]!.text, after: result.text});
  }
  return texts;
}

/** Applies the edited cells of a tracker to the pages, all or nothing; returns the exit code. */
export async function runImport(options: ImportOptions, io: CommandIo): Promise<number> {
  const date = options.date ?? localToday();
  if (!parseCalendarDate(date).ok)
    return fail(io, `invalid --date ${code(date)}; expected \`YYYY-MM-DD\``, 2);
  const book = await readBook(resolve(io.cwd, options.file));
  if ('error' in book) return fail(io, `${options.file}: ${book.error}`, 2);
  // Only the pages of the rows edited since the export are read: an unedited row needs none.
  const {config} = loadModelConfig({docsDir: options.docsDir});
  const cacheDir = commandCacheDir(io.cwd, options.cache);
  const site = lookUpItems(idsToLookUp(book), {
    docsDir: options.docsDir,
    cwd: io.cwd,
    config,
    cacheDir,
  });
  const file = basename(options.file);
  const plan = planImport(book, site, {file, force: options.force, date});
  const texts = editAll(file, plan.edits, config, plan.problems, site.syntax);
  printProblems(io, plan.problems);
  if (plan.problems.some((p) => p.severity === 'error')) {
    const count = plan.problems.filter((p) => p.severity === 'error').length;
    return fail(io, `${count} invalid cell${count === 1 ? '' : 's'}: nothing written`, 1);
  }
  for (const {path, before, after} of texts.values()) {
    if (options.dryRun) io.stdout.write(unifiedDiff(path, before, after));
    else writeFileSync(join(io.cwd, path), after);
  }
  const conflicts = plan.problems.filter((p) => p.severity === 'conflict').length;
  const done = options.dryRun ? 'would change' : 'changed';
  io.stdout.write(
    `${texts.size ? `${done} ${texts.size} page${texts.size === 1 ? '' : 's'}` : 'nothing to change'}${conflicts ? `; ${conflicts} conflicting row${conflicts === 1 ? '' : 's'} not applied` : ''}\n`,
  );
  return conflicts ? 1 : 0;
}
