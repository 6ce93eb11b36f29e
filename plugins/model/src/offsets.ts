// Findings moved along a page: a block taken unchanged from an earlier check of the page stands at
// another offset (and line, when text above it gained or lost lines).
import type {Point} from './types.js';

/** Whether two places (either absent) are the same line and column. */
export function samePlace(a: Point | undefined, b: Point | undefined): boolean {
  return (
    a === b || (a !== undefined && b !== undefined && a.line === b.line && a.column === b.column)
  );
}

function isPoint(value: Record<string, unknown>): boolean {
  return typeof value.line === 'number' && typeof value.column === 'number';
}

/** How far a place moved: characters (`offset`) and lines. */
export interface Shift {
  offset: number;
  lines: number;
}

/**
 * A copy of `value` (items, pulls, messages: plain data and vfile messages) with every point moved by
 * `by` (its offset, when it has one, and its line); the original is left as it is (it may be shared
 * with an earlier result). A message's own `line` moves too; its text is left as it is, so a caller
 * moves by lines only findings whose texts name no line.
 */
export function shiftOffsets<T>(value: T, by: number | Shift): T {
  const shift = typeof by === 'number' ? {offset: by, lines: 0} : by;
  return shiftValue(value, shift);
}

function shiftEntry(entry: unknown, by: Shift): unknown {
  return entry !== null && typeof entry === 'object' ? shiftValue(entry, by) : entry;
}

// Once per keystroke for every block below the edit: plain loops, no entry arrays (Object.entries made
// most of the garbage of a keystroke's shift).
function shiftValue<T>(value: T, by: Shift): T {
  if (Array.isArray(value)) {
    const list = new Array<unknown>(value.length);
    for (let index = 0; index < value.length; index++) list[index] = shiftEntry(value[index], by);
    return list as T;
  }
  if (value === null || typeof value !== 'object') return value;
  const prototype = Object.getPrototypeOf(value) as object | null;
  let copy: Record<string, unknown>;
  if (prototype === Object.prototype) {
    copy = {};
    const source = value as Record<string, unknown>;
    for (const key in source) copy[key] = shiftEntry(source[key], by);
  } else {
    // A vfile message (an Error): its own properties as they are defined, `stack` and `message` too.
    copy = Object.create(prototype) as Record<string, unknown>;
    const descriptors = Object.getOwnPropertyDescriptors(value);
    for (const descriptor of Object.values(descriptors))
      if ('value' in descriptor) descriptor.value = shiftValue(descriptor.value, by);
    Object.defineProperties(copy, descriptors);
  }
  if (isPoint(copy)) {
    if (typeof copy.offset === 'number') copy.offset += by.offset;
    copy.line = (copy.line as number) + by.lines;
  }
  return copy as T;
}
