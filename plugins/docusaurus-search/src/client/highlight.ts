import {tokenize, useLanguages} from './analyze.js';
import {localeLanguages} from './lunr.js';
import {matchingTokens} from './match.js';

/** Class of the `<mark>` elements that highlight search words on a page. */
export const HIGHLIGHT_CLASS = 'kb-search-highlight';

function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(`mark.${HIGHLIGHT_CLASS}, script, style, .hash-link`)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** Wraps the given word ranges of one text node in marks; the text stays text. */
function markRanges(node: Text, hits: readonly {start: number; end: number}[]): HTMLElement[] {
  if (hits.length === 0) return [];
  const text = node.data;
  const fragment = document.createDocumentFragment();
  const marks: HTMLElement[] = [];
  let at = 0;
  for (const hit of hits) {
    if (hit.start < at) continue;
    fragment.append(document.createTextNode(text.slice(at, hit.start)));
    const mark = document.createElement('mark');
    mark.className = HIGHLIGHT_CLASS;
    mark.textContent = text.slice(hit.start, hit.end);
    fragment.append(mark);
    marks.push(mark);
    at = hit.end;
  }
  fragment.append(document.createTextNode(text.slice(at)));
  node.replaceWith(fragment);
  return marks;
}

/** Removes the marks of an earlier highlight. */
export function clearHighlights(root: ParentNode = document): void {
  for (const mark of root.querySelectorAll(`mark.${HIGHLIGHT_CLASS}`)) {
    mark.replaceWith(document.createTextNode(mark.textContent ?? ''));
  }
}

/**
 * Marks the words of the article that the words searched (as typed) match, as the engine matches them
 * (any inflection, longer words, else typos); returns the marks in page order.
 */
export function highlightWords(root: Element, query: string): HTMLElement[] {
  const nodes = textNodes(root);
  const tokens = nodes.map((node) =>
    tokenize(node.data).filter(
      (token) => token.variant !== 'joined' && !(token.compound && /\p{L}/u.test(token.raw)),
    ),
  );
  // Typos are judged over the whole article: a word found exactly anywhere is not looked for as a typo.
  const all = tokens.flat();
  const matched = new Set(matchingTokens(query, all));
  return nodes.flatMap((node, i) =>
    markRanges(
      node,
      tokens[i].filter((token) => matched.has(token)),
    ),
  );
}

/** The first mark at or after the element the URL's hash points to, else the first mark. */
export function firstMarkToShow(marks: HTMLElement[], hash: string): HTMLElement | undefined {
  const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
  if (!target) return marks[0];
  return (
    marks.find(
      (mark) =>
        target.contains(mark) ||
        target.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING,
    ) ?? marks[0]
  );
}

/** Analyses the page's words in its locale's languages, as that locale's index was built. */
export function useLocaleLanguages(locale: string): void {
  useLanguages(localeLanguages(locale));
}
