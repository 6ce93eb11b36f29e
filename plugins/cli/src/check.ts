import {existsSync, statSync} from 'node:fs';
import {resolve} from 'node:path';
import {
  checkTranslations,
  compareMessages,
  isError,
  isInfo,
  loadSiteLocales,
  type SiteModel,
} from '@kmportal/model';
import pc from 'picocolors';
import type {VFileMessage} from 'vfile-message';
import {commandCacheDir} from './cache.js';
import {translationSiteDir} from './check-locales.js';
import {loadAllVersions} from './check-versions.js';
import type {CommandIo} from './io.js';

/** Options of `kb check`. */
export interface CheckOptions {
  docsDir: string;
  format: 'text' | 'json';
  color: boolean;
  /** Info-level hints where a block's text strongly suggests an SDG it lacks (default true). */
  sdgHints?: boolean;
  /** The source language (default: the site config's `i18n.defaultLocale`, else `en`). */
  defaultLocale?: string;
  /** Whether page parses are kept between runs (default `true`; see `commandCacheDir`). */
  cache?: boolean;
}

/** The locale of each message about a translation (absent: the source pages'). */
export type LocaleOf = ReadonlyMap<VFileMessage, string>;

/** Version of the `--format json` output; bumped on any incompatible change. */
export const CHECK_JSON_VERSION = 1;

/** `path:line:col  message  [rule-id]`; `[fr] message` for a translation's; `info` before a note. */
export function formatLine(message: VFileMessage, color: boolean, locale?: string): string {
  if (isInfo(message)) return formatHint(message, color, locale);
  const where = `${message.file}:${message.line ?? 1}:${message.column ?? 1}`;
  const paint = color ? (isError(message) ? pc.red : pc.yellow) : (text: string) => text;
  const dim = color ? pc.dim : (text: string) => text;
  const tag = locale ? `[${locale}] ` : '';
  return `${paint(where)}  ${tag}${message.reason}  ${dim(`[${message.ruleId}]`)}`;
}

/** An info-level hint: `path:line:col  info  message  [rule-id]`, never counted as a problem. */
export function formatHint(hint: VFileMessage, color: boolean, locale?: string): string {
  const where = `${hint.file}:${hint.line ?? 1}:${hint.column ?? 1}`;
  const paint = color ? pc.cyan : (text: string) => text;
  const dim = color ? pc.dim : (text: string) => text;
  const tag = locale ? `[${locale}] ` : '';
  return `${paint(where)}  info  ${tag}${hint.reason}  ${dim(`[${hint.ruleId}]`)}`;
}

function hintsJson(hints: VFileMessage[]) {
  return hints.map((h) => ({
    file: h.file,
    line: h.line ?? 1,
    column: h.column ?? 1,
    severity: 'info',
    ruleId: h.ruleId,
    message: h.reason,
  }));
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The closing line: counts of problems, files, pages and items. */
export function summary(site: SiteModel, ms: number, locales: readonly string[] = []): string {
  const problems = site.messages.filter((m) => !isInfo(m));
  const errors = problems.filter(isError).length;
  const warnings = problems.length - errors;
  const translations = locales.length ? ` (translations: ${locales.join(', ')})` : '';
  const checked = `${plural(site.pages.length, 'page')} and ${plural(site.items.length, 'status item')}${translations} checked in ${Math.round(ms)} ms`;
  if (problems.length === 0) return `✔ no problems: ${checked}`;
  const files = new Set(problems.map((m) => m.file)).size;
  return `✖ ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')}: ${checked}`;
}

/** The problems as JSON, for editors and scripts. */
export function toJson(site: SiteModel, localeOf: LocaleOf = new Map()) {
  return {
    version: CHECK_JSON_VERSION,
    pages: site.pages.length,
    items: site.items.length,
    errors: site.messages.filter(isError).length,
    warnings: site.messages.filter((m) => !isError(m) && !isInfo(m)).length,
    problems: site.messages.map((m) => ({
      file: m.file,
      line: m.line ?? 1,
      column: m.column ?? 1,
      endLine: m.place && 'end' in m.place ? m.place.end.line : undefined,
      endColumn: m.place && 'end' in m.place ? m.place.end.column : undefined,
      severity: isError(m) ? 'error' : isInfo(m) ? 'info' : 'warning',
      ruleId: m.ruleId,
      message: m.reason,
      url: m.url,
      ...(localeOf.has(m) ? {locale: localeOf.get(m)} : {}),
    })),
  };
}

/**
 * Checks every page below `docsDir` and of each released version, without building the site. Exit code:
 * 0 no errors (warnings allowed), 1 errors found in pages or registries, 2 the check could not run.
 */
export async function runCheck(options: CheckOptions, io: CommandIo): Promise<number> {
  const docsDir = resolve(io.cwd, options.docsDir);
  if (!existsSync(docsDir) || !statSync(docsDir).isDirectory()) {
    io.stderr.write(
      `kb check: no folder ${options.docsDir} (resolved to ${docsDir}); pass the docs folder, e.g. \`kb check docs\`.\n`,
    );
    return 2;
  }
  const start = performance.now();
  let site;
  let translations;
  try {
    // Every docs version (versioned_docs/ from versions.json), each parsed on every core for large sites.
    const siteDir = translationSiteDir(docsDir, io.cwd);
    // The locales of docusaurus.config (i18n.locales), checked against the i18n/ folders.
    const locales = await loadSiteLocales(siteDir, {
      cwd: io.cwd,
      defaultLocale: options.defaultLocale,
    });
    const source = await loadAllVersions(
      docsDir,
      io.cwd,
      {defaultLocale: locales.defaultLocale, locales: locales.locales},
      commandCacheDir(io.cwd, options.cache),
    );
    // Then each configured locale as its build reads it: drift, orphans, untranslated blocks.
    translations = await checkTranslations({siteDir, docsDir, cwd: io.cwd, site: locales});
    const messages = [...source.messages, ...translations.messages].sort(compareMessages);
    site = {...source, messages};
  } catch (error) {
    // The model reports bad input as diagnostics; what is left (no memory, a worker that died) is not
    // a problem of the pages, so it must not look like one: exit 2, not 1.
    io.stderr.write(`kb check: could not check ${options.docsDir}: ${String(error)}\n`);
    return 2;
  }
  const ms = performance.now() - start;
  // Loaded only when asked for: the suggester reads its index and stemmers.
  const hints =
    options.sdgHints === false ? [] : (await import('./sdg-hints.js')).sdgHints(site.items);
  const {localeOf, locales} = translations;
  if (options.format === 'json') {
    const json = {...toJson(site, localeOf), locales, hints: hintsJson(hints)};
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    for (const message of site.messages)
      io.stdout.write(`${formatLine(message, options.color, localeOf.get(message))}\n`);
    for (const hint of hints) io.stdout.write(`${formatHint(hint, options.color)}\n`);
    io.stdout.write(`${summary(site, ms, locales)}\n`);
  }
  return site.messages.some(isError) ? 1 : 0;
}
