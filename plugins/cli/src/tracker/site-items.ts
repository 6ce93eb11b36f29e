import {relative, sep} from 'node:path';
import {
  openParseCache,
  parsePageSyntax,
  sourceDigest,
  type ModelConfig,
  type PageSyntax,
  type ParseCache,
} from '@kmportal/model';
import {everyItem} from '../edit/item-walk.js';
import {pageTexts, writtenIdIndex, type PageTexts} from '../set/locate.js';
import type {SiteEntry} from './plan.js';

/** The items an import edits, found without reading the whole site. */
export interface ImportSite {
  /** id → the item, its page and the page's text. */
  entries: Map<string, SiteEntry>;
  /** Ids defined on more than one page → those pages' paths. */
  clashes: Map<string, string[]>;
  /** Every id written in the site (for did-you-mean). */
  known: readonly string[];
  /** Syntax trees of the pages parsed here, by path: validating an edit re-parses only its blocks. */
  syntax: Map<string, PageSyntax>;
  /** Paths of the pages read through the model (parsed, or taken from the parse cache). */
  read: string[];
}

/** Options of `lookUpItems`. */
export interface LookUpOptions {
  docsDir: string;
  cwd: string;
  config: ModelConfig;
  /** The parse cache folder (`commandCacheDir`), opened only when a page is needed. */
  cacheDir?: string;
}

/** A page read for the import: its parse and its text (as on disk, byte-order mark included). */
type PageReader = (file: string) => Pick<SiteEntry, 'page' | 'text'>;

function posixRelative(from: string, to: string): string {
  return relative(from, to).split(sep).join('/');
}

/** Reads pages through the model, each once: from the parse cache when it has the text's parse. */
function pageReader(pages: PageTexts, options: LookUpOptions, site: ImportSite): PageReader {
  let cache: ParseCache | undefined | null = null;
  const read = new Map<string, ReturnType<PageReader>>();
  return (file) => {
    const known = read.get(file);
    if (known) return known;
    const text = pages.text(file);
    const path = posixRelative(options.cwd, file);
    cache ??= options.cacheDir ? openParseCache(options.cacheDir, options.config) : undefined;
    // The site's reader decodes without the byte-order mark, and keeps parses under that text's digest.
    let parsed = cache?.get(path, sourceDigest(text.replace(/^\uFEFF/, '')));
    if (!parsed) {
      const result = parsePageSyntax({path, value: text}, options.config);
      if (result.syntax) site.syntax.set(path, result.syntax);
      parsed = result.parsed;
    }
    const page = {page: parsed, text};
    read.set(file, page);
    site.read.push(path);
    return page;
  };
}

/** The definitions of `id` among `files`: at most one per page (a page's own duplicates are its error). */
function definitions(files: readonly string[], id: string, readPage: PageReader): SiteEntry[] {
  const found: SiteEntry[] = [];
  for (const file of files) {
    const {page, text} = readPage(file);
    const item = everyItem(page.items).find((candidate) => candidate.id === id);
    if (item) found.push({item, page, text});
  }
  return found;
}

/**
 * Finds the items with `ids`, parsing only the pages that write them (an id is written on its
 * directive's opening line; a scan of every page's text finds them without the parser). Nothing is
 * read when `ids` is empty: an unedited workbook needs no page.
 */
export function lookUpItems(ids: ReadonlySet<string>, options: LookUpOptions): ImportSite {
  const site: ImportSite = {
    entries: new Map(),
    clashes: new Map(),
    known: [],
    syntax: new Map(),
    read: [],
  };
  if (ids.size === 0) return site;
  const pages = pageTexts(options.docsDir, options.cwd);
  const index = writtenIdIndex(pages);
  site.known = [...index.keys()];
  const readPage = pageReader(pages, options, site);
  for (const id of ids) {
    // An id on no opening line: any page holding its text, in case an opening the scanner misses has it.
    const files = index.get(id) ?? pages.files.filter((file) => pages.text(file).includes(id));
    const found = definitions(files, id, readPage);
    if (found.length > 1)
      site.clashes.set(
        id,
        found.map((entry) => entry.page.page.path),
      );
    else if (found[0]) site.entries.set(id, found[0]);
  }
  return site;
}
