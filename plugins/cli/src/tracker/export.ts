import {readFileSync, writeFileSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import {createMatcher, isError, loadSiteAsync, type ParsedPage} from '@kmportal/model';
import {commandCacheDir} from '../cache.js';
import {parseThreads} from '../parse-threads.js';
import type {CommandIo} from '../io.js';
import {trackerCsv} from './csv-write.js';
import {readExportFilter, type FilterArgs} from './filter.js';
import {trackerRows} from './rows.js';
import {writeTrackerWorkbook} from './xlsx-write.js';

/** Options of `kb export`. */
export interface ExportOptions {
  docsDir: string;
  xlsx?: string;
  csv?: string;
  filter: FilterArgs;
  /** The day `due=overdue` is judged on (default today). */
  today?: string;
  /** Whether page parses are kept between runs (default `true`; see `commandCacheDir`). */
  cache?: boolean;
}

function fail(io: CommandIo, text: string, exitCode = 1): number {
  io.stderr.write(`kb export: ${text}\n`);
  return exitCode;
}

/** Writes the tracker workbook and/or CSV of the items the filter selects; returns the exit code. */
export async function runExport(options: ExportOptions, io: CommandIo): Promise<number> {
  const site = await loadSiteAsync(
    {docsDir: options.docsDir, cwd: io.cwd, cacheDir: commandCacheDir(io.cwd, options.cache)},
    parseThreads(),
  );
  const read = readExportFilter(options.filter, site.config);
  if ('problems' in read) {
    for (const problem of read.problems) io.stderr.write(`kb export: ${problem}\n`);
    return 2;
  }
  const matcher = createMatcher(site.pages, {config: site.config, today: options.today});
  const selected = new Set(matcher(site.items, read.filter));
  const textOf = (page: ParsedPage) => readFileSync(join(io.cwd, page.page.path), 'utf8');
  const rows = trackerRows(site, selected, textOf);
  const errors = site.messages.filter(isError).length;
  try {
    if (options.xlsx) {
      const {config} = site;
      await writeTrackerWorkbook(resolve(io.cwd, options.xlsx), rows, config, config.pageTypes);
    }
    if (options.csv) writeFileSync(resolve(io.cwd, options.csv), trackerCsv(rows));
  } catch (error) {
    return fail(io, `cannot write the tracker: ${(error as Error).message}`);
  }
  const where = [options.xlsx, options.csv].filter(Boolean).join(' and ');
  io.stdout.write(
    `${where}: ${rows.length} rows from ${new Set(rows.map((r) => r.page)).size} pages (${relative(io.cwd, options.docsDir) || '.'})\n`,
  );
  if (errors)
    io.stderr.write(
      `kb export: the site has ${errors} problems (run \`kb check\`); items with errors are exported as the model reads them\n`,
    );
  return 0;
}
