import type {ParsedPage} from './types.js';

/**
 * Claims the next batch of a shared counter (`Atomics.add` on a `SharedArrayBuffer`), so any thread,
 * the calling one or a worker, takes the next batch without asking another: a worker never waits for
 * a busy calling thread to hand it work. `undefined` when every batch has been taken.
 */
export function claimBatch(claims: Int32Array, count: number): number | undefined {
  const index = Atomics.add(claims, 0, 1);
  return index < count ? index : undefined;
}

/** A counter for `claimBatch`, shareable with worker threads. */
export function batchClaims(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
}

/** Page batches claimed in order by whichever thread is free; results keep the page order. */
export class BatchQueue {
  readonly claims = batchClaims();
  readonly results: (ParsedPage[] | undefined)[];
  constructor(readonly batches: string[][]) {
    this.results = new Array(batches.length);
  }
  take(): number | undefined {
    return claimBatch(this.claims, this.batches.length);
  }
  pages(): ParsedPage[] {
    return this.results.flatMap((batch, index) => {
      if (!batch) throw new Error(`page batch ${index} was taken and never parsed`);
      return batch;
    });
  }
}

/** Splits `paths` into batches of `size` pages, in order. */
export function batchesOf(paths: string[], size: number): string[][] {
  const batches: string[][] = [];
  for (let start = 0; start < paths.length; start += size)
    batches.push(paths.slice(start, start + size));
  return batches;
}
