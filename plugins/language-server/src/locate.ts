import {existsSync, statSync} from 'node:fs';
import {join, resolve} from 'node:path';
import type {WorkspaceOptions} from './workspace.js';

/** Settings a client may pass as `initializationOptions` (or `kmportal` settings). */
export interface ServerSettings {
  /** Docs folder, relative to the workspace root (default: `docs` when it exists, else the root). */
  docsDir?: string;
  /** Milliseconds between two checks of a document while typing (default 100). */
  debounce?: number;
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** The site a workspace holds: what `kb check` run at its root reads. */
export function locateSite(root: string, settings: ServerSettings = {}): WorkspaceOptions {
  const cwd = resolve(root);
  if (settings.docsDir) return {cwd, docsDir: resolve(cwd, settings.docsDir)};
  const docs = join(cwd, 'docs');
  return {cwd, docsDir: isFolder(docs) ? docs : cwd};
}
