import type {Heading, Nodes, Root, RootContent} from 'mdast';
import GithubSlugger from 'github-slugger';
import {toString} from 'mdast-util-to-string';
import {plainText} from './text.js';
import {STATUS_DIRECTIVE} from './vocabulary.js';
import {PULL_DIRECTIVES} from './pull-misuse.js';
import {walkType} from './walk.js';

/** A part of a page under one heading, as search indexes it. */
export interface PageSection {
  /** The heading's text without its `{#custom-id}`; empty for the text before the first heading. */
  heading: string;
  /** The heading's id as Docusaurus renders it; empty for the text before the first heading. */
  anchor: string;
  /** Heading depth, 2 to 6; 1 for the text before the first heading. */
  depth: number;
  /** Plain text of the section, without code blocks, front matter, status blocks and pulls. */
  text: string;
}

const SKIPPED = new Set(['code', 'yaml', 'html']);

function isSkipped(node: Nodes): boolean {
  if (SKIPPED.has(node.type)) return true;
  if (node.type === 'containerDirective') return node.name === STATUS_DIRECTIVE;
  if (node.type === 'leafDirective')
    return (PULL_DIRECTIVES as readonly string[]).includes(node.name);
  return false;
}

/** A copy of a node without its code blocks, HTML, status blocks and pulls. */
function pruned<T extends Nodes>(node: T): T {
  if (!('children' in node)) return node;
  const children = (node.children as Nodes[]).filter((child) => !isSkipped(child)).map(pruned);
  return {...node, children};
}

/** Whether `id` is what Docusaurus's custom-id regex accepts after a `{#`: no line break, and after its
 * first character no `}` and no `{#`. */
function isCustomId(id: string): boolean {
  if (id === '' || /[\n\r\u2028\u2029]/.test(id)) return false;
  const rest = id.slice(1);
  return !rest.includes('}') && !rest.includes('{#');
}

/**
 * A heading's `{#custom-id}` at its end, read as Docusaurus's `/\s*\{#((?:.(?!\{#|\}))*.)\}$/` reads it,
 * and the text before it without the spaces between. In linear time: that regex retried its leading
 * `\s*` at every space of a long run (quadratic). Only the last `{#`, or one right before it, can start
 * an id (an id cannot hold `{#` after its first character).
 */
export function customId(raw: string): {text: string; anchor: string} | undefined {
  if (!raw.endsWith('}')) return undefined;
  const last = raw.lastIndexOf('{#');
  if (last === -1) return undefined;
  const starts = last >= 2 && raw.startsWith('{#', last - 2) ? [last - 2, last] : [last];
  const at = starts.find((start) => isCustomId(raw.slice(start + 2, -1)));
  if (at === undefined) return undefined;
  let start = at;
  while (start > 0 && /\s/.test(raw[start - 1]!)) start--;
  return {text: raw.slice(0, start), anchor: raw.slice(at + 2, -1).trim()};
}

/** Heading text and id the way Docusaurus's `headings` remark plugin reads them. */
function readHeading(heading: Heading, slugger: GithubSlugger): {text: string; anchor: string} {
  const textNodes = heading.children.filter((child) => child.type !== 'html');
  const raw = toString(textNodes.length > 0 ? textNodes : heading);
  return customId(raw) ?? {text: raw, anchor: slugger.slug(raw)};
}

type HeadingAnchors = Map<Heading, {text: string; anchor: string}>;

/** Every heading's text and anchor, in document order, slugged once like Docusaurus does. */
function headingAnchors(tree: Root): HeadingAnchors {
  const slugger = new GithubSlugger();
  const anchors = new Map<Heading, {text: string; anchor: string}>();
  walkType(tree, 'heading', (heading) => {
    anchors.set(heading, readHeading(heading, slugger));
  });
  return anchors;
}

/**
 * The sections of a page, for search: the text before the first `##` heading, then one section per
 * heading of depth 2 to 6, each with its plain text and the anchor Docusaurus gives the heading.
 */
export function pageSections(tree: Root, source: string): PageSection[] {
  return sectionsOf(tree, source, headingAnchors(tree));
}

function sectionsOf(tree: Root, source: string, anchors: HeadingAnchors): PageSection[] {
  const sections: PageSection[] = [];
  let current: Omit<PageSection, 'text'> = {heading: '', anchor: '', depth: 1};
  let nodes: RootContent[] = [];
  const close = () => {
    const text = plainText(nodes.map(pruned), source);
    if (text || current.heading) sections.push({...current, text});
  };
  for (const node of tree.children) {
    if (isSkipped(node)) continue;
    if (node.type === 'heading' && node.depth > 1) {
      close();
      const {text, anchor} = anchors.get(node)!;
      current = {heading: text.trim(), anchor, depth: node.depth};
      nodes = [];
    } else if (node.type !== 'heading') nodes.push(node);
  }
  close();
  return sections;
}

/** A heading of depth 2 to 6 at the top level of a page: its line, text and the anchor Docusaurus gives it. */
export interface PageHeading {
  /** 1-based line of the heading in the source. */
  line: number;
  depth: number;
  /** The heading's text without its `{#custom-id}`. */
  text: string;
  anchor: string;
}

/** The page's top-level headings of depth 2 to 6, in order (anchors slugged over every heading, as Docusaurus does). */
export function pageHeadings(tree: Root): PageHeading[] {
  return headingsOf(tree, headingAnchors(tree));
}

function headingsOf(tree: Root, anchors: HeadingAnchors): PageHeading[] {
  const headings: PageHeading[] = [];
  for (const node of tree.children) {
    if (node.type !== 'heading' || node.depth < 2) continue;
    const {text, anchor} = anchors.get(node)!;
    headings.push({
      line: node.position?.start.line ?? 0,
      depth: node.depth,
      text: text.trim(),
      anchor,
    });
  }
  return headings;
}

/**
 * `pageHeadings` and `pageSections` of one tree, its headings slugged once: what the model keeps of a
 * page's outline (`ParsedPage.headings` and `.sections`), so search reads sections without a parse of its own.
 */
export function pageOutline(
  tree: Root,
  source: string,
): {headings: PageHeading[]; sections: PageSection[]} {
  const anchors = headingAnchors(tree);
  return {headings: headingsOf(tree, anchors), sections: sectionsOf(tree, source, anchors)};
}
