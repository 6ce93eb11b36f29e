import {readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import type {CommandIo} from './io.js';
import {commandOf, runWriteCommand, WRITE_COMMANDS, WRITE_USAGE} from './write-commands.js';

/** Text of `kb --help`. */
export const USAGE = `Usage: kb <command> [options]

Commands:
  check [docsDir]        Check every page's front matter and status blocks (default docsDir: docs)
  check --stale [docsDir] [--today YYYY-MM-DD]
                         List pages due or overdue for review; exit 1 if any is overdue
  new <template> --title "…" [--owner CODE] [--dir docs] [--date YYYY-MM-DD]
                         Scaffold a page from a template (handover-note, debriefing, mission-report,
                         meeting-minutes, action-plan, recommendation-follow-up, guidance)
  suggest <page or id> [--dir docs] [--locale en|fr|ru]
                         Suggest SDG goals and targets for each status block, beside its tags
  suggest --jsonl        Read {"id","text"} lines on stdin, write {"id","goals","targets"} lines
  lsp --stdio            Language server for editors (diagnostics, completion, hover, quick fixes)
${WRITE_USAGE}  digest [docsDir] --site-url URL [--unit CODE] [--since YYYY-MM-DD] [--today YYYY-MM-DD]
         [--format md|html|json] [--out-dir DIR]
                         A unit's reminder: overdue items, items due in 30 and 90 days, status
                         changes since a date (default a week ago), pages due for review; with
                         --out-dir, one file per unit (default format md: the plain-text part)

Options:
  --format <text|json>   Output format of \`check\` (default: text)
  --no-color             Plain output
  --no-sdg-hints         \`check\`: no info hints where a block's text suggests an SDG it lacks
  --default-locale <l>   \`check\`: the docs folder's language (default: docusaurus.config's
                         i18n.defaultLocale, else en); each other locale of i18n.locales with pages in
                         i18n/<locale>/docusaurus-plugin-content-docs is checked as its translation
                         (fields written otherwise, blocks without a source, untranslated)
  --no-cache             \`check\`, \`export\`, \`import\`: parse every page again (page parses are
                         otherwise kept in node_modules/.cache/kmportal-model, as the build keeps them)
  -h, --help             Show this help
  -v, --version          Show the version
`;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

function usageError(io: CommandIo, text: string): number {
  io.stderr.write(`kb: ${text}\n\n${USAGE}`);
  return 2;
}

/** Runs `kb` with its arguments; returns the exit code (0 ok, 1 problems found, 2 usage). */
export async function main(argv: string[], io: CommandIo): Promise<number> {
  const writing = commandOf(argv);
  if (writing && WRITE_COMMANDS.includes(writing)) return runWriteCommand(argv, io);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: {type: 'string', default: 'text'},
        'no-color': {type: 'boolean', default: false},
        help: {type: 'boolean', short: 'h', default: false},
        version: {type: 'boolean', short: 'v', default: false},
        title: {type: 'string'},
        owner: {type: 'string'},
        dir: {type: 'string', default: 'docs'},
        date: {type: 'string'},
        stale: {type: 'boolean', default: false},
        today: {type: 'string'},
        unit: {type: 'string'},
        since: {type: 'string'},
        'site-url': {type: 'string'},
        'out-dir': {type: 'string'},
        jsonl: {type: 'boolean', default: false},
        'no-sdg-hints': {type: 'boolean', default: false},
        'default-locale': {type: 'string'},
        'no-cache': {type: 'boolean', default: false},
        locale: {type: 'string'},
        stdio: {type: 'boolean', default: false},
      },
    });
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  const {values, positionals} = parsed;
  if (values.help) return (io.stdout.write(USAGE), 0);
  if (values.version) return (io.stdout.write(`${version()}\n`), 0);
  const [command, ...rest] = positionals;
  if (command === 'new') {
    if (rest.length !== 1) return usageError(io, '`new` takes one template name');
    const {title = '', owner, dir, date} = values;
    // Each command loads its modules when it runs: a `kb` start loads only what its command needs.
    const {runNew} = await import('./new.js');
    return runNew({template: rest[0], title, owner, docsDir: dir, date}, io);
  }
  if (command === 'digest') {
    if (rest.length > 1)
      return usageError(io, `\`digest\` takes one docs folder, got ${rest.length}`);
    const {runDigest} = await import('./digest.js');
    const {unit, since, today, format} = values;
    const [siteUrl, outDir] = [values['site-url'], values['out-dir']];
    return runDigest({docsDir: rest[0] ?? 'docs', unit, since, today, format, siteUrl, outDir}, io);
  }
  if (command === 'suggest') {
    const {dir, jsonl, locale, format} = values;
    // Loaded on demand: the stemmers and the index are only read by `suggest`.
    if (jsonl) return (await import('./suggest-jsonl.js')).runSuggestJsonl({locale}, io);
    if (rest.length !== 1) return usageError(io, '`suggest` takes one page path or item id');
    if (format !== 'text' && format !== 'json')
      return usageError(io, `unknown format \`${format}\``);
    const {runSuggestPage} = await import('./suggest.js');
    return runSuggestPage({target: rest[0], docsDir: dir, jsonl, locale, format}, io);
  }
  if (command === 'lsp') {
    // Loaded only here: editors start `kb lsp`, every other command does without the server.
    const {runLsp} = await import('./lsp.js');
    return runLsp({stdio: values.stdio}, io);
  }
  if (command !== 'check') {
    return usageError(io, command ? `unknown command \`${command}\`` : 'no command given');
  }
  if (values.format !== 'text' && values.format !== 'json') {
    return usageError(io, `unknown format \`${values.format}\`, expected \`text\` or \`json\``);
  }
  if (rest.length > 1) return usageError(io, `\`check\` takes one docs folder, got ${rest.length}`);
  const color = !values['no-color'] && Boolean(io.stdout.isTTY) && !process.env.NO_COLOR;
  if (values.stale) {
    const {runStale} = await import('./stale.js');
    return runStale({docsDir: rest[0] ?? 'docs', today: values.today}, io);
  }
  const sdgHints = !values['no-sdg-hints'];
  const defaultLocale = values['default-locale'];
  const docsDir = rest[0] ?? 'docs';
  const cache = !values['no-cache'];
  const {runCheck} = await import('./check.js');
  return runCheck({docsDir, format: values.format, color, sdgHints, defaultLocale, cache}, io);
}
