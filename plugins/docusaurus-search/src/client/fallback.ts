// What a query falls back to when exact and prefix matching find too little: words a typo or two away,
// words typed apart that the index has run together (`who am i` → `whoami`, `mongo db` → `mongodb`),
// and a word typed run together that the index has as two (`packagelock` → `package lock`).
import {termOf} from './analyze.js';
import type {QueryPlan, QueryWord} from './plan.js';
import {typoMatches} from './typo.js';

/** A fallback term, the query words it stands for (bits) and its weight. */
export interface FallbackCandidate {
  term: string;
  words: number;
  factor: number;
  /** The query word it is another form of (typos, splits); joined words count on their own. */
  group?: number;
}

/** The fallback terms of a query, and bits of words added to those required (run-together stop words). */
export interface Fallback {
  candidates: FallbackCandidate[];
  terms: string[];
  extraWords: number;
}

/** Weight of a typo match by its edits (always below an exact match's 1). */
const TYPO_FACTOR = [1, 0.6, 0.4];
const JOINED_FACTOR = 1;
const SPLIT_FACTOR = 0.8;
const MIN_SPLIT_PART = 2;

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function has(vocabulary: readonly string[], term: string | undefined): term is string {
  return term !== undefined && vocabulary[lowerBound(vocabulary, term)] === term;
}

function typoCandidates(
  vocabulary: readonly string[],
  word: QueryWord,
  bit: number,
  group: number,
) {
  if (word.compound || word.raw.length < 4) return [];
  return typoMatches(vocabulary, word.raw, word.term)
    .filter((match) => !(word.prefix && match.term.startsWith(word.prefix)))
    .map((match) => ({term: match.term, words: bit, factor: TYPO_FACTOR[match.edits], group}));
}

/** Adjacent typed words run together, when the vocabulary has the result (2 or 3 words). */
function joinedCandidates(
  vocabulary: readonly string[],
  plan: QueryPlan,
  bitOf: (w: QueryWord) => number,
) {
  const found: FallbackCandidate[] = [];
  for (let start = 0; start < plan.typed.length; start++)
    for (let length = 2; length <= 3 && start + length <= plan.typed.length; length++) {
      const run = plan.typed.slice(start, start + length);
      if (run.some((word) => word.compound)) continue;
      const term = termOf({raw: run.map((word) => word.raw).join(''), compound: false});
      if (!has(vocabulary, term)) continue;
      const words = run.reduce((bits, word) => bits | bitOf(word), 0);
      found.push({term, words, factor: JOINED_FACTOR});
    }
  return found;
}

/** A word typed run together, as the pair of two vocabulary words (`packagelock` → `packag lock`). */
function splitCandidates(
  vocabulary: readonly string[],
  word: QueryWord,
  bit: number,
  group: number,
) {
  if (word.compound || word.raw.length < 2 * MIN_SPLIT_PART + 2 || has(vocabulary, word.term))
    return [];
  const found: FallbackCandidate[] = [];
  for (let cut = MIN_SPLIT_PART; cut <= word.raw.length - MIN_SPLIT_PART; cut++) {
    const left = termOf({raw: word.raw.slice(0, cut), compound: false});
    const right = termOf({raw: word.raw.slice(cut), compound: false});
    if (has(vocabulary, left) && has(vocabulary, right))
      found.push({term: `${left} ${right}`, words: bit, factor: SPLIT_FACTOR, group});
  }
  return found;
}

/** Whether a fallback could find anything: a word long enough for typos or a split, or words to join. */
export function mayFallBack(plan: QueryPlan): boolean {
  return (
    plan.typed.length >= 2 || plan.words.some((word) => !word.compound && word.raw.length >= 4)
  );
}

/**
 * The fallback terms of a plan whose first `wordCount` words are required; the words of `noTypos` (bits)
 * find enough pages as typed, so their typos are not looked for.
 */
export function fallbackTerms(
  plan: QueryPlan,
  vocabulary: readonly string[],
  wordCount: number,
  noTypos = 0,
): Fallback {
  const bitOf = (word: QueryWord) => {
    const index = plan.words.indexOf(word);
    return index >= 0 && index < wordCount ? 1 << index : 0;
  };
  const candidates: FallbackCandidate[] = [];
  plan.words.slice(0, wordCount).forEach((word, w) => {
    if ((bitOf(word) & noTypos) === 0)
      candidates.push(...typoCandidates(vocabulary, word, bitOf(word), w));
    candidates.push(...splitCandidates(vocabulary, word, bitOf(word), w));
  });
  let extraWords = 0;
  for (const joined of joinedCandidates(vocabulary, plan, bitOf)) {
    // Only stop words run together (`who am i`) and nothing else typed: the joined word is required.
    if (joined.words === 0 && wordCount === 0) joined.words = extraWords = 1;
    candidates.push(joined);
  }
  return {candidates, terms: Array.from(new Set(candidates.map((c) => c.term))), extraWords};
}
