// The site config as Docusaurus reads it, for tools that run outside a build (`kb check`, the editor).
import {existsSync} from 'node:fs';
import {join, relative} from 'node:path';
import {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import type {SiteConfigEntries} from './docs-config.js';
import {report} from './diagnostics.js';

/** The part of `docusaurus.config.*` the model reads: docs plugin entries and `i18n`. */
export interface SiteConfigFile extends SiteConfigEntries {
  i18n?: unknown;
}

/** A read of the site config: the config (absent when there is none or it failed), its file, problems. */
export interface ReadSiteConfig {
  config?: SiteConfigFile;
  /** The config's path, absolute. */
  file?: string;
  messages: VFileMessage[];
}

/** The names Docusaurus tries, in its order (`@docusaurus/core`'s `findConfig`). */
export const SITE_CONFIG_FILES = ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'].map(
  (ext) => `docusaurus.config${ext}`,
);

/** The site's config file, the first of `SITE_CONFIG_FILES` in `siteDir`, or `undefined`. */
export function findSiteConfig(siteDir: string): string | undefined {
  return SITE_CONFIG_FILES.map((name) => join(siteDir, name)).find((path) => existsSync(path));
}

/** The innermost cause of a loading error (jiti wraps the config's own error). */
function innermost(error: unknown): unknown {
  let current = error;
  while (current instanceof Error && current.cause !== undefined) current = current.cause;
  return current;
}

/** What went wrong, on one line without the config's absolute path, and where when the error says. */
function loadFailure(error: unknown, file: string) {
  const cause = innermost(error);
  const raw =
    cause instanceof Error && cause.name !== 'Error'
      ? `${cause.name}: ${cause.message}`
      : String(cause instanceof Error ? cause.message : cause);
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = new RegExp(`\\s*\\(?${escaped}:(\\d+):(\\d+)\\)?`);
  const found = at.exec(raw);
  const reason = raw.replace(at, '').replace(/\s+/g, ' ').trim();
  const place = found ? {line: Number(found[1]), column: Number(found[2]) + 1} : undefined;
  return {reason, place};
}

/**
 * Loads `docusaurus.config.*` with Docusaurus's own loader (`loadFreshModule`: jiti, TypeScript and
 * ESM alike) and calls it when it exports a function, as `docusaurus build` does. The config is code:
 * it runs as it would in a build. A config that fails to load is an error, never a throw.
 */
export async function readSiteConfig(
  siteDir: string,
  cwd = process.cwd(),
): Promise<ReadSiteConfig> {
  const file = findSiteConfig(siteDir);
  if (!file) return {messages: []};
  try {
    const {loadFreshModule} = await import('@docusaurus/utils');
    const exported: unknown = await loadFreshModule(file);
    const loaded: unknown =
      typeof exported === 'function' ? await (exported as () => unknown)() : await exported;
    if (loaded && typeof loaded === 'object')
      return {config: loaded as SiteConfigFile, file, messages: []};
    const what = `exports ${typeof loaded}, expected a config object`;
    return {file, messages: [configProblem(file, cwd, {reason: what, place: undefined})]};
  } catch (error) {
    return {file, messages: [configProblem(file, cwd, loadFailure(error, file))]};
  }
}

function configProblem(
  file: string,
  cwd: string,
  failure: {reason: string; place: {line: number; column: number} | undefined},
): VFileMessage {
  const vfile = new VFile({path: relative(cwd, file)});
  return report(
    vfile,
    `The site config could not be read (${failure.reason}), so the locales are taken from the i18n/ folders; fix the config: \`docusaurus build\` stops on it too.`,
    failure.place,
    'site-config-unreadable',
  );
}
