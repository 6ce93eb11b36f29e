import {newStemmer, type Stemmer} from 'snowball-stemmers';
import type {SdgLocale} from './locale.js';
import {stopwords} from './stopwords.js';

/** A content word of a text: its stem and where it stands (UTF-16 offsets). */
export interface Token {
  stem: string;
  start: number;
  end: number;
}

const ALGORITHM: Record<SdgLocale, string> = {en: 'english', fr: 'french', ru: 'russian'};
const stemmers = new Map<SdgLocale, {stemmer: Stemmer; memo: Map<string, string>}>();
// Letters and digits, with inner hyphens kept (`low-income`, `эко-туризм`); apostrophes split
// French elisions (`l'eau` → `l`, `eau`).
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
const MEMO_LIMIT = 200_000;

/** Lower case, `ё` → `е`, compatibility forms folded. */
export function normalizeWord(word: string): string {
  return word.normalize('NFKC').toLowerCase().replace(/ё/g, 'е');
}

/** The Snowball stem of a normalised word in `locale`, memoised. */
export function stemWord(word: string, locale: SdgLocale): string {
  let entry = stemmers.get(locale);
  if (!entry) {
    entry = {stemmer: newStemmer(ALGORITHM[locale]), memo: new Map()};
    stemmers.set(locale, entry);
  }
  let stem = entry.memo.get(word);
  if (stem === undefined) {
    stem = entry.stemmer.stem(word);
    if (entry.memo.size >= MEMO_LIMIT) entry.memo.clear();
    entry.memo.set(word, stem);
  }
  return stem;
}

function* wordParts(word: string): Generator<string> {
  // A hyphenated word counts as its parts too, so `climate-related` matches `climate`.
  if (!word.includes('-')) return yield word;
  yield* word.split('-');
}

/** The content words of `text` (function words, numbers and one-letter words dropped), stemmed. */
export function tokenize(text: string, locale: SdgLocale): Token[] {
  const stop = stopwords(locale);
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    for (const part of wordParts(normalizeWord(match[0]))) {
      if (part.length < 2 || stop.has(part) || /^\p{N}+$/u.test(part)) continue;
      tokens.push({stem: stemWord(part, locale), start, end: start + match[0].length});
    }
  }
  return tokens;
}

/** The stems of a vocabulary phrase, joined by spaces (the index's key form). */
export function phraseKey(phrase: string, locale: SdgLocale): string {
  return tokenize(phrase, locale)
    .map((token) => token.stem)
    .join(' ');
}
