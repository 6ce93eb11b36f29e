import {resolve} from 'node:path';
import {docsVersionOfFile, type DocsVersion, type ModelOptions} from '@kmportal/model';

/** Options naming the docs folder, which Docusaurus's loaded docs make optional. */
export type FolderOptions = Omit<ModelOptions, 'docsDir'> & {docsDir?: string};

/** Where a page's site is read from: its docs version's folder and route, else `docsDir`. */
export interface PageFolder {
  /** The key of everything read for this folder. */
  docsDir: string;
  version?: DocsVersion;
}

/**
 * The docs version holding the page at `currentPath`, from the docs Docusaurus loaded in this process
 * (each version has its own items, ids and registries); else the `docsDir` option; else `docs`.
 */
export function pageFolder(options: FolderOptions, currentPath?: string): PageFolder {
  const version = currentPath ? docsVersionOfFile(resolve(currentPath)) : undefined;
  if (version) return {docsDir: version.contentPath, version};
  return {docsDir: resolve(options.docsDir ?? 'docs')};
}
