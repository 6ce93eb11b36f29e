import {isAbsolute, relative, sep} from 'node:path';
import {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import {checkRefTargets, collectBacklinks, type Backlinks} from './backlinks.js';
import {sourceDigest} from './digest.js';
import {checkDraftPulls} from './drafts.js';
import {checkSlug} from './slug-check.js';
import {compareMessages} from './diagnostics.js';
import {loadModelConfig, type LoadedConfig, type ModelOptions} from './config.js';
import {checkUniqueIds, withDuplicateIdsInvalid} from './duplicate-ids.js';
import {checkEvidence} from './evidence.js';
import {parsePage, parsePageSyntax} from './parse.js';
import type {PageSyntax} from './reparse.js';
import {
  openMemoryParseCache,
  openParseCache,
  parseCacheScope,
  type ParseCache,
} from './parse-cache.js';
import {DEFAULT_MAX_PAGE_BYTES, readTextFile} from './files.js';
import {listDocsFolder, type PageListing} from './listing.js';
import {withInvalidItems} from './invalid.js';
import {docPermalink} from './permalink.js';
import {localizePages} from './site-locale.js';
import type {ModelConfig, ParsedPage, StatusItem} from './types.js';

export {checkUniqueIds};

/** Options of `loadSite`. */
export interface SiteOptions extends ModelOptions {
  /** Paths in messages are relative to this folder (default: the current directory). */
  cwd?: string;
  /**
   * Route of the pages' docs version without baseUrl, for permalinks (default `docs`): the docs plugin's
   * `routeBasePath` for its last version, e.g. `docs/1.0` for an older one (`DocsVersion.path`).
   */
  routeBasePath?: string;
  /**
   * Folder of a parse cache kept across runs (`openParseCache`): a page whose text, path, registries
   * and vocabulary are unchanged is not parsed again. Default: none.
   */
  cacheDir?: string;
  /**
   * Without `cacheDir`, keep parses in this process's memory (`openMemoryParseCache`): the reads of one
   * run that meet the same pages (a build's locales, one after another) parse them once. Default `false`.
   */
  memoryCache?: boolean;
  /** Pages larger than this are reported (`file-too-large`) and not parsed (default 2 MiB). */
  maxPageBytes?: number;
  /**
   * Folder of the pages translated into `locale` (Docusaurus's `i18n/<locale>/docusaurus-plugin-content-docs/
   * current`). Each page is then shown as its translation gives it (title, block titles and bodies) with
   * the fields of the source page in `docsDir` (see `mergeTranslation`). Unused in the default locale.
   */
  localizedDir?: string;
}

/** Every page of a docs folder, read through the one parser, with site-wide checks. */
export interface SiteModel {
  config: ModelConfig;
  pages: ParsedPage[];
  items: StatusItem[];
  /** Every problem: registries, pages and cross-page rules, sorted by place. */
  messages: VFileMessage[];
  /** Every file read (pages and registries), absolute. */
  files: string[];
  /** Item id → the other pages that pull it by `status-ref` or `status-table`. */
  backlinks: Backlinks;
  /** Ids of the items of the drafts a production build left out (`placeSite`), with their page. */
  draftItems?: ReadonlyMap<string, string>;
}

/** Whether Docusaurus's docs plugin would ignore this path (partials, tests), relative to the docs folder. */
export function isIgnoredDoc(relativePath: string): boolean {
  const parts = relativePath.split(/[\\/]/);
  return parts.some(
    (part) => part.startsWith('_') || part === 'node_modules' || part === '__tests__',
  );
}

/** Markdown and MDX pages below `docsDir`, sorted, absolute, with the problems met listing them. */
export function listSitePages(docsDir: string): PageListing {
  return listDocsFolder(docsDir, isIgnoredDoc);
}

/** Markdown and MDX pages below `docsDir`, sorted, absolute (symbolic links out of it are not followed). */
export function listPages(docsDir: string): string[] {
  return listSitePages(docsDir).pages;
}

function posixRelative(from: string, to: string): string {
  return relative(from, to).split(sep).join('/');
}

/**
 * A parsed page with its source path and permalink, its items' URLs, and the check of its evidence
 * paths (done on every read: it depends on other files, not on the page's text).
 */
function placePage(
  path: string,
  options: SiteOptions,
  cwd: string,
  page: {parsed: ParsedPage; digest: string; value: string},
): ParsedPage {
  const {digest} = page;
  let {parsed} = page;
  const source = posixRelative(options.docsDir, path);
  const evidence = new VFile({path: parsed.page.path});
  checkEvidence(parsed.items, path, evidence, (file) => posixRelative(cwd, file));
  const slug = checkSlug(parsed.page.path, page.value, source, parsed.page.frontMatter);
  if (evidence.messages.length || slug.length) {
    parsed = {
      ...parsed,
      messages: [...parsed.messages, ...evidence.messages, ...slug].sort(compareMessages),
    };
  }
  const permalink = docPermalink(source, parsed.page.frontMatter, options.routeBasePath ?? 'docs');
  const found = withInvalidItems(parsed.items, [...evidence.messages, ...slug]);
  const items = found.map((item) => ({...item, url: `${permalink}#${item.id}`}));
  return {...parsed, items, page: {...parsed.page, source, permalink}, digest};
}

/**
 * Parses one page of a site (or takes its parse from `cache`), adding its source path and permalink,
 * and its items' URLs.
 */
export function readSitePage(
  path: string,
  options: SiteOptions,
  cwd: string,
  config: ModelConfig,
  cache?: ParseCache,
): ParsedPage {
  const file = new VFile({path: posixRelative(cwd, path)});
  const read = readTextFile(path, file, 'Page', options.maxPageBytes ?? DEFAULT_MAX_PAGE_BYTES);
  if (!read.ok) {
    // No digest: a page that could not be read is never taken from, or kept in, a parse cache.
    const parsed = readSitePageText(path, '', options, cwd, config);
    return {...parsed, digest: undefined, messages: [...file.messages, ...parsed.messages]};
  }
  const parsed = readSitePageText(path, read.value, options, cwd, config, cache);
  return file.messages.length
    ? {...parsed, messages: [...file.messages, ...parsed.messages]}
    : parsed;
}

/** `readSitePage` of a page's text as given (an editor's unsaved buffer) instead of the file's. */
export function readSitePageText(
  path: string,
  value: string,
  options: SiteOptions,
  cwd: string,
  config: ModelConfig,
  cache?: ParseCache,
): ParsedPage {
  const relativePath = posixRelative(cwd, path);
  const digest = sourceDigest(value);
  const parsed = cache?.get(relativePath, digest) ?? parsePage({path: relativePath, value}, config);
  cache?.set(relativePath, digest, parsed);
  return placePage(path, options, cwd, {parsed, digest, value});
}

/**
 * `readSitePageText` for an editor's new text of a page, re-parsing only the blocks changed since
 * `previous` (the syntax this returned for its last text, used up here): the same page, far sooner.
 */
export function readSitePageEdit(
  path: string,
  value: string,
  options: SiteOptions,
  cwd: string,
  config: ModelConfig,
  previous?: PageSyntax,
): {page: ParsedPage; syntax?: PageSyntax} {
  const relativePath = posixRelative(cwd, path);
  const {parsed, syntax} = parsePageSyntax({path: relativePath, value}, config, previous);
  return {
    page: placePage(path, options, cwd, {parsed, digest: sourceDigest(value), value}),
    syntax,
  };
}

/** The page at `path` when `cache` has a parse of its current text (placed as `readSitePage` does). */
export function readCachedPage(
  path: string,
  options: SiteOptions,
  cwd: string,
  cache: ParseCache,
): ParsedPage | undefined {
  const relativePath = posixRelative(cwd, path);
  // A cold cache (a first build, or memory before a build's first read) holds none: no file is read twice.
  if (!cache.has(relativePath)) return undefined;
  const read = readTextFile(
    path,
    new VFile(),
    'Page',
    options.maxPageBytes ?? DEFAULT_MAX_PAGE_BYTES,
  );
  // A file that cannot be read (or is not valid UTF-8) is read, and reported, with the pages not cached.
  if (!read.ok || read.value.includes('\uFFFD')) return undefined;
  const value = read.value;
  const digest = sourceDigest(value);
  const parsed = cache.get(relativePath, digest);
  return parsed && placePage(path, options, cwd, {parsed, digest, value});
}

/** `readSitePage` for each of `paths`, in order. */
export function readSitePages(
  paths: readonly string[],
  options: SiteOptions,
  cwd: string,
  config: ModelConfig,
  cache?: ParseCache,
): ParsedPage[] {
  return paths.map((path) => readSitePage(path, options, cwd, config, cache));
}

/** The parse cache a site is read through (`cacheDir`, else memory with `memoryCache`), if any. */
export function siteParseCache(
  options: SiteOptions,
  config: ModelConfig,
  cwd: string,
): ParseCache | undefined {
  const scope = parseCacheScope(cwd, options.docsDir);
  if (options.cacheDir) return openParseCache(options.cacheDir, config, scope);
  return options.memoryCache ? openMemoryParseCache(config, scope) : undefined;
}

/** Reads every page of a docs folder and the registries, and runs the site-wide checks. */
export function loadSite(options: SiteOptions): SiteModel {
  const cwd = options.cwd ?? process.cwd();
  const loaded = loadModelConfig(options);
  const listing = listSitePages(options.docsDir);
  const cache = siteParseCache(options, loaded.config, cwd);
  const pages = readSitePages(listing.pages, options, cwd, loaded.config, cache);
  cache?.save();
  return assembleSite(loaded, listing, pages, cwd, options);
}

/** The pages as the configuration's locale shows them (merged with their translations), if it is another. */
function localize(pages: ParsedPage[], loaded: LoadedConfig, cwd: string, options?: SiteOptions) {
  const {config} = loaded;
  if (!options || config.locale === config.defaultLocale) return {pages, files: [], messages: []};
  return localizePages(pages, {
    localizedDir: options.localizedDir ?? '',
    docsDir: options.docsDir,
    cwd,
    config,
    ignore: isIgnoredDoc,
    maxPageBytes: options.maxPageBytes,
  });
}

/**
 * The site model from its parsed pages: the cross-page checks, sorted messages and backlinks. With the
 * `options` read, in a locale other than the source's, the pages are merged with their translations.
 */
export function assembleSite(
  loaded: LoadedConfig,
  listing: PageListing | string[],
  sourcePages: ParsedPage[],
  cwd: string,
  options?: SiteOptions,
): SiteModel {
  const {pages: files, messages: listed} = Array.isArray(listing)
    ? {pages: listing, messages: []}
    : listing;
  const localized = localize(sourcePages, loaded, cwd, options);
  const pages = withDuplicateIdsInvalid(localized.pages);
  return {
    config: loaded.config,
    pages,
    items: pages.flatMap((page) => page.items),
    messages: siteMessages(loaded, pages, cwd, [...listed, ...localized.messages]),
    files: [...files, ...loaded.files, ...localized.files],
    backlinks: collectBacklinks(pages, {config: loaded.config}),
  };
}

/**
 * Every message of a site, sorted: the registries', each page's and the cross-page rules'. The language
 * server calls it with its cached pages after each keystroke, so its diagnostics are `kb check`'s.
 */
export function siteMessages(
  loaded: LoadedConfig,
  pages: readonly ParsedPage[],
  cwd: string,
  listed: readonly VFileMessage[] = [],
): VFileMessage[] {
  for (const message of [...loaded.messages, ...listed]) {
    if (message.file && isAbsolute(message.file)) message.file = posixRelative(cwd, message.file);
  }
  const messages = [
    ...loaded.messages,
    ...listed,
    ...pages.flatMap((p) => p.messages),
    ...checkUniqueIds(pages),
    ...checkRefTargets(pages),
    ...checkDraftPulls(pages),
  ];
  return messages.sort(compareMessages);
}
