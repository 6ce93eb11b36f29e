// Typo tolerance: which index words are within a typed word's edit distance.

/** Edits allowed for a word of this many letters: 1 from 4 letters, 2 from 8, none below 4. */
export function allowedEdits(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions and adjacent swaps, each 1)
 * between `a` and `b`, or `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let [before, previous, current] = rows(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2] + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length];
}

/** Three rows of the distance table, reused by every comparison (a typo scan compares thousands of words). */
let buffers = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

function rows(length: number): Int32Array[] {
  if (buffers[0].length < length)
    buffers = [0, 1, 2].map(() => new Int32Array(Math.max(length, 2 * buffers[0].length)));
  return buffers;
}

/** A word of the index near a typed word, and how many edits away. */
export interface TypoMatch {
  term: string;
  edits: number;
}

/**
 * The vocabulary words within the allowed edits of a typed word, nearest first. `typed` is compared
 * both as typed (folded) and as its stem, since the vocabulary holds stems (`pakage` → `packag`).
 */
export function typoMatches(
  vocabulary: readonly string[],
  typed: string,
  stem: string | undefined,
  limit = 8,
): TypoMatch[] {
  // Each keystroke after a finished word scans the vocabulary for that word's typos again: remembered.
  let known = scanned.get(vocabulary);
  if (!known) scanned.set(vocabulary, (known = new Map()));
  const key = `${typed}\u0000${stem ?? ''}\u0000${limit}`;
  let found = known.get(key);
  if (!found) known.set(key, (found = scanTypos(vocabulary, typed, stem, limit)));
  return found;
}

/** Typo scans done, by vocabulary, then by word, stem and limit. */
const scanned = new WeakMap<readonly string[], Map<string, TypoMatch[]>>();

function scanTypos(
  vocabulary: readonly string[],
  typed: string,
  stem: string | undefined,
  limit: number,
): TypoMatch[] {
  const max = allowedEdits(typed.length);
  if (max === 0) return [];
  const forms = stem && stem !== typed ? [typed, stem] : [typed];
  const found: TypoMatch[] = [];
  for (const term of vocabulary) {
    if (term === typed || term === stem) continue;
    let edits = max + 1;
    for (const form of forms) edits = Math.min(edits, editDistance(form, term, max));
    if (edits <= max) found.push({term, edits});
  }
  return found.sort((a, b) => a.edits - b.edits || a.term.localeCompare(b.term)).slice(0, limit);
}
