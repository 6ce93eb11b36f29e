import type {IndexEntry} from '../index-format.js';
import type {SdgLocale} from '../locale.js';
import {tokenize} from '../tokenize.js';

/** One UN text: a goal title (`6`), a target (`6.1`) or an indicator filed under its target. */
export interface UnText {
  code: string;
  text: string;
}

/** How distinctive a UN-text term must be to enter the index, and what it weighs. */
export const UN_TERM_RULES = {
  /** Share of the texts holding the term that belong to one goal. */
  minShare: 0.75,
  /** Texts of that goal a single word must appear in (a two-word phrase needs one). */
  minWordTexts: 2,
  wordWeight: 0.5,
  phraseWeight: 1,
};

// Leave-one-target-out scoring builds the index once per target from the same texts.
const termsMemo = new Map<string, Set<string>>();

function textTerms(text: string, locale: SdgLocale): Set<string> {
  const memoKey = `${locale}\u0000${text}`;
  const memo = termsMemo.get(memoKey);
  if (memo) return memo;
  if (termsMemo.size > 10_000) termsMemo.clear();
  const stems = tokenize(text, locale).map((token) => token.stem);
  const terms = new Set(stems);
  for (let i = 1; i < stems.length; i++) terms.add(`${stems[i - 1]} ${stems[i]}`);
  termsMemo.set(memoKey, terms);
  return terms;
}

function goalOf(code: string): string {
  return code.split('.')[0];
}

type Occurrences = Map<string, Map<string, number>>;

function countOccurrences(texts: UnText[], locale: SdgLocale): Occurrences {
  const occurrences: Occurrences = new Map();
  for (const {code, text} of texts) {
    for (const term of textTerms(text, locale)) {
      let byCode = occurrences.get(term);
      if (!byCode) occurrences.set(term, (byCode = new Map()));
      byCode.set(code, (byCode.get(code) ?? 0) + 1);
    }
  }
  return occurrences;
}

function distinctiveEntry(term: string, byCode: Map<string, number>): IndexEntry | undefined {
  const perGoal = new Map<string, number>();
  let total = 0;
  for (const [code, count] of byCode) {
    perGoal.set(goalOf(code), (perGoal.get(goalOf(code)) ?? 0) + count);
    total += count;
  }
  const [goal, count] = [...perGoal].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  const phrase = term.includes(' ');
  const share = count / total;
  if (share < UN_TERM_RULES.minShare || (!phrase && count < UN_TERM_RULES.minWordTexts)) return;
  const codes = [...byCode.keys()].filter((code) => goalOf(code) === goal);
  const target = codes.length === 1 && codes[0].includes('.') ? codes[0] : goal;
  const weight = phrase ? UN_TERM_RULES.phraseWeight : UN_TERM_RULES.wordWeight;
  return [term, target, Math.round(weight * share * 100) / 100];
}

/** Terms of the UN texts that point at one goal (or one target), weighted by how much they do. */
export function unTextEntries(texts: UnText[], locale: SdgLocale): IndexEntry[] {
  const entries: IndexEntry[] = [];
  for (const [term, byCode] of countOccurrences(texts, locale)) {
    const entry = distinctiveEntry(term, byCode);
    if (entry) entries.push(entry);
  }
  return entries;
}
