// A translated page (i18n/<locale>/docusaurus-plugin-content-docs/current/…) as the one parser reads it:
// its blocks by id, with the attributes written on each, for merging into the source page.
import type {Root} from 'mdast';
import {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import {capTreeDepth, guardNesting} from './depth.js';
import {compareMessages} from './diagnostics.js';
import {DEFAULT_MAX_PAGE_BYTES, readTextFile} from './files.js';
import {extractStatusBlocks, type StatusBlockNode} from './items.js';
import {scanOpening} from './opening.js';
import {parseMarkdown, readPageMeta} from './parse.js';
import {extractPulls} from './pulls.js';
import {pageOutline, type PageHeading, type PageSection} from './sections.js';
import {splitLines} from './text.js';
import type {WrittenAttribute} from './translation-fields.js';
import type {ModelConfig, PageMeta, Pull, StatusItem} from './types.js';

/** Rules about fields a translated block does not write: its fields come from the source page. */
const SOURCE_FIELD_RULES = new Set(['missing-status', 'missing-justification']);

/** One block of a translated page: its item as read, the attributes written and where each stands. */
export interface TranslatedBlock {
  /** The block's node in the translated page's tree. */
  node: StatusBlockNode['node'];
  item: StatusItem;
  /** The attributes written on the opening line (`status`, `owner`, …), as written. */
  written: Map<string, WrittenAttribute>;
  /** The same for each key action, by the action's id. */
  actions: Map<string, {item: StatusItem; written: Map<string, WrittenAttribute>}>;
}

/** A translated page as read: its metadata, blocks by id, pulls, headings and the parser's messages. */
export interface TranslatedPage {
  page: PageMeta;
  blocks: Map<string, TranslatedBlock>;
  /** The blocks in document order (some may have no id). */
  order: TranslatedBlock[];
  pulls: Pull[];
  headings: PageHeading[];
  /** The translation's sections (`pageSections`), what search indexes of the page in this locale. */
  sections: PageSection[];
  messages: VFileMessage[];
  /** The page's text, as read. */
  value: string;
}

/** The attributes written on a block's (or action's) opening line, with their places. */
function writtenAttributes(
  line: string | undefined,
  lineNumber: number,
): Map<string, WrittenAttribute> {
  const written = new Map<string, WrittenAttribute>();
  for (const attribute of scanOpening(line ?? '')?.attributes ?? []) {
    const place = {line: lineNumber, column: attribute.valueColumn};
    written.set(attribute.key, {place, raw: attribute.value});
  }
  return written;
}

function translatedBlock(block: StatusBlockNode, lines: string[]): TranslatedBlock {
  const {item} = block;
  const at = (one: StatusItem) =>
    writtenAttributes(lines[one.position.start.line - 1], one.position.start.line);
  const actions = new Map(
    (item.actions ?? []).map((action) => [action.id, {item: action, written: at(action)}]),
  );
  return {node: block.node, item, written: at(item), actions};
}

/** Reads the blocks of a translated page's tree (the remark plugin's entry: it parsed the page). */
export function readTranslatedTree(
  tree: Root,
  file: VFile,
  config: ModelConfig,
): Omit<TranslatedPage, 'value'> {
  capTreeDepth(tree, file);
  const page = readPageMeta(tree, file, config);
  const found = extractStatusBlocks(tree, file, {config, page});
  const lines = splitLines(String(file.value));
  const order = found.map((block) => translatedBlock(block, lines));
  const blocks = new Map<string, TranslatedBlock>();
  for (const block of order)
    if (block.item.id && !blocks.has(block.item.id)) blocks.set(block.item.id, block);
  const messages = file.messages.filter((m) => !SOURCE_FIELD_RULES.has(m.ruleId ?? ''));
  const {headings, sections} = pageOutline(tree, String(file.value));
  return {
    page,
    blocks,
    order,
    pulls: extractPulls(tree, file, config),
    headings,
    sections,
    messages: messages.sort(compareMessages),
  };
}

/** Reads the translated page at `path` (absolute); `shownPath` is its path in messages. */
export function readTranslatedPage(
  path: string,
  shownPath: string,
  config: ModelConfig,
  maxBytes = DEFAULT_MAX_PAGE_BYTES,
): TranslatedPage {
  const file = new VFile({path: shownPath});
  const read = readTextFile(path, file, 'Page', maxBytes);
  const page = readTranslatedText(read.ok ? read.value : '', shownPath, config);
  return {...page, messages: [...file.messages, ...page.messages]};
}

/** Reads a translated page's text (an editor's buffer, a test's input). */
export function readTranslatedText(
  value: string,
  shownPath: string,
  config: ModelConfig,
): TranslatedPage {
  const file = new VFile({path: shownPath, value});
  const guarded = guardNesting(value, file);
  const tree = parseMarkdown(
    guarded === value ? file : new VFile({path: shownPath, value: guarded}),
  );
  return {...readTranslatedTree(tree, file, config), value};
}
