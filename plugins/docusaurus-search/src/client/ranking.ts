// A ranking in parallel typed arrays, best first: a prefix on a large site reaches tens of thousands of
// documents with every keystroke, and only the few shown become objects.

/** A ranked document: its number, page, score and the index terms it matched. */
export interface RankedDoc {
  doc: number;
  page: number;
  score: number;
  terms: string[];
}

/** Documents ranked best first: position `i` is document `docs[i]` of page `pages[i]`. */
export class Ranking {
  private termLists = new Map<number, string[]>();

  constructor(
    readonly docs: Int32Array,
    readonly pages: Int32Array,
    readonly scores: Float64Array,
    /** Per position, which of `marked` the document matched (one bit each). */
    readonly bits: Uint32Array,
    readonly marked: readonly string[],
  ) {}

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

  /** The terms a position matched (one shared list per distinct set). */
  termsAt(i: number): string[] {
    const bits = this.bits[i];
    let list = this.termLists.get(bits);
    if (!list) this.termLists.set(bits, (list = this.marked.filter((_, b) => bits & (1 << b))));
    return list;
  }

  /** The document at a position, as an object. */
  at(i: number): RankedDoc {
    return {doc: this.docs[i], page: this.pages[i], score: this.scores[i], terms: this.termsAt(i)};
  }

  /** The positions kept, in order, as a ranking of their own. */
  filter(keep: (i: number) => boolean): Ranking {
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
