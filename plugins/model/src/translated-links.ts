// Docusaurus resolves a relative Markdown link only among the docs of the build's locale by their own
// files: a translated page linking to one not translated yet, and an untranslated page linking to a
// translated one, are "broken". This resolves them to the linked doc's permalink.
import {existsSync, readFileSync} from 'node:fs';
import {dirname, isAbsolute, join, relative, resolve, sep} from 'node:path';
import {parse} from 'yaml';
import {localizedDocsDir} from './docs-versions.js';
import {docPermalink} from './permalink.js';

/** Where the site's docs and translations are. */
export interface TranslatedLinkOptions {
  siteDir: string;
  /** The docs folder, relative to the site (default `docs`). */
  docsPath?: string;
  /** The docs plugin's `routeBasePath` (default `docs`). */
  routeBasePath?: string;
  defaultLocale?: string;
}

function below(folder: string, path: string): string | undefined {
  const rel = relative(folder, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : undefined;
}

function frontMatterOf(path: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(
    readFileSync(path, 'utf8').replace(/^\uFEFF/, ''),
  );
  try {
    const data: unknown = match ? parse(match[1]!) : undefined;
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function broken(url: string, sourceFilePath: string): never {
  throw new Error(
    `Markdown link with URL \`${url}\` in source file "${sourceFilePath}" couldn't be resolved: no doc at that path in the docs folder or in this locale's translations. Correct the path.`,
  );
}

/**
 * A `markdown.hooks.onBrokenMarkdownLinks` function: a relative link to a doc of the docs folder, from a
 * translated page or to a translated one, becomes the doc's permalink in the build's locale
 * (`DOCUSAURUS_CURRENT_LOCALE`); any other unresolved link fails the build, as `'throw'` does.
 */
export function translatedMarkdownLinks(options: TranslatedLinkOptions) {
  const docsDir = join(options.siteDir, options.docsPath ?? 'docs');
  return ({sourceFilePath, url}: {sourceFilePath: string; url: string}): string => {
    const locale = process.env.DOCUSAURUS_CURRENT_LOCALE ?? options.defaultLocale ?? 'en';
    const localized = localizedDocsDir(join(options.siteDir, 'i18n', locale), 'default', 'current');
    const cut = url.search(/[?#]/);
    const pathname = cut === -1 ? url : url.slice(0, cut);
    const rest = cut === -1 ? '' : url.slice(cut);
    if (!/\.mdx?$/.test(pathname) || /^[a-z]+:/i.test(pathname)) broken(url, sourceFilePath);
    const from = resolve(process.cwd(), sourceFilePath);
    const target = resolve(dirname(from), decodeURIComponent(pathname));
    const source = below(localized, target) ?? below(docsDir, target);
    if (!source || !existsSync(join(docsDir, source))) broken(url, sourceFilePath);
    const translated = join(localized, source);
    const frontMatter = frontMatterOf(existsSync(translated) ? translated : join(docsDir, source));
    return `${docPermalink(source, frontMatter, options.routeBasePath ?? 'docs')}${rest}`;
  };
}
