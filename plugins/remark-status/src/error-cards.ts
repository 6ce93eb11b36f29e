// Dev-server error cards: a problem is shown on the page, at its place, not only in the terminal.
import type {Paragraph, Root, RootContent} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {visit, SKIP} from 'unist-util-visit';
import type {VFile} from 'vfile';
import {importNode, jsxAttribute, jsxAttributes} from './jsx.js';

type Message = VFile['messages'][number];

/** A problem as an error card shows it: what was found, what to do, and the rule's documentation. */
export interface CardProblem {
  message: string;
  hint?: string;
  ruleId?: string;
  url?: string;
  line: number;
  column: number;
}

/** Splits a reason after its first sentence: the finding, then the fix ("Expected …", "The form is …"). */
export function splitReason(reason: string): {message: string; hint?: string} {
  const end = /[.?!](?=\s+[A-Z`(])/.exec(reason);
  if (!end) return {message: reason};
  const hint = reason.slice(end.index + 1).trim();
  return {message: reason.slice(0, end.index + 1), ...(hint ? {hint} : {})};
}

/** The problems a card shows: the page's errors (warnings stay in the terminal and the editor). */
export function cardProblems(messages: readonly Message[]): CardProblem[] {
  return messages
    .filter((message) => message.fatal === true && message.line != null)
    .map((message) => ({
      ...splitReason(message.reason),
      ...(message.ruleId ? {ruleId: message.ruleId} : {}),
      ...(message.url ? {url: message.url} : {}),
      line: message.line!,
      column: message.column ?? 1,
    }));
}

/** The problems whose line falls in a node's lines. */
export function problemsWithin(
  problems: readonly CardProblem[],
  node: {position?: {start: {line: number}; end: {line: number}}},
): CardProblem[] {
  const span = node.position;
  if (!span) return [];
  return problems.filter((p) => p.line >= span.start.line && p.line <= span.end.line);
}

/**
 * Replaces each paragraph that starts on the line of an error (a status block opening that was not
 * read as one shows as a paragraph) by an error card element; returns the problems placed so.
 */
export function insertErrorCards(
  tree: Root,
  problems: readonly CardProblem[],
  component: string,
): CardProblem[] {
  const placed: CardProblem[] = [];
  if (problems.length === 0) return placed;
  visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
    if (index === undefined || !parent || !node.position) return;
    const here = problems.filter((p) => p.line === node.position!.start.line);
    if (here.length === 0) return;
    placed.push(...here);
    const card: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: component,
      attributes: jsxAttributes({problems: here}),
      children: [node as unknown as MdxJsxFlowElement['children'][number]],
      position: node.position,
    };
    parent.children.splice(index, 1, card as unknown as RootContent as Paragraph);
    return SKIP;
  });
  return placed;
}

/** Where the dev server shows errors, and the component that shows one. */
export interface ErrorCardOptions {
  /** Name of the error card's MDX component (`StatusBlockError`). */
  component: string;
  /** A module to import it from on each page that shows one, e.g. `@theme/StatusBlockError`. */
  importSource?: string;
}

/** The local name of the error card's component when the page imports it. */
export const IMPORTED_ERROR_COMPONENT = 'KmportalStatusBlockError';

/**
 * Shows the page's errors where they are: on the card of the block they belong to (a `problems`
 * prop), else as an error card in place of the paragraph they start (a malformed opening).
 */
export function showErrors(
  tree: Root,
  messages: readonly Message[],
  blocks: readonly MdxJsxFlowElement[],
  options: ErrorCardOptions,
): void {
  const problems = cardProblems(messages);
  if (problems.length === 0) return;
  const onCards = new Set<CardProblem>();
  for (const block of blocks) {
    const mine = problemsWithin(problems, block);
    if (mine.length === 0) continue;
    block.attributes.push(jsxAttribute('problems', mine));
    for (const problem of mine) onCards.add(problem);
  }
  const local = options.importSource ? IMPORTED_ERROR_COMPONENT : options.component;
  const rest = problems.filter((problem) => !onCards.has(problem));
  const placed = insertErrorCards(tree, rest, local);
  if (placed.length > 0 && options.importSource)
    tree.children.unshift(importNode(local, options.importSource));
}
