import type {Root} from 'mdast';
import {VFile} from 'vfile';
import {capTreeDepth, guardNesting} from './depth.js';
import {compareMessages, report} from './diagnostics.js';
import {readFrontMatter} from './frontmatter.js';
import {withInvalidItems} from './invalid.js';
import {extractStatusItems} from './items.js';
import {extractPulls} from './pulls.js';
import {checkPageSafety} from './safety.js';
import {pageOutline} from './sections.js';
import {readPageBlocks, type BlockCache} from './page-blocks.js';
import {reparseMarkdown, type PageSyntax} from './reparse.js';
import {withSalvagedItems} from './salvage.js';
import {parseMarkdown} from './parse-markdown.js';
import {plainText} from './text.js';
import type {ModelConfig, PageMeta, ParsedPage} from './types.js';
import {walkType} from './walk.js';

export {parseMarkdown};

function firstHeading(tree: Root, source: string): string | undefined {
  const heading = tree.children.find((node) => node.type === 'heading' && node.depth === 1);
  return heading ? plainText([heading], source) : undefined;
}

/** Reads page metadata from a parsed tree, reporting front-matter problems on `file`. */
export function readPageMeta(tree: Root, file: VFile, config: ModelConfig): PageMeta {
  const yaml = tree.children.find((node) => node.type === 'yaml');
  const source = yaml?.position ? {value: yaml.value, line: yaml.position.start.line} : undefined;
  const meta = readFrontMatter(source, file, config);
  return {...meta, path: file.path, title: meta.title ?? firstHeading(tree, String(file.value))};
}

/** A page that could not be read: no items, and the reason as an `internal-error` on `file`. */
function unreadPage(file: VFile, error: unknown): ParsedPage {
  const reason = `The model could not read this page (${String(error).split('\n')[0]}); its status blocks are not checked. This is a bug in @kmportal/model: please report it with the page.`;
  report(file, reason, undefined, 'internal-error');
  const page = {path: file.path, owners: [], sdg: [], sdgGoals: [], nexus: [], frontMatter: {}};
  return {
    page,
    items: [],
    pulls: [],
    headings: [],
    messages: [...file.messages].sort(compareMessages),
  };
}

/** Reads the page and its status items from an already parsed tree (the remark plugin's entry). */
export function readPage(tree: Root, file: VFile, config: ModelConfig): ParsedPage {
  try {
    capTreeDepth(tree, file);
    return readParsedPage(tree, file, config);
  } catch (error) {
    // The promise that the model never throws holds even for a bug of its own.
    return unreadPage(file, error);
  }
}

function readParsedPage(tree: Root, file: VFile, config: ModelConfig): ParsedPage {
  const page = readPageMeta(tree, file, config);
  const found = extractStatusItems(tree, file, {config, page});
  const pulls = extractPulls(tree, file, config);
  const {headings, sections} = pageOutline(tree, String(file.value));
  if (config.authoringSafety !== false) checkPageSafety(tree, file, found);
  const messages = [...file.messages].sort(compareMessages);
  const items = withInvalidItems(withSalvagedItems(tree, file, {config, page}, found), messages);
  return {page, items, pulls, headings, sections, messages};
}

/** Parses one page: page metadata, status items and every problem found, never throwing on bad input. */
export function parsePage(input: {path: string; value: string}, config: ModelConfig): ParsedPage {
  const file = new VFile({path: input.path, value: input.value});
  try {
    const guarded = guardNesting(input.value, file);
    return readPage(parseMarkdown(new VFile({path: file.path, value: guarded})), file, config);
  } catch (error) {
    return unreadPage(file, error);
  }
}

/**
 * `parsePage` that also gives the page's syntax tree, and that parses again only the blocks an edit
 * touched when given the syntax of an earlier text of the same page (which it then uses up), and checks
 * again only the blocks whose text or line changed (`readPageBlocks`): the language server's entry, once
 * per keystroke. The result is the same as `parsePage`'s.
 */
export function parsePageSyntax(
  input: {path: string; value: string},
  config: ModelConfig,
  previous?: PageSyntax,
): {parsed: ParsedPage; syntax?: PageSyntax} {
  const file = new VFile({path: input.path, value: input.value});
  let tree: Root;
  let reused = false;
  try {
    const guarded = guardNesting(input.value, file);
    if (guarded !== input.value) {
      // Blanked lines: the tree is not the text's, so it is not kept for the next edit.
      const parsed = readPage(
        parseMarkdown(new VFile({path: file.path, value: guarded})),
        file,
        config,
      );
      return {parsed};
    }
    const partial = previous && reparseMarkdown(previous, input.value, parseText);
    reused = partial !== undefined;
    tree = partial ?? parseMarkdown(file);
  } catch (error) {
    return {parsed: unreadPage(file, error)};
  }
  // Link definitions are page-wide: a block's links then depend on other blocks, so none is kept.
  const definitions = reused ? false : hasDefinitions(tree);
  const byBlocks = !definitions && input.value.charCodeAt(0) !== 0xfeff;
  const read = byBlocks
    ? readPageByBlocks(tree, file, config, previous?.blocks)
    : {parsed: readPage(tree, file, config)};
  const {parsed} = read;
  // A tree cut at its depth limit is not the text's either.
  if (parsed.messages.some((message) => message.ruleId === 'too-deep')) return {parsed};
  const blocks = 'blocks' in read ? read.blocks : undefined;
  return {parsed, syntax: {value: input.value, tree, definitions, ...(blocks ? {blocks} : {})}};
}

function hasDefinitions(tree: Root): boolean {
  let found = false;
  walkType(tree, 'definition', () => (found = true));
  return found;
}

/** `readPage` block by block, taking the blocks unchanged since `blocks` from there. */
function readPageByBlocks(
  tree: Root,
  file: VFile,
  config: ModelConfig,
  blocks?: BlockCache,
): {parsed: ParsedPage; blocks?: BlockCache} {
  try {
    const read = readPageBlocks(tree, file, config, blocks);
    const title = read.meta.title ?? firstHeading(tree, String(file.value));
    const page = {...read.meta, path: file.path, title};
    const messages = [...file.messages].sort(compareMessages);
    const {pulls} = read;
    // A malformed opening is always reported (`malformed-attributes`): without one, none to salvage.
    const malformed = messages.some((message) => message.ruleId === 'malformed-attributes');
    const salvaged = malformed
      ? withSalvagedItems(tree, file, {config, page}, read.items)
      : read.items;
    const items = withInvalidItems(salvaged, messages);
    const {headings, sections} = pageOutline(tree, String(file.value));
    return {
      parsed: {page, items, pulls, headings, sections, messages},
      blocks: read.cache,
    };
  } catch (error) {
    return {parsed: unreadPage(file, error)};
  }
}

function parseText(value: string): Root {
  return parseMarkdown(new VFile({value}));
}
