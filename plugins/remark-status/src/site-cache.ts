import {statSync} from 'node:fs';
import {
  loadSiteCached,
  loadVersionSite,
  type DocsVersion,
  type SiteModel,
  type SiteOptions,
} from '@kmportal/model';
import {pageFolder, type FolderOptions, type PageFolder} from './docs-folder.js';

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

/** The site of a page's folder: its docs version's, with Docusaurus's permalinks, or the folder's own. */
function readFolder(options: FolderOptions & Omit<SiteOptions, 'docsDir'>, folder: PageFolder) {
  const {docsDir, version} = folder;
  return version ? loadVersionSite(version, options) : loadSiteCached({...options, docsDir});
}

interface Checked {
  site: SiteModel;
  checkedAt: number;
  version?: DocsVersion;
}

/**
 * The whole site of the page's docs version, for pulls and backlinks: `loadSiteCached` (read again when
 * a page or registry changed). Checking every file's stamp costs a directory walk, so a check is
 * trusted for `recheckAfterMs` (a build compiles hundreds of pages in that time), unless the page
 * being compiled changed since or Docusaurus loaded the docs again.
 */
export function createSiteSource(
  options: FolderOptions & Omit<SiteOptions, 'docsDir'>,
  recheckAfterMs = defaultRecheck(),
): (currentPath?: string) => SiteModel {
  const checked = new Map<string, Checked>();
  return (currentPath) => {
    const now = Date.now();
    const folder = pageFolder(options, currentPath);
    const known = checked.get(folder.docsDir);
    const fresh =
      known !== undefined &&
      known.version === folder.version &&
      now - known.checkedAt < recheckAfterMs &&
      modifiedAt(currentPath) < known.checkedAt - MTIME_MARGIN_MS;
    if (known && fresh) return known.site;
    const site = readFolder(options, folder);
    checked.set(folder.docsDir, {site, checkedAt: now, version: folder.version});
    return site;
  };
}
