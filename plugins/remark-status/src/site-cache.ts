import {statSync} from 'node:fs';
import {loadSiteCached, type SiteModel, type SiteOptions} from '@kmportal/model';

/** How long a checked site is trusted without looking at the files again (see `createSiteSource`). */
export const RECHECK_AFTER_MS = 1000;

// Some file systems keep modification times to the second: a page saved within this margin before
// the last check may not have been seen by it.
const MTIME_MARGIN_MS = 1000;

/**
 * `RECHECK_AFTER_MS`, but never in a production build (`NODE_ENV=production`, as `docusaurus build` sets
 * it): pages do not change while it runs, and a thousand-page build spent 0.4 s on the checks.
 */
function defaultRecheck(): number {
  return process.env.NODE_ENV === 'production' ? Number.POSITIVE_INFINITY : RECHECK_AFTER_MS;
}

function modifiedAt(path: string | undefined): number {
  if (!path) return 0;
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * The whole site, for pulls and backlinks: `loadSiteCached` (read again when a page or registry changed).
 * Checking every file's stamp costs a directory walk, so a check is trusted for `recheckAfterMs`
 * (a build compiles hundreds of pages in that time), unless the page being compiled changed since.
 */
export function createSiteSource(
  options: SiteOptions,
  recheckAfterMs = defaultRecheck(),
): (currentPath?: string) => SiteModel {
  let site: SiteModel | undefined;
  let checkedAt = 0;
  return (currentPath) => {
    const now = Date.now();
    const fresh =
      now - checkedAt < recheckAfterMs && modifiedAt(currentPath) < checkedAt - MTIME_MARGIN_MS;
    if (!site || !fresh) {
      site = loadSiteCached(options);
      checkedAt = now;
    }
    return site;
  };
}
