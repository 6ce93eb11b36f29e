import {posix} from 'node:path';

const NUMBER_PREFIX = /^(\d+)\s*[-_.]+\s*([^-_.\s].*)$/;

/** `01-intro` → `intro`, as Docusaurus strips sidebar-ordering prefixes. */
export function stripNumberPrefix(name: string): string {
  return NUMBER_PREFIX.exec(name)?.[2] ?? name;
}

function stripDirPrefixes(dir: string): string {
  return dir === '.' ? dir : dir.split('/').map(stripNumberPrefix).join('/');
}

function joinUrl(...parts: string[]): string {
  const joined = parts.join('/').replace(/\/{2,}/g, '/');
  return joined.startsWith('/') ? joined : `/${joined}`;
}

/**
 * The URL path of a doc, following the docs plugin's rules: number prefixes stripped, `index`,
 * `README` and `<folder>/<folder>.md` as the folder's page, front-matter `id` and `slug` honoured.
 */
export function docPermalink(
  source: string,
  frontMatter: Record<string, unknown>,
  routeBasePath = 'docs',
): string {
  const parse = frontMatter.parse_number_prefixes !== false;
  const dir = posix.dirname(source);
  const name = posix.basename(source).replace(/\.mdx?$/, '');
  const unprefixed = parse ? stripNumberPrefix(name) : name;
  const baseId = typeof frontMatter.id === 'string' ? frontMatter.id : unprefixed;
  const slug = typeof frontMatter.slug === 'string' ? frontMatter.slug : undefined;
  const dirSlug = dir === '.' ? '/' : `/${parse ? stripDirPrefixes(dir) : dir}/`;
  let path: string;
  if (slug?.startsWith('/')) path = slug;
  else if (
    !slug &&
    ['index', 'readme', dir.split('/').at(-1)?.toLowerCase()].includes(name.toLowerCase())
  ) {
    path = dirSlug;
  } else path = new URL(slug ?? baseId, `http://docs${dirSlug}`).pathname;
  return joinUrl(routeBasePath, decodeURI(path));
}
