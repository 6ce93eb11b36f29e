import {createLanguagePipeline} from './lunr.js';

/** A word of a text and where it is, for indexing, snippets and highlighting. */
export interface Token {
  /** Lower-cased, as written (before stemming and folding). */
  raw: string;
  start: number;
  end: number;
  /** An identifier or number with inner `/`, `.`, `-` or `_`, such as `a/res/72/279` or `11.2.1`. */
  compound: boolean;
}

// Letters, marks and digits, joined by `/ . - _` when both sides are word characters, so that
// `EXCOM/CONCLU/98`, `A/RES/72/279`, `11.2.1` and `follow-up` stay whole.
const WORD = /[\p{L}\p{M}\p{N}]+(?:[/.\-_][\p{L}\p{M}\p{N}]+)*/gu;
const JOINER = /[/.\-_]/;
const HAS_LETTER = /\p{L}/u;

/** Splits text into tokens; a compound with letters also yields its parts, so `excom` finds `EXCOM/CONCLU/98`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0].toLowerCase();
    const start = match.index;
    const compound = JOINER.test(raw);
    tokens.push({raw, start, end: start + raw.length, compound});
    if (!compound || !HAS_LETTER.test(raw)) continue;
    for (const part of raw.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
      const partStart = start + part.index;
      tokens.push({
        raw: part[0],
        start: partStart,
        end: partStart + part[0].length,
        compound: false,
      });
    }
  }
  return tokens;
}

/** Removes diacritics, so `évaluation` and `evaluation` are one term (and `ё` is `е`). */
export function foldAccents(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

const pipeline = createLanguagePipeline();
const cache = new Map<string, string | undefined>();

/** The index term of a token: stop words dropped, stemmed in English, French and Russian, accents folded. */
export function termOf(token: Pick<Token, 'raw' | 'compound'>): string | undefined {
  if (token.compound) return foldAccents(token.raw);
  if (cache.has(token.raw)) return cache.get(token.raw);
  const term = pipeline.runString(token.raw)[0];
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
  const words = tokenize(text).filter((token) => !token.compound || !HAS_LETTER.test(token.raw));
  const terms = words.flatMap((token) => termOf(token) ?? []);
  return terms.slice(1).map((term, index) => `${terms[index]} ${term}`);
}
