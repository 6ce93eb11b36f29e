// Findings moved along a page: a block taken unchanged from an earlier check of the page stands at
// another offset when text above it changed without adding or removing a line.
import type {Point} from './types.js';

/** Whether two places (either absent) are the same line and column. */
export function samePlace(a: Point | undefined, b: Point | undefined): boolean {
  return (
    a === b || (a !== undefined && b !== undefined && a.line === b.line && a.column === b.column)
  );
}

function isPoint(value: Record<string, unknown>): boolean {
  return (
    typeof value.offset === 'number' &&
    typeof value.line === 'number' &&
    typeof value.column === 'number'
  );
}

/**
 * A copy of `value` (items, pulls, messages: plain data and vfile messages) with every point's offset
 * moved by `by`; the original is left as it is (it may be shared with an earlier result).
 */
export function shiftOffsets<T>(value: T, by: number): T {
  if (Array.isArray(value)) return value.map((entry: unknown) => shiftOffsets(entry, by)) as T;
  if (value === null || typeof value !== 'object') return value;
  const prototype = Object.getPrototypeOf(value) as object | null;
  const copy = Object.create(prototype) as Record<string, unknown>;
  if (prototype === Object.prototype) {
    for (const [key, entry] of Object.entries(value)) copy[key] = shiftOffsets(entry, by);
  } else {
    // A vfile message (an Error): its own properties as they are defined, `stack` and `message` too.
    const descriptors = Object.getOwnPropertyDescriptors(value);
    for (const descriptor of Object.values(descriptors))
      if ('value' in descriptor) descriptor.value = shiftOffsets(descriptor.value, by);
    Object.defineProperties(copy, descriptors);
  }
  if (isPoint(copy)) copy.offset = (copy.offset as number) + by;
  return copy as T;
}
