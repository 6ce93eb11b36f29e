// A ranking in parallel typed arrays, best first: a prefix on a large site reaches tens of thousands of
// documents with every keystroke, and only the few shown become objects. Pages are taken in order from a
// heap, and each page's documents sorted and written, only when a position that far is read: the box
// reads a dozen, so a keystroke reaching 60,000 documents of 10,000 pages no longer orders all of them.

import type {PageOrder} from './pageOrder.js';

/** A ranked document: its number, page, score and the index terms it matched. */
export interface RankedDoc {
  doc: number;
  page: number;
  score: number;
  terms: string[];
}

/**
 * The pages of a ranking, and their documents not yet in order: `order` gives the slots best first,
 * `pages[slot]` is a slot's page number, its documents `touched[members[starts[slot]…starts[slot + 1]]]`
 * (with, by position in `touched`, their scores and matched-term bits).
 */
export interface RankedPages {
  order: PageOrder;
  pages: readonly number[];
  members: Int32Array;
  starts: Int32Array;
  touched: readonly number[];
  scores: Float64Array;
  bits: Uint32Array;
}

/** Documents ranked best first: position `i` is document `docAt(i)` of page `pageAt(i)`. */
export class Ranking {
  private termLists = new Map<number, string[]>();
  /** Positions written so far (all, without `source`). */
  private filled: number;

  constructor(
    private readonly docs: Int32Array,
    private readonly pages: Int32Array,
    private readonly scores: Float64Array,
    /** Per position, which of `marked` the document matched (one bit each). */
    private readonly bits: Uint32Array,
    readonly marked: readonly string[],
    private readonly source?: RankedPages,
  ) {
    this.filled = source ? 0 : docs.length;
  }

  /** A ranking of `source`'s pages, written as far as it is read. */
  static ofPages(source: RankedPages, marked: readonly string[]): Ranking {
    const count = source.starts[source.pages.length];
    return new Ranking(
      new Int32Array(count),
      new Int32Array(count),
      new Float64Array(count),
      new Uint32Array(count),
      marked,
      source,
    );
  }

  static empty(): Ranking {
    return new Ranking(
      new Int32Array(0),
      new Int32Array(0),
      new Float64Array(0),
      new Uint32Array(0),
      [],
    );
  }

  get length(): number {
    return this.docs.length;
  }

  /** Writes the pages, in rank order, until position `i` is written. */
  private fill(i: number): void {
    const source = this.source;
    if (!source) return;
    const {order, pages, members, starts, touched, scores, bits} = source;
    while (this.filled <= i) {
      const slot = order.next();
      if (slot === -1) return;
      const [from, to] = [starts[slot], starts[slot + 1]];
      sortByScore(members, from, to, scores);
      for (let m = from; m < to; m++, this.filled++) {
        const k = members[m];
        this.docs[this.filled] = touched[k];
        this.pages[this.filled] = pages[slot];
        this.scores[this.filled] = scores[k];
        this.bits[this.filled] = bits[k];
      }
    }
  }

  docAt(i: number): number {
    if (i >= this.filled) this.fill(i);
    return this.docs[i];
  }

  pageAt(i: number): number {
    if (i >= this.filled) this.fill(i);
    return this.pages[i];
  }

  /** The terms a position matched (one shared list per distinct set). */
  termsAt(i: number): string[] {
    if (i >= this.filled) this.fill(i);
    const bits = this.bits[i];
    let list = this.termLists.get(bits);
    if (!list) this.termLists.set(bits, (list = this.marked.filter((_, b) => bits & (1 << b))));
    return list;
  }

  /** The document at a position, as an object. */
  at(i: number): RankedDoc {
    if (i >= this.filled) this.fill(i);
    return {doc: this.docs[i], page: this.pages[i], score: this.scores[i], terms: this.termsAt(i)};
  }

  /** The positions kept, in order, as a ranking of their own. */
  filter(keep: (i: number) => boolean): Ranking {
    if (this.filled < this.length) this.fill(this.length - 1);
    const kept: number[] = [];
    for (let i = 0; i < this.length; i++) if (keep(i)) kept.push(i);
    if (kept.length === this.length) return this;
    const pick = <T extends Int32Array | Float64Array | Uint32Array>(from: T, to: T): T => {
      kept.forEach((i, k) => (to[k] = from[i]));
      return to;
    };
    const n = kept.length;
    return new Ranking(
      pick(this.docs, new Int32Array(n)),
      pick(this.pages, new Int32Array(n)),
      pick(this.scores, new Float64Array(n)),
      pick(this.bits, new Uint32Array(n)),
      this.marked,
    );
  }

  /** How many pages the ranking reaches (a page's documents are together). */
  distinctPages(): number {
    if (this.source) return this.source.pages.length;
    let count = 0;
    for (let i = 0; i < this.length; i++)
      if (i === 0 || this.pages[i] !== this.pages[i - 1]) count++;
    return count;
  }

  /** Every document, as objects. */
  toArray(): RankedDoc[] {
    return Array.from({length: this.length}, (_, i) => this.at(i));
  }
}

/** Sorts `members[from, to)` by score, best first, then by first-seen order (insertion sort: pages hold few). */
export function sortByScore(members: Int32Array, from: number, to: number, scores: Float64Array) {
  for (let i = from + 1; i < to; i++) {
    const k = members[i];
    const value = scores[k];
    let j = i - 1;
    while (
      j >= from &&
      (scores[members[j]] < value || (scores[members[j]] === value && members[j] > k))
    ) {
      members[j + 1] = members[j];
      j--;
    }
    members[j + 1] = k;
  }
}
