// Slugs the docs plugin refuses: it throws on them and the whole build stops ("We couldn't compute a valid
// slug"), so `kb check` reports them first, at the front-matter line that causes them.
import {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import {code, report} from './diagnostics.js';
import {unresolvedDocSlug} from './permalink.js';
import type {Point} from './types.js';

/** The docs plugin's `isValidPathname`: absolute, and unchanged (or only encoded) by the URL parser. */
export function isValidPathname(path: string): boolean {
  if (!path.startsWith('/')) return false;
  try {
    const parsed = new URL(path, 'https://domain.com').pathname;
    return parsed === path || parsed === encodeURI(path);
  } catch {
    return false;
  }
}

/** Where `key:` is written in the page's front matter, else the page's start. */
function keyPlace(value: string, key: string): Point {
  const lines = value.split('\n', 200);
  if (lines[0]?.replace(/^\uFEFF/, '').trimEnd() !== '---') return {line: 1, column: 1};
  for (let index = 1; index < lines.length && lines[index]!.trimEnd() !== '---'; index++) {
    if (lines[index]!.startsWith(`${key}:`)) return {line: index + 1, column: 1};
  }
  return {line: 1, column: 1};
}

/** Why the docs plugin would refuse this page's `id`, `slug` or computed slug, if it would. */
function refusal(frontMatter: Record<string, unknown>, slug: string): [string, string] | undefined {
  const {id, slug: written} = frontMatter;
  if (id !== undefined && (typeof id !== 'string' || id.includes('/')))
    return [
      'id',
      `The doc \`id\` ${code(String(id))} is refused by Docusaurus's docs plugin (an id is a string without \`/\`); the build would stop. Write an id without \`/\`, or set \`slug\` for the URL.`,
    ];
  if (written !== undefined && typeof written !== 'string')
    return [
      'slug',
      `\`slug\` must be a string, found ${code(JSON.stringify(written))}; the docs plugin refuses the page and the build stops. Quote it: \`slug: "/my/path"\`.`,
    ];
  if (!isValidPathname(slug))
    return [
      'slug',
      `The page's slug ${code(slug)} is refused by Docusaurus's docs plugin (not a valid URL path: it has characters like \`?\`, \`#\`, \`\\\\\`, or \`..\` segments), so the build would stop. Set a plain \`slug: /my/path\` in the front matter, or rename the file.`,
    ];
  return undefined;
}

/** The message for a page whose slug the docs plugin would refuse (see `refusal`), if any. */
export function checkSlug(
  path: string,
  value: string,
  source: string,
  frontMatter: Record<string, unknown>,
): VFileMessage[] {
  const found = refusal(frontMatter, unresolvedDocSlug(source, frontMatter));
  if (!found) return [];
  const file = new VFile({path});
  report(file, found[1], keyPlace(value, found[0]), 'invalid-slug');
  return file.messages;
}
