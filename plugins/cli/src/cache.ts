import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {defaultCacheDir} from '@kmportal/model';

/** The project folder of `from`: the nearest folder at or above it with a `package.json`. */
export function projectDirOf(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Where the commands keep page parses between runs: the site's `node_modules/.cache/kmportal-model`,
 * the cache a Docusaurus build of the same site reads and writes, so `kb check`, `kb export` and
 * `kb import` after a build or after each other parse only the pages that changed. None outside a
 * project (no `package.json` at or above the working directory), with `--no-cache`, or under
 * `DOCUSAURUS_NO_PERSISTENT_CACHE`.
 */
export function commandCacheDir(cwd: string, enabled = true): string | undefined {
  if (!enabled) return undefined;
  return defaultCacheDir(projectDirOf(cwd));
}
