import {existsSync, statSync} from 'node:fs';
import {resolve} from 'node:path';
import {parseArgs} from 'node:util';
import type {CommandIo} from './io.js';

/** The lines of `kb --help` for the commands that write pages. */
export const WRITE_USAGE = `  set <id> key=value… [--note "text"] [--date YYYY-MM-DD] [--dry-run] [--dir docs]
                         Change an item's attributes in place (empty value removes one) and/or
                         append a dated progress note; --dry-run prints the diff
  export --xlsx tracker.xlsx [--csv tracker.csv] [--status …] [--owner …] [--type …]
         [--due …] [--sdg …] [--nexus …] [--dir docs] [--no-cache]
                         Write a tracker workbook (one sheet per page type) of the items a
                         ::status-table with those filters would list
  import <tracker.xlsx|tracker.csv> [--dry-run] [--force] [--date YYYY-MM-DD] [--dir docs]
         [--no-cache]
                         Apply the edited cells back to the pages, all or nothing; --dry-run
                         prints the diff per page; --force applies rows whose item changed
  handover <unit> [--date YYYY-MM-DD] [--dir docs] [--units-path /units]
                         Draft a handover note for a unit: its open items pulled, overdue first,
                         the pages it owns or reviews with their review state, and a link to its
                         unit page (the handover pack; --units-path "" leaves the link out)
`;

/** The commands `runWriteCommand` runs. */
export const WRITE_COMMANDS: readonly string[] = ['set', 'export', 'import', 'handover'];

/** The command an argument list runs: its first argument that is not an option. */
export function commandOf(argv: readonly string[]): string | undefined {
  return argv.find((arg) => !arg.startsWith('-'));
}

function usageError(io: CommandIo, command: string, text: string): number {
  io.stderr.write(`kb ${command}: ${text}\nRun \`kb --help\` for usage.\n`);
  return 2;
}

function docsFolder(io: CommandIo, command: string, dir: string): string | undefined {
  const docsDir = resolve(io.cwd, dir);
  if (existsSync(docsDir) && statSync(docsDir).isDirectory()) return docsDir;
  usageError(
    io,
    command,
    `no folder ${dir} (resolved to ${docsDir}); pass the docs folder with \`--dir\``,
  );
  return undefined;
}

async function setCommand(args: string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {
      note: {type: 'string'},
      date: {type: 'string'},
      'dry-run': {type: 'boolean', default: false},
      dir: {type: 'string', default: 'docs'},
      'no-color': {type: 'boolean', default: false},
    },
  });
  const [id, ...assignments] = positionals;
  if (!id)
    return usageError(
      io,
      'set',
      'give the id of the item, e.g. `kb set eval-2017-r3 status=completed`',
    );
  const docsDir = docsFolder(io, 'set', values.dir);
  if (!docsDir) return 2;
  const color = !values['no-color'] && Boolean(io.stderr.isTTY) && !process.env.NO_COLOR;
  const {runSet} = await import('./set/run.js');
  return runSet(
    {
      docsDir,
      id,
      assignments,
      note: values.note,
      date: values.date,
      dryRun: values['dry-run'],
      color,
    },
    io,
  );
}

const FILTER_OPTIONS = {
  status: {type: 'string'},
  owner: {type: 'string'},
  type: {type: 'string'},
  due: {type: 'string'},
  sdg: {type: 'string'},
  nexus: {type: 'string'},
} as const;

async function exportCommand(args: string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...FILTER_OPTIONS,
      xlsx: {type: 'string'},
      csv: {type: 'string'},
      today: {type: 'string'},
      dir: {type: 'string', default: 'docs'},
      'no-cache': {type: 'boolean', default: false},
    },
  });
  if (positionals.length)
    return usageError(
      io,
      'export',
      `unexpected \`${positionals[0]}\`; filters are options, e.g. \`--status ongoing\``,
    );
  if (!values.xlsx && !values.csv)
    return usageError(io, 'export', 'give `--xlsx tracker.xlsx` (or `--csv tracker.csv`)');
  const docsDir = docsFolder(io, 'export', values.dir);
  if (!docsDir) return 2;
  const {status, owner, type, due, sdg, nexus} = values;
  // The workbook library loads only for the commands that use it, not on every `kb` start.
  const {runExport} = await import('./tracker/export.js');
  return runExport(
    {
      docsDir,
      xlsx: values.xlsx,
      csv: values.csv,
      today: values.today,
      cache: !values['no-cache'],
      filter: {status, owner, type, due, sdg, nexus},
    },
    io,
  );
}

async function importCommand(args: string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'dry-run': {type: 'boolean', default: false},
      force: {type: 'boolean', default: false},
      date: {type: 'string'},
      dir: {type: 'string', default: 'docs'},
      'no-cache': {type: 'boolean', default: false},
    },
  });
  if (positionals.length !== 1)
    return usageError(io, 'import', 'give one file: `kb import tracker.xlsx` (or a .csv)');
  const file = positionals[0]!;
  if (!existsSync(resolve(io.cwd, file))) return usageError(io, 'import', `no file ${file}`);
  const docsDir = docsFolder(io, 'import', values.dir);
  if (!docsDir) return 2;
  const {runImport} = await import('./tracker/import.js');
  return runImport(
    {
      docsDir,
      file,
      dryRun: values['dry-run'],
      force: values.force,
      date: values.date,
      cache: !values['no-cache'],
    },
    io,
  );
}

async function handoverCommand(args: string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {
      date: {type: 'string'},
      dir: {type: 'string', default: 'docs'},
      'units-path': {type: 'string', default: '/units'},
    },
  });
  if (positionals.length !== 1)
    return usageError(io, 'handover', 'give one unit code: `kb handover PMU`');
  const docsDir = docsFolder(io, 'handover', values.dir);
  if (!docsDir) return 2;
  const {runHandover} = await import('./handover/run.js');
  const unitsPath = values['units-path'];
  if (unitsPath && !unitsPath.startsWith('/'))
    return usageError(
      io,
      'handover',
      `--units-path ${unitsPath} is not a route; expected e.g. \`/units\``,
    );
  return runHandover({docsDir, unit: positionals[0]!, date: values.date, unitsPath}, io);
}

/** Runs `kb set` (and the other commands that write pages); returns the exit code. */
export async function runWriteCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const command = commandOf(argv)!;
  const args = [...argv];
  args.splice(args.indexOf(command), 1);
  try {
    if (command === 'set') return await setCommand(args, io);
    if (command === 'export') return await exportCommand(args, io);
    if (command === 'import') return await importCommand(args, io);
    if (command === 'handover') return await handoverCommand(args, io);
  } catch (error) {
    if ((error as {code?: string}).code?.startsWith('ERR_PARSE_ARGS'))
      return usageError(io, command, (error as Error).message);
    throw error;
  }
  return usageError(io, command, 'unknown command');
}
