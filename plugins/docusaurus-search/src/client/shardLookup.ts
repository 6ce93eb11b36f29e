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

/** Indexes of the files that may hold words starting with `prefix`. */
export function shardsOfPrefix(list: ShardList, prefix: string): number[] {
  const from = shardOf(list, prefix);
  let to = from;
  while (to + 1 < list.first.length && list.first[to + 1].startsWith(prefix)) to++;
  const shards = Array.from({length: to - from + 1}, (_, offset) => from + offset);
  if (!list.firstWord) return shards;
  // Words of shard i lie from its first word up to the next shard's first word.
  const wordOf = (i: number) => {
    const word = list.firstWord![i];
    return word === 0 ? list.first[i] : word;
  };
  const end = `${prefix}\uffff`;
  return shards.filter((i) => {
    const first = wordOf(i);
    if (first === null || first >= end) return false;
    let next = i + 1;
    while (next < list.first.length && wordOf(next) === null) next++;
    return next === list.first.length || wordOf(next)! > prefix;
  });
}

/** Running sums from 0: sizes → start offsets (and the end); counts → first items. */
export function offsetsOf(sizes: readonly number[]): number[] {
  const offsets = [0];
  for (const size of sizes) offsets.push(offsets.at(-1)! + size);
  return offsets;
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
