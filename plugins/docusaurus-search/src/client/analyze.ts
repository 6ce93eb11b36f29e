import {createLanguagePipeline, localeLanguages, type Language} from './lunr.js';

/** A word of a text and where it is, for indexing, snippets and highlighting. */
export interface Token {
  /** Lower-cased, as written (before stemming and folding). */
  raw: string;
  start: number;
  end: number;
  /** An identifier or number with inner `/`, `.`, `-` or `_`, such as `a/res/72/279` or `11.2.1`. */
  compound: boolean;
  /** Another form of words also tokenized: a camelCase word (before its parts), a run-together compound. */
  variant?: 'camel' | 'joined';
}

// Letters, marks and digits, joined by `/ . - _` when both sides are word characters, so that
// `EXCOM/CONCLU/98`, `A/RES/72/279`, `11.2.1` and `follow-up` stay whole.
const WORD = /[\p{L}\p{M}\p{N}]+(?:[/.\-_][\p{L}\p{M}\p{N}]+)*/gu;
const JOINER = /[/.\-_]/;
const HAS_LETTER = /\p{L}/u;

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;
const LETTER_JOINERS = /^[\p{L}\p{M}\p{N}]+(?:[-_.][\p{L}\p{M}\p{N}]+)+$/u;

/**
 * The words of a text as `tokenize` finds them, before any splitting: each one's tokens are
 * `tokenize` of it alone (offsets aside), whatever is around it.
 */
export function wordMatches(text: string): IterableIterator<RegExpExecArray> {
  return text.matchAll(WORD);
}

function part(raw: string, start: number): Token {
  return {raw, start, end: start + raw.length, compound: false};
}

/** Where a camelCase word breaks: before an upper after a lower, before the last upper of a run before a lower, at digits. */
function camelBreaks(word: string): number[] {
  const chars = Array.from(word);
  const kind = chars.map((c) =>
    UPPER.test(c) ? 'U' : LOWER.test(c) ? 'L' : DIGIT.test(c) ? 'D' : 'O',
  );
  const breaks: number[] = [];
  let offset = 0;
  for (let i = 0; i < chars.length; i++) {
    const [before, here, after] = [kind[i - 1], kind[i], kind[i + 1]];
    const lowerToUpper = before === 'L' && here === 'U';
    const acronymEnd = before === 'U' && here === 'U' && after === 'L';
    const digitEdge = i > 0 && (before === 'D') !== (here === 'D');
    if (lowerToUpper || acronymEnd || digitEdge) breaks.push(offset);
    offset += chars[i].length;
  }
  return breaks;
}

/** An upper-case letter or a digit: without one, a word has no camelCase parts (most words). */
const MAY_BREAK = /[\p{Lu}\p{N}]/u;

/** The parts of a camelCase word (`toHaveBeenCalledWith` → to, have, been, called, with), or none. */
function camelParts(word: string, start: number): Token[] {
  if (!MAY_BREAK.test(word)) return [];
  const breaks = camelBreaks(word);
  if (!breaks.some((at) => /\p{L}/u.test(word[at] ?? ''))) return [];
  const bounds = [0, ...breaks, word.length];
  return bounds
    .slice(1)
    .map((end, i) => part(word.slice(bounds[i], end).toLowerCase(), start + bounds[i]));
}

/** Runs of 2 to 4 consecutive parts of a compound, run together (`npm-dist-tag` → npmdist, disttag, npmdisttag). */
function joinedRuns(original: string, start: number): Token[] {
  const pieces = Array.from(original.matchAll(/[\p{L}\p{M}\p{N}]+/gu)).slice(0, 6);
  const runs: Token[] = [];
  for (let from = 0; from < pieces.length; from++)
    for (let to = from + 2; to <= Math.min(pieces.length, from + 4); to++) {
      const first = pieces[from];
      const last = pieces[to - 1];
      const raw = pieces
        .slice(from, to)
        .map((p) => p[0].toLowerCase())
        .join('');
      const runStart = start + first.index;
      runs.push({
        raw,
        start: runStart,
        end: start + last.index + last[0].length,
        compound: false,
        variant: 'joined',
      });
    }
  return runs;
}

/** A compound's parts, and for `-`, `_`, `.` compounds their run-together form (`dist-tag` → `disttag`). */
function compoundParts(original: string, raw: string, start: number): Token[] {
  const parts: Token[] = [];
  for (const piece of original.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    parts.push(part(piece[0].toLowerCase(), start + piece.index));
    parts.push(...camelParts(piece[0], start + piece.index));
  }
  if (LETTER_JOINERS.test(raw)) parts.push(...joinedRuns(original, start));
  return parts;
}

/**
 * Splits text into tokens; a compound with letters also yields its parts (so `excom` finds
 * `EXCOM/CONCLU/98`) and, joined by `-`, `_` or `.`, its run-together form (`packagelock` finds
 * `package-lock`); a camelCase word yields its parts (`called` finds `toHaveBeenCalledWith`).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of wordMatches(text)) {
    const raw = match[0].toLowerCase();
    const start = match.index;
    const compound = JOINER.test(raw);
    const token: Token = {raw, start, end: start + raw.length, compound};
    if (compound) {
      tokens.push(token);
      if (HAS_LETTER.test(raw)) tokens.push(...compoundParts(match[0], raw, start));
      continue;
    }
    const camel = camelParts(match[0], start);
    tokens.push(camel.length ? {...token, variant: 'camel'} : token, ...camel);
  }
  return tokens;
}

/** Removes diacritics, so `évaluation` and `evaluation` are one term (and `ё` is `е`). */
export function foldAccents(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

let languages: readonly Language[] = localeLanguages('en');
let pipeline = createLanguagePipeline(languages);
const cache = new Map<string, string | undefined>();

/**
 * Sets the languages whose stop words and stemmers `termOf` applies (a locale's, `localeLanguages`):
 * the index of a locale is built, and queried, with the same. Default: English, French, Russian.
 */
export function useLanguages(next: readonly Language[]): void {
  if (next.join() === languages.join()) return;
  languages = [...next];
  pipeline = createLanguagePipeline(languages);
  cache.clear();
}

/** The languages `termOf` applies now. */
export function currentLanguages(): readonly Language[] {
  return languages;
}

/** The index term of a token: stop words dropped, stemmed in the analyzer's languages, case and accents folded. */
export function termOf(token: Pick<Token, 'raw' | 'compound'>): string | undefined {
  if (token.compound) return foldAccents(token.raw);
  if (cache.has(token.raw)) return cache.get(token.raw);
  // ё is written е as often as not: one letter before the Russian stemmer sees it.
  const term = pipeline.runString(token.raw.replaceAll('ё', 'е'))[0];
  const folded = term ? foldAccents(term) : undefined;
  if (cache.size > 50_000) cache.clear();
  cache.set(token.raw, folded);
  return folded;
}

/** The index terms of a text, in order. */
export function analyze(text: string): string[] {
  return tokenize(text).flatMap((token) => termOf(token) ?? []);
}

/** Adjacent pairs of the whole words of a text (`management response`), for exact-phrase ranking. */
export function termPairs(text: string): string[] {
  return pairsOf(tokenize(text));
}

function pairsOf(tokens: Token[]): string[] {
  const terms = wholeWords(tokens).flatMap((token) => termOf(token) ?? []);
  return terms.slice(1).map((term, index) => `${terms[index]} ${term}`);
}

/**
 * A text's index terms (`analyze`) and the terms of its whole words in order, each two consecutive ones
 * a pair (`termPairs`), from one tokenization of it: what indexing a field needs.
 */
export function analyzeWords(text: string): {terms: string[]; words: string[]} {
  const tokens = tokenize(text);
  const terms = tokens.flatMap((token) => termOf(token) ?? []);
  return {terms, words: wholeWords(tokens).flatMap((token) => termOf(token) ?? [])};
}

/** `analyze` and `termPairs` of a text from one tokenization of it. */
export function analyzeText(text: string): {terms: string[]; pairs: string[]} {
  const {terms, words} = analyzeWords(text);
  return {terms, pairs: words.slice(1).map((term, index) => `${words[index]} ${term}`)};
}

/** The words of a token list as written (for pairs): parts stand for compounds and camelCase words. */
export function wholeWords(tokens: Token[]): Token[] {
  return tokens.filter(
    (token) => !(token.compound && HAS_LETTER.test(token.raw)) && !token.variant,
  );
}
