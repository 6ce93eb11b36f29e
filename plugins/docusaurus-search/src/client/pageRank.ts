// The page-level steps of a ranking: each page's best and second-best document, the documents of each
// kept page together (pages are sorted, then each page's few documents, never every document against
// every other: a prefix can reach most documents of a large site).
import type {Scratch} from './score.js';

/** Each page's best document and second best, and the words its documents cover together. */
export function scorePages(touched: number[], pages: Int32Array, scratch: Scratch): void {
  const {masks, scores, pageMasks, pageBest, pageSecond} = scratch;
  for (const page of pages) {
    pageMasks[page] = 0;
    pageBest[page] = 0;
    pageSecond[page] = 0;
  }
  for (let k = 0; k < touched.length; k++) {
    const page = pages[k];
    const doc = touched[k];
    const score = scores[doc];
    pageMasks[page] |= masks[doc];
    if (score > pageBest[page]) {
      pageSecond[page] = pageBest[page];
      pageBest[page] = score;
    } else if (score > pageSecond[page]) pageSecond[page] = score;
  }
}

/** The pages kept, in first-seen order, and per page (by slot) the positions in `touched` of its documents. */
export interface PageGroups {
  pages: number[];
  /** Positions in `touched`, page after page (slot order), each page's in first-seen order. */
  members: Int32Array;
  /** Where each slot's members start in `members` (and the end). */
  starts: Int32Array;
}

export function groupByPage(
  touched: number[],
  pages: Int32Array,
  keep: (page: number) => boolean,
  scratch: Scratch,
): PageGroups {
  const {pageSlot} = scratch;
  const kept: number[] = [];
  const counts: number[] = [];
  for (let k = 0; k < touched.length; k++) {
    const page = pages[k];
    if (pageSlot[page] === -1) {
      if (!keep(page)) continue;
      pageSlot[page] = kept.length;
      kept.push(page);
      counts.push(0);
    }
    counts[pageSlot[page]]++;
  }
  const starts = new Int32Array(kept.length + 1);
  for (let slot = 0; slot < kept.length; slot++) starts[slot + 1] = starts[slot] + counts[slot];
  const fill = starts.slice(0, kept.length);
  const members = new Int32Array(starts[kept.length]);
  for (let k = 0; k < touched.length; k++) {
    const slot = pageSlot[pages[k]];
    if (slot !== -1) members[fill[slot]++] = k;
  }
  for (const page of kept) pageSlot[page] = -1;
  return {pages: kept, members, starts};
}
