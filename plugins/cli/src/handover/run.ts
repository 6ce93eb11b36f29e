import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {code, didYouMean, isError, loadSiteAsync, parsePage} from '@kmportal/model';
import {commandCacheDir} from '../cache.js';
import {parseThreads} from '../parse-threads.js';
import type {CommandIo} from '../io.js';
import {localToday} from '../today.js';
import {defaultTemplatesDir, fillTemplate, readTemplate, TEMPLATE_FOLDERS} from '../templates.js';
import {
  openItemsOf,
  pagesOf,
  pagesSection,
  prependToSection,
  replaceSection,
  unitLine,
  workInProgress,
} from './content.js';

/** Options of `kb handover`. */
export interface HandoverOptions {
  docsDir: string;
  unit: string;
  /** `YYYY-MM-DD`: the note's date and the day "overdue" is judged on (default today). */
  date?: string;
  /** Route of the unit pages (`@kmportal/kb-indexes`' `unitsBasePath`, default `/units`); `''`: no link. */
  unitsPath?: string;
}

function fail(io: CommandIo, text: string, exitCode = 1): number {
  io.stderr.write(`kb handover: ${text}\n`);
  return exitCode;
}

/** Writes a handover-note draft for a unit: the toolbox template with its open items pulled and its pages listed. */
export async function runHandover(options: HandoverOptions, io: CommandIo): Promise<number> {
  // The parse cache `kb check` and the build keep: only pages changed since are parsed again.
  const cacheDir = commandCacheDir(io.cwd);
  const site = await loadSiteAsync(
    {docsDir: options.docsDir, cwd: io.cwd, cacheDir},
    parseThreads(),
  );
  const units = site.config.units;
  if (!units)
    return fail(
      io,
      `no units.yml in ${relative(io.cwd, options.docsDir) || '.'}; units are listed there`,
      2,
    );
  const unit = units.get(options.unit);
  if (!unit)
    return fail(
      io,
      `unknown unit ${code(options.unit)}, expected a code from \`units.yml\`.${didYouMean(options.unit, units.keys())}`,
      2,
    );
  const today = options.date ?? localToday();
  const target = join(
    options.docsDir,
    TEMPLATE_FOLDERS['handover-note'],
    `handover-note-${unit.code.toLowerCase()}-${today}.md`,
  );
  const shown = relative(io.cwd, target);
  if (existsSync(target))
    return fail(io, `${shown} already exists; edit it, or give another --date`);
  const filled = fillTemplate(readTemplate('handover-note', defaultTemplatesDir()), {
    title: `Handover note, ${unit.name}`,
    owner: unit.code,
    today,
    ids: new Map(),
  });
  const withItems = replaceSection(
    filled,
    'Work in progress',
    workInProgress(openItemsOf(site, unit.code, today), unit.code, today, site.config),
  );
  const withPages = replaceSection(
    withItems,
    'Pages of the unit',
    pagesSection(pagesOf(site, unit.code, today), dirname(target), io.cwd),
  );
  const line = unitLine(units, unit, options.unitsPath ?? '/units');
  const text = prependToSection(withPages, 'Purpose of the post', line);
  const errors = parsePage({path: shown, value: text}, site.config).messages.filter(isError);
  if (errors.length)
    return fail(io, `the draft would not pass kb check (${errors[0]!.reason}); nothing written`);
  mkdirSync(dirname(target), {recursive: true});
  writeFileSync(target, text, {flag: 'wx'});
  io.stdout.write(`${shown}\n`);
  return 0;
}
