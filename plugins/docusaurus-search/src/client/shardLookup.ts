import type {ShardList} from './format.js';

/** Index of the file holding `term`: the last file whose first term is not after it. */
export function shardOf(list: ShardList, term: string): number {
  let low = 0;
  let high = list.first.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (list.first[middle] <= term) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Indexes of the files that may hold terms starting with `prefix`. */
export function shardsOfPrefix(list: ShardList, prefix: string): number[] {
  const from = shardOf(list, prefix);
  let to = from;
  while (to + 1 < list.first.length && list.first[to + 1].startsWith(prefix)) to++;
  return Array.from({length: to - from + 1}, (_, offset) => from + offset);
}

/** Index of the docs file holding document `doc`. */
export function chunkOfDoc(first: number[], doc: number): number {
  let low = 0;
  let high = first.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (first[middle] <= doc) low = middle;
    else high = middle - 1;
  }
  return low;
}
