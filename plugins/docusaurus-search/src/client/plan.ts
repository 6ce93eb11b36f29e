import {foldAccents, termOf, tokenize, type Token} from './analyze.js';

/** One word of a query as typed, and the index terms it asks for. */
export interface QueryWord {
  /** Lower-cased and accent-folded, as typed (what prefixes, typos and run-together forms start from). */
  raw: string;
  /** Its index term (stemmed), if it is not a stop word. */
  term?: string;
  /** The typed form, when long enough to match the start of longer words (every word, not only the last). */
  prefix?: string;
  /** The last word while the query does not end with a space: it is being typed. */
  open: boolean;
  compound: boolean;
}

/** What a query asks the index: words (all required), every word as typed, adjacent pairs (a phrase bonus). */
export interface QueryPlan {
  words: QueryWord[];
  /** Every word typed, stop words included, in order (`who am i` can still find `whoami`). */
  typed: QueryWord[];
  pairs: string[];
}

/** Prefix matching starts at this many characters, so a first keystroke never loads half the index. */
export const MIN_PREFIX = 3;

function queryTokens(text: string): Token[] {
  // Parts and run-together forms are for indexing; a query keeps a compound or camelCase word whole.
  const tokens: Token[] = [];
  for (const token of tokenize(text)) {
    const last = tokens.at(-1);
    if (last && token.start >= last.start && token.end <= last.end) continue;
    tokens.push(token);
  }
  return tokens;
}

/** Turns what the user typed into index terms: each word exact and as a prefix. */
export function planQuery(text: string): QueryPlan {
  const tokens = queryTokens(text);
  const typing = !/\s$/.test(text);
  const typed = tokens.map((token, index): QueryWord => {
    const raw = foldAccents(token.raw);
    const term = termOf(token);
    const open = typing && index === tokens.length - 1;
    const prefix = raw.length >= MIN_PREFIX && (term || open) ? raw : undefined;
    return {raw, term, prefix, open, compound: token.compound};
  });
  const words = typed.filter((word) => word.term || word.prefix);
  const pairs = words
    .slice(1)
    .map((word, index) => [words[index], word])
    .filter(([a, b]) => a.term && b.term && !a.compound && !b.compound)
    .map(([a, b]) => `${a.term} ${b.term}`);
  return {words, typed, pairs};
}

/** Whether an index term satisfies a query word exactly or as a prefix. */
export function matchesWord(word: QueryWord, term: string): boolean {
  return term === word.term || (word.prefix !== undefined && term.startsWith(word.prefix));
}
