// The pages of a docs folder, listed without following symbolic links out of it. Policy: a link whose
// target stays inside the docs folder is followed (as Docusaurus does); a link out of it, a broken link and
// a loop are reported and skipped, so a pull request cannot make the build read `/etc/passwd` or walk `..`.
import {readdirSync, realpathSync, statSync, type Dirent} from 'node:fs';
import {isAbsolute, join, relative, sep} from 'node:path';
import {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import {report} from './diagnostics.js';

/** The pages found and the problems met while listing them. */
export interface PageListing {
  /** Markdown and MDX pages, absolute, sorted by their path below the docs folder. */
  pages: string[];
  messages: VFileMessage[];
}

type Ignore = (relativePath: string) => boolean;

function inside(root: string, real: string): boolean {
  const rel = relative(root, real);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

interface Walk {
  root: string;
  realRoot: string;
  ignore: Ignore;
  pages: string[];
  messages: VFileMessage[];
  /** Real paths of the folders entered, so a loop through links is entered once. */
  seen: Set<string>;
}

function problem(walk: Walk, path: string, reason: string, ruleId: string): void {
  const file = new VFile({path});
  report(file, reason, undefined, ruleId);
  walk.messages.push(...file.messages);
}

const PAGE = /\.mdx?$/;

/**
 * The real path of `path`: one `realpath` call where it works, not Node's walk of every segment with
 * `lstat` (once per folder of every listing, and a site is listed by each plugin's read); Node's own
 * where it fails (some Windows drives), which then throws as before. Every real path compared here comes
 * from this one function.
 */
function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return realpathSync(path);
  }
}

function errorCode(path: string): string | undefined {
  try {
    statSync(path);
    return undefined;
  } catch (error) {
    return (error as {code?: string}).code;
  }
}

/**
 * Where a symbolic link leads, when it may be followed: its real path inside the docs folder. Links
 * that are neither pages nor folders (images, registries) are left to their readers.
 */
function followLink(walk: Walk, path: string, shown: string): string | undefined {
  let real;
  try {
    real = realPath(path);
  } catch {
    if (!PAGE.test(path)) return undefined;
    const why = errorCode(path) === 'ELOOP' ? 'loops' : 'points to nothing';
    problem(walk, path, `Symbolic link ${shown} ${why}; it is skipped. Remove it.`, 'symlink');
    return undefined;
  }
  if (inside(walk.realRoot, real)) return real;
  if (!PAGE.test(path) && statSync(real, {throwIfNoEntry: false})?.isDirectory() !== true)
    return undefined;
  problem(
    walk,
    path,
    `Symbolic link ${shown} points outside the docs folder (to ${real}); it is not read. Copy the file into the docs folder instead.`,
    'symlink',
  );
  return undefined;
}

interface Pending {
  folders: string[];
  /** Folders reached through a link: entered after every real folder, so the real path wins. */
  linked: string[];
}

function visitEntry(walk: Walk, dir: string, entry: Dirent, pending: Pending): void {
  const {name} = entry;
  const path = join(dir, name);
  const rel = relative(walk.root, path).split(sep).join('/');
  if (walk.ignore(rel)) return;
  // The entry's type as the folder's listing gives it (Node reads it with `lstat` where the file
  // system does not say): no `lstat` of each page.
  const link = entry.isSymbolicLink();
  let folder = entry.isDirectory();
  if (link) {
    const real = followLink(walk, path, `\`${rel}\``);
    if (!real) return;
    folder = statSync(real, {throwIfNoEntry: false})?.isDirectory() === true;
  }
  if (folder) (link ? pending.linked : pending.folders).push(path);
  else if (PAGE.test(name)) walk.pages.push(path);
}

function readFolder(walk: Walk, dir: string): Dirent[] {
  try {
    const real = realPath(dir);
    if (walk.seen.has(real)) return [];
    walk.seen.add(real);
    return readdirSync(dir, {withFileTypes: true}).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  } catch (error) {
    const code = (error as {code?: string}).code ?? String(error);
    problem(
      walk,
      dir,
      `Folder could not be read (${code}); its pages are not checked.`,
      'unreadable-file',
    );
    return [];
  }
}

/**
 * Lists the pages below `docsDir` iteratively (no recursion, so depth cannot overflow the stack), skipping
 * what `ignore` names. Anything a page name points to that is not a regular file is left to the reader,
 * which reports it.
 */
export function listDocsFolder(docsDir: string, ignore: Ignore): PageListing {
  const walk: Walk = {
    root: docsDir,
    realRoot: docsDir,
    ignore,
    pages: [],
    messages: [],
    seen: new Set(),
  };
  try {
    walk.realRoot = realPath(docsDir);
  } catch {
    // Reported by readFolder below.
  }
  const pending: Pending = {folders: [docsDir], linked: []};
  for (let dir; (dir = pending.folders.pop() ?? pending.linked.shift());) {
    for (const entry of readFolder(walk, dir)) visitEntry(walk, dir, entry, pending);
  }
  // Each page's key computed once: a comparator computing them spent most of a listing's time.
  const keyed = walk.pages.map((path) => ({
    path,
    key: relative(docsDir, path).split(sep).join('/'),
  }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {pages: keyed.map(({path}) => path), messages: walk.messages};
}
