import {existsSync, mkdirSync, statSync, writeFileSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import slugify from '@sindresorhus/slugify';
import {code, codeList, didYouMean, loadSite, parseCalendarDate} from '@kmportal/model';
import type {CommandIo} from './io.js';
import {localToday} from './today.js';
import {
  assignIds,
  defaultTemplatesDir,
  fillTemplate,
  idPlaceholders,
  readTemplate,
  TEMPLATE_FOLDERS,
  TEMPLATE_NAMES,
} from './templates.js';

/** Options of `kb new`. */
export interface NewOptions {
  template: string;
  title: string;
  owner?: string;
  /** The docs folder (default `docs`). */
  docsDir: string;
  /** `YYYY-MM-DD`; default today. */
  date?: string;
  templatesDir?: string;
}

// In a module of its own, so the commands that date things do not load the slug library.
export {localToday};

/** The file name of a page: the title's slug, accents transliterated. */
export function pageSlug(title: string): string {
  return slugify(title, {decamelize: false});
}

function fail(io: CommandIo, text: string, exitCode = 1): number {
  io.stderr.write(`kb new: ${text}\n`);
  return exitCode;
}

/** ` Did you mean `x`?` for a mistyped or shortened template name (`handover` → `handover-note`). */
export function suggestTemplate(name: string): string {
  const starting = TEMPLATE_NAMES.filter((t) => t.startsWith(name.toLowerCase()));
  if (name && starting.length === 1) return ` Did you mean ${code(starting[0])}?`;
  return didYouMean(name, TEMPLATE_NAMES);
}

function checkInputs(options: NewOptions, io: CommandIo): number | undefined {
  if (!TEMPLATE_NAMES.includes(options.template)) {
    const hint = suggestTemplate(options.template);
    const expected = codeList(TEMPLATE_NAMES);
    return fail(io, `unknown template ${code(options.template)}, expected ${expected}.${hint}`, 2);
  }
  if (!options.title.trim()) return fail(io, 'give the page a title: `--title "…"`.', 2);
  if (!pageSlug(options.title)) {
    return fail(
      io,
      `the title ${code(options.title)} gives an empty file name; use letters or digits.`,
      2,
    );
  }
  const date = options.date && parseCalendarDate(options.date);
  if (date && !date.ok) {
    return fail(
      io,
      `invalid \`--date\` ${code(options.date!)}: ${date.reason}; expected \`YYYY-MM-DD\`.`,
      2,
    );
  }
  return undefined;
}

function checkOwner(owner: string | undefined, units: Map<string, unknown> | null, io: CommandIo) {
  if (owner === undefined || units === null || units.has(owner)) return undefined;
  const hint = didYouMean(owner, [...units.keys()]);
  return fail(
    io,
    `unknown unit ${code(owner)} in \`--owner\`, expected a code from \`units.yml\`.${hint}`,
    2,
  );
}

/** Scaffolds a page from a template; prints the path written; returns the exit code. */
export function runNew(options: NewOptions, io: CommandIo): number {
  const invalid = checkInputs(options, io);
  if (invalid !== undefined) return invalid;
  const docsDir = resolve(io.cwd, options.docsDir);
  if (!existsSync(docsDir) || !statSync(docsDir).isDirectory()) {
    return fail(
      io,
      `no docs folder ${options.docsDir} (resolved to ${docsDir}); pass it with \`--dir\`.`,
      2,
    );
  }
  const site = loadSite({docsDir, cwd: io.cwd});
  const badOwner = checkOwner(options.owner, site.config.units, io);
  if (badOwner !== undefined) return badOwner;
  const slug = pageSlug(options.title);
  const target = join(docsDir, TEMPLATE_FOLDERS[options.template], `${slug}.md`);
  const shown = relative(io.cwd, target);
  if (existsSync(target)) {
    return fail(io, `${shown} already exists; choose another title or edit that page.`);
  }
  const text = readTemplate(options.template, options.templatesDir ?? defaultTemplatesDir());
  const taken = new Set(site.items.map((item) => item.id));
  const ids = assignIds(slug, idPlaceholders(text), taken);
  const today = options.date ?? localToday();
  mkdirSync(dirname(target), {recursive: true});
  writeFileSync(
    target,
    fillTemplate(text, {title: options.title, owner: options.owner, today, ids}),
    {flag: 'wx'},
  );
  io.stdout.write(`${shown}\n`);
  return 0;
}
