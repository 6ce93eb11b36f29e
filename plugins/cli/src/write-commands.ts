import {existsSync, statSync} from 'node:fs';
import {resolve} from 'node:path';
import {parseArgs} from 'node:util';
import type {CommandIo} from './io.js';
import {runSet} from './set/run.js';

/** The lines of `kb --help` for the commands that write pages. */
export const WRITE_USAGE = `  set <id> key=value… [--note "text"] [--date YYYY-MM-DD] [--dry-run] [--dir docs]
                         Change an item's attributes in place (empty value removes one) and/or
                         append a dated progress note; --dry-run prints the diff
`;

/** The commands `runWriteCommand` runs. */
export const WRITE_COMMANDS: readonly string[] = ['set'];

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

function setCommand(args: string[], io: CommandIo): number {
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

/** Runs `kb set` (and the other commands that write pages); returns the exit code. */
export async function runWriteCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const command = commandOf(argv)!;
  const args = [...argv];
  args.splice(args.indexOf(command), 1);
  try {
    if (command === 'set') return setCommand(args, io);
  } catch (error) {
    if ((error as {code?: string}).code?.startsWith('ERR_PARSE_ARGS'))
      return usageError(io, command, (error as Error).message);
    throw error;
  }
  return usageError(io, command, 'unknown command');
}
