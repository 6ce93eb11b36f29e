// A translated page (i18n/<locale>/…/current/…) as the locale's site shows it: its blocks with the
// source page's fields, and the source's blocks it lacks, shown from the source with a note.
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {
  pairTranslatedBlocks,
  sourceBlockNodes,
  type MissingBlock,
  type ModelConfig,
  type ParsedPage,
  type SiteModel,
  type StatusBlockNode,
} from '@kmportal/model';
import type {Root, RootContent} from 'mdast';

const translatedByFile = new WeakMap<
  SiteModel,
  Map<string, {parsed: ParsedPage; source: string}>
>();

/** The merged page of the site whose translation is the file at `path` (absolute), with its source file. */
export function translatedPageAt(site: SiteModel, path: string) {
  let pages = translatedByFile.get(site);
  if (!pages) {
    pages = new Map();
    site.pages.forEach((parsed, index) => {
      const file = parsed.page.translation?.file;
      if (file) pages!.set(resolve(file), {parsed, source: resolve(site.files[index]!)});
    });
    translatedByFile.set(site, pages);
  }
  return pages.get(path);
}

function readSource(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // Read by the site a moment ago; gone since: its blocks are shown without a body.
  }
}

/** Puts each missing block's source node after the translated block it follows in the source. */
function insertMissing(
  tree: Root,
  missing: MissingBlock[],
  placed: Map<string, StatusBlockNode['node']>,
  nodes: Map<string, StatusBlockNode['node']>,
): StatusBlockNode[] {
  const shown: StatusBlockNode[] = [];
  for (const {item, after} of missing) {
    const source = nodes.get(item.id);
    const node = structuredClone(source) ?? {
      type: 'containerDirective' as const,
      name: 'status',
      attributes: {id: item.id},
      children: [],
    };
    const anchor = after ? placed.get(after) : undefined;
    const parent = (anchor && findParent(tree, anchor)) || tree;
    const index = anchor
      ? parent.children.indexOf(anchor as RootContent) + 1
      : firstBlockIndex(tree);
    parent.children.splice(index, 0, node as RootContent);
    placed.set(item.id, node);
    shown.push({node, item});
  }
  return shown;
}

/** Where the first status block of the page's top level is, else the end of the page. */
function firstBlockIndex(tree: Root): number {
  const index = tree.children.findIndex(
    (node) => node.type === 'containerDirective' && node.name === 'status',
  );
  return index === -1 ? tree.children.length : index;
}

function findParent(tree: Root, target: unknown): {children: RootContent[]} | undefined {
  const stack: {children?: unknown[]}[] = [tree];
  for (let node; (node = stack.pop());) {
    if (!node.children) continue;
    if (node.children.includes(target)) return node as {children: RootContent[]};
    stack.push(...(node.children as {children?: unknown[]}[]));
  }
  return undefined;
}

/**
 * The blocks of a translated page to render, in document order: its own, with the source's fields, then
 * the source blocks it lacks (inserted into `tree`, `untranslated: true`), and blocks the source has not.
 */
export function translatedBlocks(
  tree: Root,
  value: string,
  page: {parsed: ParsedPage; source: string},
  config: ModelConfig,
): StatusBlockNode[] {
  const {blocks, orphans, missing} = pairTranslatedBlocks(tree, value, page.parsed, config);
  if (missing.length === 0) return [...blocks, ...orphans];
  const nodes = sourceBlockNodes(readSource(page.source), page.source, config);
  const placed = new Map(blocks.map(({node, item}) => [item.id, node]));
  return [...blocks, ...insertMissing(tree, missing, placed, nodes), ...orphans];
}
