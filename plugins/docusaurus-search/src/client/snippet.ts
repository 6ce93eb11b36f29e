import {termOf, tokenize} from './analyze.js';

/** Text with the character ranges to mark, `[start, end)`, sorted and not overlapping. */
export interface MarkedText {
  text: string;
  marks: readonly (readonly [number, number])[];
}

/** Ranges of `text` whose words have one of the index `terms`, merged where they overlap. */
export function findMarks(text: string, terms: ReadonlySet<string>): [number, number][] {
  const ranges = tokenize(text)
    .filter((token) => {
      const term = termOf(token);
      return term !== undefined && terms.has(term);
    })
    .map((token): [number, number] => [token.start, token.end])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** The start of the window of `length` characters holding the most marks. */
function bestWindow(marks: [number, number][], length: number): number {
  let best = 0;
  let bestCount = 0;
  for (let i = 0, j = 0; i < marks.length; i++) {
    while (j < marks.length && marks[j][1] <= marks[i][0] + length) j++;
    if (j - i <= bestCount) continue;
    bestCount = j - i;
    best = marks[i][0];
  }
  return best;
}

/** A window of about `length` characters of `text` around its densest matches, with their marks. */
export function createSnippet(text: string, terms: ReadonlySet<string>, length = 180): MarkedText {
  const flat = text.replace(/\s+/g, ' ').trim();
  const marks = findMarks(flat, terms);
  if (flat.length <= length) return {text: flat, marks};
  const anchor = marks.length ? bestWindow(marks, length) : 0;
  let start = Math.max(0, anchor - Math.floor(length / 4));
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  let end = Math.min(flat.length, start + length);
  if (end < flat.length)
    end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end;
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < flat.length ? ' …' : '';
  const shift = prefix.length - start;
  const inside = marks
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): [number, number] => [s + shift, e + shift]);
  return {text: prefix + flat.slice(start, end) + suffix, marks: inside};
}

/** Splits marked text into plain and marked parts, in order (what a renderer maps to elements). */
export function markedParts(marked: MarkedText): {text: string; marked: boolean}[] {
  const parts: {text: string; marked: boolean}[] = [];
  let at = 0;
  for (const [start, end] of marked.marks) {
    if (start > at) parts.push({text: marked.text.slice(at, start), marked: false});
    parts.push({text: marked.text.slice(start, end), marked: true});
    at = end;
  }
  if (at < marked.text.length) parts.push({text: marked.text.slice(at), marked: false});
  return parts;
}
