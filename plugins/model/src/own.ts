// Lookups keyed by content (ids, unit codes, slugs, paths) must not reach `Object.prototype`: an item
// `#constructor` or a unit `__proto__` is valid input. Maps are preferred; these helpers cover the plain
// objects that cross JSON (global data, history timelines) and so cannot be Maps.

/** An empty object without a prototype, so `record['constructor']` is `undefined` until set. */
export function nullRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** `record[key]` when `record` has its own property `key`, else `undefined` (never an inherited member). */
export function ownValue<T>(
  record: Readonly<Record<string, T>> | null | undefined,
  key: string,
): T | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}
