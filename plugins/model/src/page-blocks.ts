// A page's own checks block by block, for the language server's keystrokes (`parsePageSyntax`). Each
// top-level block is read alone (its items, pulls, page checks and authoring safety); a block whose lines
// are the same text as at the page's last check is not read again: its findings are taken from then
// (moved to its new offset and line), as long as the ids it met earlier on the page are the same. A block
// with messages is taken so only on the same line (a message's text may name a line of it).
// What is page-wide is put together each time: front matter (kept while its text is the same), the cap on
// safety findings, the evidence links. Lines between top-level blocks are blank, so the blocks' findings
// together are the page's: a property test holds this to `parsePage`.
import type {Root, RootContent} from 'mdast';
import {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import {capTreeDepth} from './depth.js';
import {readFrontMatter} from './frontmatter.js';
import {extractStatusItems} from './items.js';
import {samePlace, shiftOffsets} from './offsets.js';
import {extractPulls} from './pulls.js';
import {checkEvidenceUrls, checkTreeSafety, MAX_SAFETY_FINDINGS, safetyTarget} from './safety.js';
import {blockRoot} from './text.js';
import type {ModelConfig, PageMeta, Point, Pull, StatusItem} from './types.js';

/** One use of the page's ids by a block: an id looked up (and what was found) or added. */
interface IdUse {
  id: string;
  added: boolean;
  place: Point | undefined;
}

/** What the checks found in one top-level block. */
interface BlockFindings {
  /** Offset and line of the block's start when it was read: its findings' places count from there. */
  offset: number;
  line: number;
  items: StatusItem[];
  pulls: Pull[];
  messages: VFileMessage[];
  /** Authoring-safety findings in the block's tree (the page keeps the first `MAX_SAFETY_FINDINGS`). */
  safety: VFileMessage[];
  ids: IdUse[];
}

type FrontMatter = ReturnType<typeof readFrontMatter>;

/** The findings of a page's last check, by block (`PageSyntax.blocks`); opaque to callers. */
export interface BlockCache {
  config: ModelConfig;
  /** Path, `as_of` and today: what every block's findings depend on besides its text. */
  context: string;
  frontMatter?: {value: string; meta: FrontMatter; messages: VFileMessage[]};
  blocks: Map<string, BlockFindings>;
}

/** The page's ids seen so far, logging each use a block makes of them. */
class IdLog extends Map<string, Point> {
  readonly uses: IdUse[] = [];

  constructor(private readonly page: Map<string, Point>) {
    super();
  }

  override get(id: string): Point | undefined {
    const place = this.page.get(id);
    this.uses.push({id, added: false, place});
    return place;
  }

  override has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  override set(id: string, place: Point): this {
    this.uses.push({id, added: true, place});
    this.page.set(id, place);
    return this;
  }
}

/** Whether the page's ids are as they were for a block's findings; if so, adds the block's ones. */
function replayIds(uses: readonly IdUse[], seen: Map<string, Point>): boolean {
  const own = new Set<string>();
  for (const use of uses) {
    if (use.added) own.add(use.id);
    else if (!own.has(use.id) && !samePlace(seen.get(use.id), use.place)) return false;
  }
  for (const use of uses) if (use.added) seen.set(use.id, use.place!);
  return true;
}

/**
 * A block's findings at its new place (the same findings when it did not move); `undefined` when they
 * cannot be moved there: lines moved and a message (whose text may name a line) would go along.
 */
function movedTo(found: BlockFindings, node: RootContent): BlockFindings | undefined {
  const start = node.position!.start;
  const by = {offset: (start.offset ?? 0) - found.offset, lines: start.line - found.line};
  if (by.offset === 0 && by.lines === 0) return found;
  if (by.lines !== 0 && (found.messages.length || found.safety.length)) return undefined;
  return {...shiftOffsets(found, by), offset: found.offset + by.offset, line: start.line};
}

function isLineEnd(code: number): boolean {
  return code === 10 || code === 13;
}

/**
 * The block's kind and lines (whole): what its findings depend on, besides where it stands (the same
 * lines may be read as another kind of block after an edit above them, e.g. a `---` line added).
 */
function blockKey(node: RootContent, value: string): string | undefined {
  const span = node.position;
  const start = span?.start.offset;
  const end = span?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  let from = start;
  while (from > 0 && !isLineEnd(value.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < value.length && !isLineEnd(value.charCodeAt(to))) to++;
  return `${node.type}\n${value.slice(from, to)}`;
}

interface PageContext {
  file: VFile;
  config: ModelConfig;
  page: Pick<PageMeta, 'path' | 'asOf'>;
  /** The page's lines split at `\n` (as the safety checks place findings). */
  lines: string[];
  seen: Map<string, Point>;
}

/** Reads one top-level block alone: the page's checks of it, in their order. */
function readBlock(node: RootContent, context: PageContext): BlockFindings {
  const {config, page} = context;
  const root = blockRoot(node);
  const file = new VFile({path: context.file.path, value: context.file.value});
  const ids = new IdLog(context.seen);
  capTreeDepth(root, file);
  const items = extractStatusItems(root, file, {config, page, seen: ids});
  const pulls = extractPulls(root, file, config);
  const target = safetyTarget(new VFile({path: file.path, value: file.value}), context.lines);
  if (config.authoringSafety !== false) checkTreeSafety(root, target);
  const start = node.position?.start;
  return {
    offset: start?.offset ?? 0,
    line: start?.line ?? 1,
    items,
    pulls,
    messages: file.messages,
    safety: target.file.messages,
    ids: ids.uses,
  };
}

/** The front matter's fields and problems, from the last check while its text is the same. */
function frontMatterOf(tree: Root, file: VFile, config: ModelConfig, cache?: BlockCache) {
  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  const value = yaml?.position ? yaml.value : undefined;
  const kept = cache?.frontMatter;
  if (value !== undefined && kept?.value === value) return kept;
  const read = new VFile({path: file.path, value: file.value});
  const source = value === undefined ? undefined : {value, line: yaml!.position!.start.line};
  const meta = readFrontMatter(source, read, config);
  return {value: value ?? '', meta, messages: read.messages};
}

/** What `readPageBlocks` gives: the page's front matter, items and pulls, and the cache for next time. */
export interface PageBlocks {
  meta: FrontMatter;
  items: StatusItem[];
  pulls: Pull[];
  cache: BlockCache;
}

/**
 * The page's own checks of `tree` block by block, reporting on `file` what reading the whole tree
 * reports; blocks unchanged since `cache` (the page's last check) are not read again.
 */
export function readPageBlocks(
  tree: Root,
  file: VFile,
  config: ModelConfig,
  cache?: BlockCache,
): PageBlocks {
  const front = frontMatterOf(tree, file, config, cache);
  file.messages.push(...front.messages);
  const page = {path: file.path, asOf: front.meta.asOf};
  const today = new Date().toISOString().slice(0, 10);
  const context = `${file.path}\n${page.asOf ?? ''}\n${today}`;
  const usable = cache && cache.config === config && cache.context === context ? cache : undefined;
  const value = String(file.value);
  const reading: PageContext = {file, config, page, lines: value.split('\n'), seen: new Map()};
  const next: BlockCache = {config, context, frontMatter: front, blocks: new Map()};
  const items: StatusItem[] = [];
  const pulls: Pull[] = [];
  const safety: VFileMessage[] = [];
  for (const node of tree.children) {
    const key = blockKey(node, value);
    const kept = key === undefined ? undefined : usable?.blocks.get(key);
    const moved = kept && movedTo(kept, node);
    const found = moved && replayIds(moved.ids, reading.seen) ? moved : readBlock(node, reading);
    if (key !== undefined) next.blocks.set(key, found);
    items.push(...found.items);
    pulls.push(...found.pulls);
    file.messages.push(...found.messages);
    safety.push(...found.safety);
  }
  if (config.authoringSafety !== false) {
    const kept = safety.slice(0, MAX_SAFETY_FINDINGS);
    file.messages.push(...kept);
    const target = safetyTarget(file, reading.lines);
    target.left -= kept.length;
    checkEvidenceUrls(items, target);
  }
  return {meta: front.meta, items, pulls, cache: next};
}
