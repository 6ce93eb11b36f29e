import {writeFileSync} from 'node:fs';
import {relative} from 'node:path';
import {code, loadModelConfig, parseCalendarDate, type ModelConfig} from '@kmportal/model';
import {formatLine} from '../check.js';
import {applyItemEdits, validateEdit} from '../edit/apply.js';
import {noteText} from '../edit/note.js';
import type {CommandIo} from '../io.js';
import {localToday} from '../today.js';
import {describeAssignments, readAssignments, type Assignments} from './assignments.js';
import {locateItem, pageTexts, type EditablePage} from './locate.js';
import {renameProblems} from './rename.js';

/** Options of `kb set`. */
export interface SetOptions {
  docsDir: string;
  id: string;
  /** `key=value` arguments. */
  assignments: string[];
  note?: string;
  /** Date of the note and of `as-of` with `--note` (default today). */
  date?: string;
  dryRun: boolean;
  color?: boolean;
}

function fail(io: CommandIo, text: string, exitCode = 1): number {
  io.stderr.write(`kb set: ${text}\n`);
  return exitCode;
}

function noteDate(options: SetOptions): string | {error: string} {
  const date = options.date ?? localToday();
  const parsed = parseCalendarDate(date);
  return parsed.ok
    ? date
    : {error: `invalid --date ${code(date)}: ${parsed.reason}; expected \`YYYY-MM-DD\``};
}

/** The changes to make: the assignments, and with a note its date as `as-of` unless one is given. */
function plannedChanges(
  options: SetOptions,
): {changes: Assignments; note?: string} | {error: string} {
  const changes = readAssignments(options.assignments);
  if ('error' in changes) return changes;
  if (options.note === undefined) return {changes};
  if (!options.note.trim()) return {error: '`--note` needs some text'};
  const date = noteDate(options);
  if (typeof date !== 'string') return date;
  if (!changes.has('as-of')) changes.set('as-of', date);
  return {changes, note: noteText(date, options.note)};
}

function reportMissing(io: CommandIo, id: string, docsDir: string, suggestion?: string): number {
  const hint = suggestion
    ? ` Did you mean \`${suggestion}\`?`
    : ' Run `kb check` to list the pages read.';
  return fail(io, `no item with id ${code(id)} in ${docsDir}.${hint}`);
}

async function writeResult(
  io: CommandIo,
  page: EditablePage,
  text: string,
  options: SetOptions,
  what: string,
): Promise<number> {
  if (text === page.text)
    return (
      io.stdout.write(`${page.path}: ${options.id} already has ${what}; nothing to change\n`),
      0
    );
  if (options.dryRun) {
    // The diff library loads for --dry-run only.
    const {unifiedDiff} = await import('../edit/diff.js');
    return (io.stdout.write(unifiedDiff(page.path, page.text, text)), 0);
  }
  writeFileSync(page.file, text);
  io.stdout.write(`${page.path}: ${options.id}: ${what}\n`);
  return 0;
}

async function edit(
  io: CommandIo,
  options: SetOptions,
  config: ModelConfig,
  page: EditablePage,
  plan: {changes: Assignments; note?: string},
  item: EditablePage['parsed']['items'][number],
): Promise<number> {
  const result = applyItemEdits(page.text, [{item, attributes: plan.changes, note: plan.note}]);
  if ('problems' in result) {
    const {line, column} = item.position.start;
    for (const p of result.problems)
      io.stderr.write(
        `${page.path}:${line}:${column}: cannot set ${p.key ? `\`${p.key}\`` : 'the item'}: ${p.reason}\n`,
      );
    return fail(io, 'nothing written');
  }
  const {errors} = validateEdit(page.path, page.parsed, result.text, config, page.syntax);
  if (errors.length > 0) {
    for (const message of errors)
      io.stderr.write(`${formatLine(message, Boolean(options.color))}\n`);
    return fail(
      io,
      `the change would make the page invalid; nothing written (${page.path} is untouched)`,
    );
  }
  return writeResult(
    io,
    page,
    result.text,
    options,
    describeAssignments(plan.changes, plan.note !== undefined),
  );
}

/** Edits one item in place with the smallest change, after the model has checked the result. */
export async function runSet(options: SetOptions, io: CommandIo): Promise<number> {
  const plan = plannedChanges(options);
  if ('error' in plan) return fail(io, plan.error, 2);
  if (plan.changes.size === 0 && plan.note === undefined) {
    return fail(
      io,
      'nothing to set: give `key=value` (e.g. `status=completed`) or `--note "…"`',
      2,
    );
  }
  const {config} = loadModelConfig({docsDir: options.docsDir});
  const pages = pageTexts(options.docsDir, io.cwd);
  const located = locateItem(pages, options.id, config);
  if ('missing' in located && located.onlyInExamples) {
    return fail(
      io,
      `${code(options.id)} is written only in examples (a code block or an HTML comment), not as an item; edit the page by hand.`,
    );
  }
  if ('missing' in located)
    return reportMissing(
      io,
      options.id,
      relative(io.cwd, options.docsDir) || '.',
      located.suggestion,
    );
  if ('clash' in located) {
    for (const {path, item} of located.clash)
      io.stderr.write(
        `${path}:${item.position.start.line}:${item.position.start.column}: defines ${code(options.id)}\n`,
      );
    return fail(
      io,
      `id ${code(options.id)} is defined ${located.clash.length} times; rename all but one first (\`kb check\` reports them).`,
    );
  }
  const newId = plan.changes.get('id');
  if (newId && newId !== options.id) {
    const problems = renameProblems(pages, options.id, newId, config);
    if (problems.length)
      return (problems.forEach((p) => io.stderr.write(`${p}\n`)), fail(io, 'nothing written'));
  }
  return edit(io, options, config, located.found, plan, located.item);
}
