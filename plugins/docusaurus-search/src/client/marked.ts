// Marked text as results carry it, and its parts for a renderer. Kept apart from the snippet code (which
// needs the analyzer and its stemmers) because the search box renders it on every page: the analyzer
// stays in the worker and the highlighter, out of the bundle every page loads.

/** Text with the character ranges to mark, `[start, end)`, sorted and not overlapping. */
export interface MarkedText {
  text: string;
  marks: readonly (readonly [number, number])[];
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
