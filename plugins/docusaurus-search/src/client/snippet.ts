import {termOf, tokenize} from './analyze.js';
import type {MarkedText} from './marked.js';

export {markedParts, type MarkedText} from './marked.js';

/** The words of a text: where each is and its index term (`undefined` for a stop word). */
interface TextTerms {
  starts: Int32Array;
  ends: Int32Array;
  terms: (string | undefined)[];
}

/** Texts analysed lately: a result's title and text are marked again with every keystroke. */
const analysed = new Map<string, TextTerms>();
const MAX_ANALYSED = 2000;

function textTerms(text: string): TextTerms {
  let found = analysed.get(text);
  if (found) return found;
  const tokens = tokenize(text).sort((a, b) => a.start - b.start);
  found = {
    starts: Int32Array.from(tokens, (token) => token.start),
    ends: Int32Array.from(tokens, (token) => token.end),
    terms: tokens.map((token) => termOf(token)),
  };
  if (analysed.size >= MAX_ANALYSED) analysed.clear();
  analysed.set(text, found);
  return found;
}

/** Ranges of `text` whose words have one of the index `terms`, merged where they overlap. */
export function findMarks(text: string, terms: ReadonlySet<string>): [number, number][] {
  const {starts, ends, terms: termAt} = textTerms(text);
  const merged: [number, number][] = [];
  for (let i = 0; i < termAt.length; i++) {
    const term = termAt[i];
    if (term === undefined || !terms.has(term)) continue;
    const last = merged.at(-1);
    if (last && starts[i] <= last[1]) last[1] = Math.max(last[1], ends[i]);
    else merged.push([starts[i], ends[i]]);
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

const flattened = new Map<string, string>();

/** The text with its runs of white space as one space (remembered, like its words). */
function flatText(text: string): string {
  let flat = flattened.get(text);
  if (flat === undefined) {
    flat = text.replace(/\s+/g, ' ').trim();
    if (flattened.size >= MAX_ANALYSED) flattened.clear();
    flattened.set(text, flat);
  }
  return flat;
}

/** A window of about `length` characters of `text` around its densest matches, with their marks. */
export function createSnippet(text: string, terms: ReadonlySet<string>, length = 180): MarkedText {
  const flat = flatText(text);
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
