import {readFileSync} from 'node:fs';
import {relative, sep} from 'node:path';
import {
  closest,
  listPages,
  parsePageSyntax,
  scanOpening,
  type ModelConfig,
  type PageSyntax,
  type ParsedPage,
  type StatusItem,
} from '@kmportal/model';
import {everyItem} from '../edit/item-walk.js';

/** A page read for editing: its path (relative to cwd, as in messages), text and parse. */
export interface EditablePage {
  file: string;
  path: string;
  text: string;
  parsed: ParsedPage;
  /** The text's syntax tree: validating an edit re-parses only the blocks it touched. */
  syntax?: PageSyntax;
}

/** Where an id is defined: the page and item, or why it cannot be edited. */
export type Located =
  | {found: EditablePage; item: StatusItem}
  | {missing: true; suggestion?: string; onlyInExamples?: boolean}
  | {clash: {path: string; item: StatusItem}[]};

/** The pages of a docs folder with their text, read once. */
export interface PageTexts {
  cwd: string;
  files: string[];
  text: (file: string) => string;
  /** Whether the page's text holds `needle`, looked for in its bytes (the text is decoded only if so). */
  holds: (file: string, needle: string) => boolean;
}

/** Reads every page's text lazily (each once), without parsing any. */
export function pageTexts(docsDir: string, cwd: string): PageTexts {
  const bytes = new Map<string, Buffer>();
  const texts = new Map<string, string>();
  const read = (file: string) => {
    let value = bytes.get(file);
    if (value === undefined) bytes.set(file, (value = readFileSync(file)));
    return value;
  };
  const text = (file: string) => {
    let value = texts.get(file);
    if (value === undefined) texts.set(file, (value = read(file).toString('utf8')));
    return value;
  };
  const holds = (file: string, needle: string) =>
    texts.get(file)?.includes(needle) ?? read(file).includes(needle);
  return {cwd, files: listPages(docsDir), text, holds};
}

function relativePath(cwd: string, file: string): string {
  return relative(cwd, file).split(sep).join('/');
}

/** Parses a page with the model, for editing. */
export function readEditable(pages: PageTexts, file: string, config: ModelConfig): EditablePage {
  const text = pages.text(file);
  const path = relativePath(pages.cwd, file);
  const {parsed, syntax} = parsePageSyntax({path, value: text}, config);
  return {file, path, text, parsed, syntax};
}

/** Whether `id` is the id written on a directive opening line of `text` (read with the model's scanner). */
function onOpening(text: string, id: string): boolean {
  for (let at = text.indexOf(id); at !== -1; at = text.indexOf(id, at + id.length)) {
    const start = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('\r', at)) + 1;
    const ends = [text.indexOf('\n', at), text.indexOf('\r', at)].filter((end) => end !== -1);
    const line = text.slice(start, ends.length ? Math.min(...ends) : text.length);
    if (scanOpening(line)?.attributes.some((a) => a.key === 'id' && a.value === id)) return true;
  }
  return false;
}

/**
 * The pages that can define `id`, found without parsing: those that write it on a directive's opening
 * line (read with the model's scanner, as `kb import` finds its rows' items); when none does, every
 * page whose text holds it (an opening the scanner cannot read, or an id written only in examples).
 */
export function definingPages(pages: PageTexts, id: string): string[] {
  const holding = pages.files.filter((file) => pages.holds(file, id));
  const opening = holding.filter((file) => onOpening(pages.text(file), id));
  return opening.length > 0 ? opening : holding;
}

/**
 * The items with `id` across the site. Only the pages that can define it are parsed
 * (`definingPages`): an item's id is written on its opening line.
 */
export function findDefinitions(pages: PageTexts, id: string, config: ModelConfig) {
  const found: {page: EditablePage; item: StatusItem}[] = [];
  for (const file of definingPages(pages, id)) {
    const page = readEditable(pages, file, config);
    for (const item of everyItem(page.parsed.items)) if (item.id === id) found.push({page, item});
  }
  return found;
}

/** The id written on each directive opening line of a text, read with the model's scanner. */
function idsOnOpenings(text: string): string[] {
  const ids: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (!line.includes('::')) continue;
    const id = scanOpening(line)?.attributes.find((a) => a.key === 'id')?.value;
    if (id) ids.push(id);
  }
  return ids;
}

/** Every id written on a directive's opening line, read with the model's scanner (for did-you-mean). */
export function writtenIds(pages: PageTexts): string[] {
  return pages.files.flatMap((file) => idsOnOpenings(pages.text(file)));
}

/**
 * The pages each id is written in (on a directive's opening line), without parsing any: the pages
 * that can define it. An id written in a code block or a comment is listed too; the parse tells.
 */
export function writtenIdIndex(pages: PageTexts): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const file of pages.files) {
    for (const id of new Set(idsOnOpenings(pages.text(file)))) {
      const files = index.get(id);
      if (files) files.push(file);
      else index.set(id, [file]);
    }
  }
  return index;
}

/** Finds the one item with `id`; a missing id gets the closest written id, a clash every place. */
export function locateItem(pages: PageTexts, id: string, config: ModelConfig): Located {
  const found = findDefinitions(pages, id, config);
  if (found.length === 1) return {found: found[0]!.page, item: found[0]!.item};
  if (found.length > 1) return {clash: found.map((f) => ({path: f.page.path, item: f.item}))};
  const written = writtenIds(pages);
  // An id written only where the model reads no item (a code fence, an HTML comment) is an example.
  if (written.includes(id)) return {missing: true, onlyInExamples: true};
  return {missing: true, suggestion: closest(id, written)};
}
