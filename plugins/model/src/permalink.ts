import {posix} from 'node:path';
import {DefaultNumberPrefixParser} from '@docusaurus/plugin-content-docs/lib/numberPrefix.js';

/**
 * `01-intro` → `intro`, with the docs plugin's own parser: it keeps names that look like versions or
 * dates (`29.7`, `30.0`, `2021-11-release`), which Docusaurus serves as they are.
 */
export function stripNumberPrefix(name: string): string {
  return DefaultNumberPrefixParser(name).filename;
}

function stripDirPrefixes(dir: string): string {
  return dir === '.' ? dir : dir.split('/').map(stripNumberPrefix).join('/');
}

function joinUrl(...parts: string[]): string {
  const joined = parts.join('/').replace(/\/{2,}/g, '/');
  return joined.startsWith('/') ? joined : `/${joined}`;
}

/** The docs plugin's `isCategoryIndex`: `index`, `README` or `<folder>/<folder>.md` is the folder's page. */
function isCategoryIndex(name: string, dir: string): boolean {
  const folder = dir.split('/').at(-1)?.toLowerCase();
  return ['index', 'readme', folder].includes(name.toLowerCase());
}

/** `decodeURI`, or the path as it is when it holds a `%` that starts no escape (`100%.md`, `/a%zz`). */
function decodeUriSafely(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** What a doc's slug is made of: its folder and name, its id, the `slug` written and the folder's slug. */
function slugParts(source: string, frontMatter: Record<string, unknown>) {
  const parse = frontMatter.parse_number_prefixes !== false;
  const dir = posix.dirname(source);
  const name = posix.basename(source).replace(/\.mdx?$/, '');
  const baseId =
    typeof frontMatter.id === 'string' ? frontMatter.id : parse ? stripNumberPrefix(name) : name;
  const slug = typeof frontMatter.slug === 'string' ? frontMatter.slug : undefined;
  const dirSlug = dir === '.' ? '/' : `/${parse ? stripDirPrefixes(dir) : dir}/`;
  return {dir, name, baseId, slug, dirSlug};
}

/** The docs plugin's `getSlug`: front-matter `slug`, the folder's page, or the id below the folder. */
function docSlug(source: string, frontMatter: Record<string, unknown>): string {
  const {dir, name, baseId, slug, dirSlug} = slugParts(source, frontMatter);
  if (slug?.startsWith('/')) return slug;
  if (!slug && isCategoryIndex(name, dir)) return dirSlug;
  return decodeUriSafely(new URL(slug ?? baseId, `http://docs${dirSlug}`).pathname);
}

/**
 * `resolvePathname` as the docs plugin calls it (resolve-pathname 3) for a relative slug below an
 * absolute folder: empty segments are kept (unlike `posix.normalize`), `.` and `..` removed, and a path
 * whose last segment is `.`, `..` or empty ends with `/` (`/ /` + `a/..` is `/ /`, a valid path).
 */
function resolveBelow(folder: string, relative: string): string {
  const parts = [...folder.split('/').slice(0, -1), ...relative.split('/')];
  const last = parts[parts.length - 1];
  const trailing = last === '.' || last === '..' || last === '';
  const kept: string[] = [];
  let up = 0;
  for (let index = parts.length - 1; index >= 0; index--) {
    const part = parts[index]!;
    if (part === '..') up++;
    else if (part === '.') continue;
    else if (up > 0) up--;
    else kept.push(part);
  }
  kept.reverse();
  if (kept[0] !== '') kept.unshift('');
  const path = kept.join('/');
  return trailing && !path.endsWith('/') ? `${path}/` : path;
}

/**
 * The slug as the docs plugin computes it before checking it (`resolvePathname`, no URL parsing), which
 * it refuses when it is no valid pathname (`checkSlug`).
 */
export function unresolvedDocSlug(source: string, frontMatter: Record<string, unknown>): string {
  const {dir, name, baseId, slug, dirSlug} = slugParts(source, frontMatter);
  if (slug?.startsWith('/')) return slug;
  if (!slug && isCategoryIndex(name, dir)) return dirSlug;
  return resolveBelow(dirSlug, slug ?? baseId);
}

/**
 * The URL path of a doc, as the docs plugin computes it (`normalizeUrl([version.path, slug])`):
 * number prefixes stripped by its parser, `index`, `README` and `<folder>/<folder>.md` as the folder's
 * page, front-matter `id` and `slug` honoured. `versionPath` is the route of the docs version without
 * baseUrl (`docs`, `/` in docs-only mode, `docs/1.0` for a version). A build takes the permalinks
 * Docusaurus loaded instead (`placeSite`); this is for reading a site without building it.
 */
export function docPermalink(
  source: string,
  frontMatter: Record<string, unknown>,
  versionPath = 'docs',
): string {
  return joinUrl(versionPath, docSlug(source, frontMatter));
}
