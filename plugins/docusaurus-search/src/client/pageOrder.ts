// The order of a ranking's pages, found as far as it is read: a heap of the pages, best on top. The box
// reads a dozen results, so a keystroke reaching 10,000 pages takes a dozen pops of the heap, not a
// sort of every page (which was most of a key's ranking time at that size).

/** Pages (by slot) best first: more words covered, then a higher key, then a lower page number. */
export class PageOrder {
  private heap: Int32Array;
  private size: number;

  constructor(
    private readonly words: Int32Array,
    private readonly keys: Float64Array,
    private readonly pages: readonly number[],
  ) {
    this.size = pages.length;
    this.heap = Int32Array.from(pages, (_, slot) => slot);
    for (let i = (this.size >> 1) - 1; i >= 0; i--) this.sink(i);
  }

  /** Whether slot `a` ranks before slot `b`. */
  private before(a: number, b: number): boolean {
    const {words, keys, pages} = this;
    if (words[a] !== words[b]) return words[a] > words[b];
    if (keys[a] !== keys[b]) return keys[a] > keys[b];
    return pages[a] < pages[b];
  }

  private sink(i: number): void {
    const {heap} = this;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) return;
      const right = left + 1;
      const child = right < this.size && this.before(heap[right], heap[left]) ? right : left;
      if (!this.before(heap[child], heap[i])) return;
      [heap[i], heap[child]] = [heap[child], heap[i]];
      i = child;
    }
  }

  /** The next page's slot in rank order, or -1 when every page was taken. */
  next(): number {
    if (this.size === 0) return -1;
    const top = this.heap[0];
    this.heap[0] = this.heap[--this.size];
    this.sink(0);
    return top;
  }
}
