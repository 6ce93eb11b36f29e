// For transformers of a translated page: its blocks paired with the merged items of the locale's site.
import type {Root} from 'mdast';
import {VFile} from 'vfile';
import {readTranslatedTree} from './translation.js';
import {extractStatusBlocks, type StatusBlockNode} from './items.js';
import {parseMarkdown, readPageMeta} from './parse.js';
import type {ModelConfig, ParsedPage, StatusItem} from './types.js';

/** A source item the translation lacks, and the translated block it follows in source order. */
export interface MissingBlock {
  item: StatusItem;
  /** Id of the source item just before it (shown before it); `undefined`: the first of the page. */
  after?: string;
}

/** A translated page's blocks: with the merged items, those the source lacks, and those it lacks. */
export interface TranslatedBlocks {
  /** Each translated block with its merged item (the source's fields), in document order. */
  blocks: StatusBlockNode[];
  /** Blocks whose id the source page has not, with the item the translation writes. */
  orphans: StatusBlockNode[];
  /** Source items with no translated block, in source order. */
  missing: MissingBlock[];
}

/**
 * Pairs the status blocks of a translated page's `tree` with `merged`, the page as the locale's site has
 * it (`mergeTranslation`): problems were reported by the site's read, so none is reported here.
 */
export function pairTranslatedBlocks(
  tree: Root,
  value: string,
  merged: Pick<ParsedPage, 'items'>,
  config: ModelConfig,
): TranslatedBlocks {
  const file = new VFile({value});
  const {order} = readTranslatedTree(tree, file, config);
  const byId = new Map(merged.items.map((item) => [item.id, item]));
  const blocks: StatusBlockNode[] = [];
  const orphans: StatusBlockNode[] = [];
  for (const {node, item} of order) {
    const known = item.id ? byId.get(item.id) : undefined;
    if (known) blocks.push({node, item: known});
    else orphans.push({node, item});
  }
  const present = new Set(blocks.map((block) => block.item.id));
  const missing: MissingBlock[] = [];
  let after: string | undefined;
  for (const item of merged.items) {
    if (!present.has(item.id)) missing.push({item, after});
    after = item.id;
  }
  return {blocks, orphans, missing};
}

/** The status block nodes of a source page's text by id, to show the blocks a translation lacks. */
export function sourceBlockNodes(
  value: string,
  path: string,
  config: ModelConfig,
): Map<string, StatusBlockNode['node']> {
  const file = new VFile({path, value});
  const tree = parseMarkdown(file);
  const page = readPageMeta(tree, file, config);
  const found = extractStatusBlocks(tree, file, {config, page});
  return new Map(found.map(({node, item}) => [item.id, node]));
}
