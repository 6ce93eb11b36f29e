// The YAML document of a simple front matter, built without the YAML parser: most pages' front matter
// is a few `key: value` lines (`title: "…"`, `type: evaluation`, `as_of: 2019-09-10`, `sdg: ["4.1", "5"]`),
// and the parser's lexer, CST and composer cost more than the rest of reading the page's metadata
// (most of it before the JIT has warmed up: a build reads each page once). The document is made of the
// library's own nodes (`YAMLMap`, `Pair`, `Scalar`, `YAMLSeq` in a `Document`), with the values, types
// and ranges `parseDocument` gives them, and the line starts its `LineCounter` would hold; any text outside
// this narrow form is left to `parseDocument`. A property test compares both on generated front matter.
import {Document, LineCounter, Pair, Scalar, YAMLMap, YAMLSeq} from 'yaml';

/** A key: a plain word that the core schema reads as a string (not `null`, `true`, a number…). */
const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Words the YAML 1.2 core schema reads as null or a boolean, not a string. */
const KEYWORDS = new Set([
  'null',
  'Null',
  'NULL',
  'true',
  'True',
  'TRUE',
  'false',
  'False',
  'FALSE',
]);
/**
 * A plain scalar read as a string: words of letters, digits and `_ . / -` with single spaces, starting
 * with a letter (so never a number, `-`, `.inf` or an indicator), or a `YYYY-MM-DD` day (no timestamp in
 * the core schema). No `:`, `#`, `,`, brackets or quotes, which would end it or change its meaning.
 */
const PLAIN = /^(?:[A-Za-z][A-Za-z0-9_./-]*(?: [A-Za-z0-9_./-]+)*|\d{4}-\d{2}-\d{2})$/;
/**
 * A double-quoted scalar without escapes: printable ASCII but `"` and `\`, and beyond ASCII letters,
 * marks, digits, punctuation and spaces (no line or paragraph separators, control or format characters).
 */
const QUOTED = /^"(?:[\x20\x21\x23-\x5B\x5D-\x7E]|(?!\p{ASCII})[\p{L}\p{M}\p{N}\p{P}\p{Zs}])*"$/u;
/** Longer lines are left to the parser (an implicit key has a length limit, for one). */
const MAX_LINE = 500;

/** The scalar of `text` at `start` (its range as the composer sets it: value end, node end). */
function scalar(text: string, start: number, nodeEnd: number): Scalar | undefined {
  const end = start + text.length;
  if (QUOTED.test(text)) {
    const value = text.slice(1, -1);
    return Object.assign(new Scalar(value), {
      range: [start, end, nodeEnd] as [number, number, number],
      source: value,
      type: Scalar.QUOTE_DOUBLE,
    });
  }
  if (!PLAIN.test(text) || KEYWORDS.has(text)) return undefined;
  return Object.assign(new Scalar(text), {
    range: [start, end, nodeEnd] as [number, number, number],
    source: text,
    type: Scalar.PLAIN,
  });
}

/** A flow sequence `[a, "b"]` (one or more items, `, ` between them) at `start`, else `undefined`. */
function flowSequence(text: string, start: number, nodeEnd: number): YAMLSeq | undefined {
  if (!text.startsWith('[') || !text.endsWith(']') || text.length < 3) return undefined;
  const seq = new YAMLSeq();
  let at = start + 1;
  for (const part of text.slice(1, -1).split(', ')) {
    // A quoted item holding `, ` was split: left to the parser, as is any other odd item.
    const item = scalar(part, at, at + part.length);
    if (!item) return undefined;
    seq.items.push(item);
    at += part.length + 2;
  }
  seq.flow = true;
  seq.range = [start, start + text.length, nodeEnd];
  return seq;
}

/**
 * The document `parseDocument(value, {lineCounter, prettyErrors: false})` would give, with `lineCounter`
 * filled as it would fill it, when `value` is simple front matter (one `key: value` line each, unique
 * keys, values as above); else `undefined`, and `lineCounter` is untouched.
 */
export function simpleFrontMatter(value: string, lineCounter: LineCounter): Document | undefined {
  if (value === '') return undefined;
  const lines = value.split('\n');
  const map = new YAMLMap();
  const keys = new Set<string>();
  const starts: number[] = [];
  let start = 0;
  for (const line of lines) {
    if (line.length > MAX_LINE) return undefined;
    const colon = line.indexOf(': ');
    if (colon <= 0) return undefined;
    const key = line.slice(0, colon);
    const text = line.slice(colon + 2);
    if (!KEY.test(key) || KEYWORDS.has(key) || keys.has(key)) return undefined;
    keys.add(key);
    const end = start + line.length;
    const nodeEnd = end < value.length ? end + 1 : end;
    const valueStart = start + colon + 2;
    const node = text.startsWith('[')
      ? flowSequence(text, valueStart, nodeEnd)
      : scalar(text, valueStart, nodeEnd);
    if (!node) return undefined;
    const keyNode = Object.assign(new Scalar(key), {
      range: [start, start + colon, start + colon] as [number, number, number],
      source: key,
      type: Scalar.PLAIN,
    });
    map.items.push(new Pair(keyNode, node));
    starts.push(start);
    start = end + 1;
  }
  map.range = [0, value.length, value.length];
  const doc = new Document(null, {lineCounter, prettyErrors: false});
  doc.contents = map;
  doc.range = [0, value.length, value.length];
  for (const offset of starts) lineCounter.addNewLine(offset);
  return doc;
}
