import {existsSync, mkdirSync, statSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {code, didYouMean, loadSite, parseCalendarDate, type SiteModel} from '@kmportal/model';
import {createFeedContext, feedUnits} from '@kmportal/kb-feeds/feeds';
import {pageStatusHistory} from '@kmportal/status-history';
import {addDaysIso, digestData, hasReminders, type DigestData} from './digest-data.js';
import {digestHtml} from './digest-html.js';
import {digestMarkdown} from './digest-markdown.js';
import type {CommandIo} from './io.js';
import {localToday} from './today.js';

/** Options of `kb digest`. */
export interface DigestOptions {
  docsDir: string;
  unit?: string;
  /** `YYYY-MM-DD`; default a week before `today`. */
  since?: string;
  /** `YYYY-MM-DD`; default today. */
  today?: string;
  format: string;
  /** The site's url and baseUrl, for absolute links (or `KB_SITE_URL`). */
  siteUrl?: string;
  /** Write one file per unit into this folder instead of printing one digest. */
  outDir?: string;
}

const FORMATS: Record<string, {extension: string; render: (data: DigestData) => string}> = {
  md: {extension: 'md', render: digestMarkdown},
  html: {extension: 'html', render: digestHtml},
  json: {extension: 'json', render: (data) => `${JSON.stringify(data, null, 2)}\n`},
};

type Checked = {ok: true; value: string} | {ok: false; error: string};

function checkedDate(flag: string, raw: string): Checked {
  const date = parseCalendarDate(raw);
  if (date.ok) return {ok: true, value: raw};
  return {
    ok: false,
    error: `invalid \`--${flag}\` ${code(raw)}: ${date.reason}; expected \`YYYY-MM-DD\`.`,
  };
}

function checkedSiteUrl(raw: string | undefined): Checked {
  if (!raw) {
    return {
      ok: false,
      error:
        'links in a digest are absolute: pass `--site-url https://…` (the `url` and `baseUrl` of docusaurus.config.ts) or set `KB_SITE_URL`.',
    };
  }
  const url = URL.canParse(raw) ? new URL(raw) : undefined;
  if (!url || !/^https?:$/.test(url.protocol)) {
    return {
      ok: false,
      error: `invalid \`--site-url\` ${code(raw)}: expected an http or https address such as \`https://km.example.org/\`.`,
    };
  }
  return {ok: true, value: url.href.replace(/(?<!\/)\/+$/, '')};
}

function checkedUnit(site: SiteModel, unit: string): Checked {
  const known = site.config.units ? [...site.config.units.keys()] : feedUnits(site).codes;
  if (known.includes(unit)) return {ok: true, value: unit};
  const where = site.config.units ? 'units.yml' : 'the owners of any item (there is no units.yml)';
  return {
    ok: false,
    error: `unknown unit ${code(unit)}: it is not in ${where}.${didYouMean(unit, known)}`,
  };
}

/** Prints (or writes, per unit) the reminder digest; 0 when done, 2 on bad input. */
export function runDigest(options: DigestOptions, io: CommandIo): number {
  const fail = (text: string) => (io.stderr.write(`kb digest: ${text}\n`), 2);
  const format = FORMATS[options.format === 'text' ? 'md' : options.format];
  if (!format)
    return fail(`unknown format ${code(options.format)}, expected \`md\`, \`html\` or \`json\`.`);
  const today = checkedDate('today', options.today ?? localToday());
  if (!today.ok) return fail(today.error);
  const since = checkedDate('since', options.since ?? addDaysIso(today.value, -7));
  if (!since.ok) return fail(since.error);
  if (since.value > today.value)
    return fail(`\`--since\` ${since.value} is after \`--today\` ${today.value}.`);
  const siteUrl = checkedSiteUrl(options.siteUrl ?? process.env.KB_SITE_URL);
  if (!siteUrl.ok) return fail(siteUrl.error);
  const docsDir = resolve(io.cwd, options.docsDir);
  if (!existsSync(docsDir) || !statSync(docsDir).isDirectory()) {
    return fail(`no folder ${options.docsDir} (resolved to ${docsDir}).`);
  }
  const site = loadSite({docsDir, cwd: io.cwd});
  const unit = options.unit === undefined ? undefined : checkedUnit(site, options.unit);
  if (unit && !unit.ok) return fail(unit.error);
  let historyNote: string | undefined;
  const onPartial = (message: string) => {
    historyNote = message;
    io.stderr.write(
      `kb digest: ${message} Status changes are left out; the other sections are complete.\n`,
    );
  };
  const history = (path: string) =>
    pageStatusHistory(path, {cwd: io.cwd, config: site.config, onPartial}).timelines;
  const context = createFeedContext(site, {
    siteUrl: siteUrl.value,
    siteTitle: '',
    generated: new Date(),
    history,
  });
  const digest = (code?: string) => {
    const data = digestData(site, context, {unit: code, today: today.value, since: since.value});
    // The history is read while the digest is built: a note on it is known only afterwards.
    return historyNote ? {...data, historyNote} : data;
  };
  if (options.outDir)
    return writeDigests(site, digest, {...format, dir: resolve(io.cwd, options.outDir)}, io);
  const data = digest(unit?.value);
  if (unit && !hasReminders(data)) {
    io.stderr.write(
      `kb digest: unit ${code(unit.value)} has no open items, no status changes since ${since.value} and no pages to review: nothing to remind.\n`,
    );
  }
  io.stdout.write(format.render(data));
  return 0;
}

/** One digest file per unit with something to remind of, and `all.<ext>` for the whole site. */
function writeDigests(
  site: SiteModel,
  digest: (unit?: string) => DigestData,
  output: {extension: string; render: (data: DigestData) => string; dir: string},
  io: CommandIo,
): number {
  mkdirSync(output.dir, {recursive: true});
  const write = (name: string, data: DigestData) => {
    const path = join(output.dir, `${name}.${output.extension}`);
    writeFileSync(path, output.render(data));
    const counts = `${data.overdue.length} overdue, ${data.next30.length} due in 30 days, ${data.next90.length} in 31 to 90 days, ${data.changes.length} changes, ${data.reviews.length} reviews`;
    io.stdout.write(`wrote ${path}: ${counts}\n`);
  };
  write('all', digest());
  for (const unit of feedUnits(site).codes) {
    const data = digest(unit);
    if (hasReminders(data)) write(unit, data);
    else io.stdout.write(`skipped ${unit}: nothing to remind\n`);
  }
  return 0;
}
