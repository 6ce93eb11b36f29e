import type {CompiledEntry, CompiledIndex} from './index-data.js';
import type {Token} from './tokenize.js';

/** Where one entry was found: token positions `[from, to)`. */
export interface Occurrence {
  entry: CompiledEntry;
  from: number;
  to: number;
}

function matchesAt(tokens: Token[], at: number, stems: string[]): boolean {
  if (at + stems.length > tokens.length) return false;
  for (let k = 1; k < stems.length; k++) if (tokens[at + k].stem !== stems[k]) return false;
  return true;
}

/** Every occurrence of every entry of `index` in `tokens`. */
export function findOccurrences(tokens: Token[], index: CompiledIndex): Occurrence[] {
  const found: Occurrence[] = [];
  for (let at = 0; at < tokens.length; at++) {
    for (const entry of index.get(tokens[at].stem) ?? []) {
      if (matchesAt(tokens, at, entry.stems)) {
        found.push({entry, from: at, to: at + entry.stems.length});
      }
    }
  }
  return found;
}

/**
 * Drops occurrences inside a longer, at least as weighty one of any goal: in `domestic violence`
 * (goal 5) the word `violence` does not count again for goal 16, nor `food` in `food waste`.
 */
export function dropShadowed(found: Occurrence[]): Occurrence[] {
  // Per token position: the occurrences over it, as [length, weight].
  const over = new Map<number, [number, number][]>();
  for (const o of found) {
    for (let t = o.from; t < o.to; t++) {
      const list = over.get(t) ?? over.set(t, []).get(t)!;
      list.push([o.to - o.from, o.entry.weight]);
    }
  }
  return found.filter((o) => {
    const length = o.to - o.from;
    for (let t = o.from; t < o.to; t++) {
      if (!over.get(t)!.some(([l, w]) => l > length && w >= o.entry.weight)) return true;
    }
    return false;
  });
}

/**
 * Drops occurrences whose words all belong to weightier ones of the same goal: `renewable
 * energy` counts once for goal 7, not again as `energy`; `water and sanitation` (a weak UN
 * phrase) adds nothing beside `water` and `sanitation`.
 */
export function dropCovered(found: Occurrence[]): Occurrence[] {
  const order = [...found].sort(
    (a, b) => b.entry.weight - a.entry.weight || b.to - b.from - (a.to - a.from) || a.from - b.from,
  );
  const covered = new Set<string>();
  // The same phrase listed under a goal and one of its targets counts for both codes.
  const spans = new Set<string>();
  const kept: Occurrence[] = [];
  for (const occurrence of order) {
    const slots: string[] = [];
    for (let t = occurrence.from; t < occurrence.to; t++)
      slots.push(`${occurrence.entry.goal}:${t}`);
    const span = `${occurrence.entry.key}:${occurrence.from}`;
    if (slots.every((slot) => covered.has(slot)) && !spans.has(span)) continue;
    kept.push(occurrence);
    spans.add(span);
    for (const slot of slots) covered.add(slot);
  }
  return kept.sort((a, b) => a.from - b.from || a.entry.code.localeCompare(b.entry.code));
}
