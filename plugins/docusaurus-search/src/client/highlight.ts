import {termOf, tokenize} from './analyze.js';

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

/** Wraps the words of one text node whose terms are searched in marks; the text stays text. */
function markTextNode(node: Text, terms: ReadonlySet<string>): HTMLElement[] {
  const text = node.data;
  const ranges = tokenize(text).filter((token) => !token.compound || !/\p{L}/u.test(token.raw));
  const hits = ranges.filter((token) => terms.has(termOf(token) ?? ''));
  if (hits.length === 0) return [];
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

/** Marks every word of the article whose term is searched, and returns the marks in page order. */
export function highlightTerms(root: Element, terms: string[]): HTMLElement[] {
  const wanted = new Set(terms);
  return textNodes(root).flatMap((node) => markTextNode(node, wanted));
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
