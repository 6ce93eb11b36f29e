// Authoring safety: in a portal where many units' focal points edit pages, none of them may make every
// reader's browser run script. Raw `<script>`, `on…=` handlers and script URLs in a page, and `</script` in
// its front matter, are errors with a place and a hint (`ModelOptions.authoringSafety`, on by default).
import type {Html, Root, Text} from 'mdast';
import {visit} from 'unist-util-visit';
import type {VFile} from 'vfile';
import {isScalar, visit as visitYaml, type Document, type Node as YamlNode} from 'yaml';
import {code, report} from './diagnostics.js';
import {withActions} from './derive.js';
import {htmlTags, isUrlAttribute, unsafeUrl, type HtmlTag} from './html-scan.js';
import type {Point, StatusItem} from './types.js';

/** Findings reported per page at most: a page of a million handlers is reported, not listed. */
export const MAX_SAFETY_FINDINGS = 20;

const HINT =
  'The portal does not allow it (authoring safety; see the security section of the README).';

/** A node whose text is scanned for tags: raw HTML, or text of an MDX page (where it may be JSX). */
type Scanned = Html | Text;

/** Where `offset` of a node's text is in the file (its lines may be indented inside a container). */
function placeInHtml(node: Scanned, offset: number, lines: readonly string[]): Point {
  const start = node.position!.start;
  const before = node.value.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  const column = offset - lineStart;
  if (lineStart === 0) return {line: start.line, column: start.column + column};
  const line = start.line + before.split('\n').length - 1;
  const lineEnd = node.value.indexOf('\n', lineStart);
  const written = node.value.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
  const shift = Math.max(0, (lines[line - 1] ?? '').indexOf(written));
  return {line, column: shift + column + 1};
}

/** The reasons one start tag is unsafe, each with the offset (in the HTML text) it is found at. */
function tagFindings(tag: HtmlTag): {reason: string; offset: number; ruleId: string}[] {
  const found: {reason: string; offset: number; ruleId: string}[] = [];
  if (tag.name === 'script') {
    found.push({
      reason: `Raw \`<script>\` in a page runs in every reader's browser. ${HINT} Remove it; to show code, put it in a fenced code block.`,
      offset: tag.offset,
      ruleId: 'unsafe-html',
    });
  }
  for (const attribute of tag.attributes) {
    if (/^on[a-z]/.test(attribute.name)) {
      found.push({
        reason: `Event handler ${code(`${attribute.name}=`)} on \`<${tag.name}>\` runs script in every reader's browser. ${HINT} Remove it; behaviour belongs in a theme component.`,
        offset: attribute.offset,
        ruleId: 'unsafe-html',
      });
      continue;
    }
    const why = isUrlAttribute(attribute.name) && unsafeUrl(attribute.value, tag.name === 'img');
    if (why) {
      found.push({
        reason: `Unsafe ${code(`${attribute.name}=`)} on \`<${tag.name}>\`: ${why}. ${HINT} Link to an \`https:\` address or a page of the site.`,
        offset: attribute.offset,
        ruleId: 'unsafe-url',
      });
    }
  }
  return found;
}

/** What `checkPageSafety` reports on. */
export interface SafetyTarget {
  file: VFile;
  /** The page's lines, for places inside containers. */
  lines: readonly string[];
  /** How many more findings may be reported. */
  left: number;
}

function add(target: SafetyTarget, reason: string, place: Point, ruleId: string): void {
  if (target.left-- <= 0) return;
  report(target.file, reason, place, ruleId);
}

function checkHtml(node: Scanned, target: SafetyTarget): void {
  for (const tag of htmlTags(node.value)) {
    for (const finding of tagFindings(tag)) {
      if (target.left <= 0) return;
      add(target, finding.reason, placeInHtml(node, finding.offset, target.lines), finding.ruleId);
    }
  }
}

/** Reports unsafe evidence links of items (and their key actions), at most `target.left` more. */
export function checkEvidenceUrls(items: readonly StatusItem[], target: SafetyTarget): void {
  for (const action of withActions(items)) {
    for (const evidence of action.evidence ?? []) {
      const why = unsafeUrl(evidence.href);
      if (!why) continue;
      const reason = `Unsafe evidence link ${code(evidence.href.slice(0, 60))}: ${why}. ${HINT} Give an \`https:\` address or a path.`;
      add(target, reason, evidence.place, 'unsafe-url');
    }
  }
}

/** Where a page's findings go: its file, its lines, and room for `MAX_SAFETY_FINDINGS`. */
export function safetyTarget(file: VFile, lines = String(file.value).split('\n')): SafetyTarget {
  return {file, lines, left: MAX_SAFETY_FINDINGS};
}

/** Reports raw `<script>`, `on…=` handlers and script URLs in `tree` (a page, or one block of it). */
export function checkTreeSafety(tree: Root, target: SafetyTarget): void {
  // The model reads `.mdx` pages as Markdown: their JSX (`<button onClick={…}>`) comes as text.
  const mdx = /\.mdx$/i.test(target.file.path);
  visit(tree, (node) => {
    if (target.left <= 0) return false;
    if (node.type === 'html' || (mdx && node.type === 'text' && node.value.includes('<')))
      checkHtml(node, target);
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const why = unsafeUrl(node.url, node.type === 'image');
    if (!why || !node.position) return;
    const reason = `Unsafe ${node.type === 'image' ? 'image' : 'link'} URL ${code(node.url.slice(0, 60))}: ${why}. ${HINT} Link to an \`https:\` address or a page of the site.`;
    add(target, reason, node.position.start, 'unsafe-url');
  });
}

/** Reports raw `<script>`, `on…=` handlers and script URLs in a page's tree and its items' evidence. */
export function checkPageSafety(tree: Root, file: VFile, items: readonly StatusItem[]): void {
  const target = safetyTarget(file);
  checkTreeSafety(tree, target);
  checkEvidenceUrls(items, target);
}

/**
 * Reports front-matter strings holding `</script`: Docusaurus writes `title` and `sidebar_label` into the
 * page's JSON-LD `<script>` without escaping `<`, so such a value would end it and run what follows.
 */
export function checkFrontMatterSafety(
  doc: Document,
  file: VFile,
  locate: (node: YamlNode) => Point,
): void {
  visitYaml(doc, {
    Scalar(_, node) {
      if (!isScalar(node) || typeof node.value !== 'string') return;
      if (!/<\/script/i.test(node.value)) return;
      report(
        file,
        `\`</script\` in a front-matter value would end the page's structured-data script, and what follows would run in every reader's browser. ${HINT} Write the text without \`</script\`.`,
        locate(node),
        'unsafe-front-matter',
      );
    },
  });
}
