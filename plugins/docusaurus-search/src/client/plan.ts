import {foldAccents, termOf, tokenize, type Token} from './analyze.js';

/** One word of a query: its term, and for the word being typed, its prefix. */
export interface QueryWord {
  term?: string;
  /** Set on the last word when the query does not end with a space: it may be unfinished. */
  prefix?: string;
  compound: boolean;
}

/** What a query asks the index: words (all required) and adjacent pairs (a bonus for phrases). */
export interface QueryPlan {
  words: QueryWord[];
  pairs: string[];
}

/** Prefix matching starts at this many characters, so a first keystroke never loads half the index. */
export const MIN_PREFIX = 3;

function queryTokens(text: string): Token[] {
  // The parts of a compound are for indexing; a query keeps the compound whole.
  const tokens: Token[] = [];
  for (const token of tokenize(text)) {
    const last = tokens.at(-1);
    if (last?.compound && token.start >= last.start && token.end <= last.end) continue;
    tokens.push(token);
  }
  return tokens;
}

/** Turns what the user typed into index terms, the last word also as a prefix while being typed. */
export function planQuery(text: string): QueryPlan {
  const tokens = queryTokens(text);
  const typing = !/\s$/.test(text);
  const words = tokens.map((token, index): QueryWord => {
    const prefix = foldAccents(token.raw);
    const open = typing && index === tokens.length - 1 && prefix.length >= MIN_PREFIX;
    return {term: termOf(token), prefix: open ? prefix : undefined, compound: token.compound};
  });
  const kept = words.filter((word) => word.term || word.prefix);
  const pairs = kept
    .slice(1)
    .map((word, index) => [kept[index], word])
    .filter(([a, b]) => a.term && b.term && !a.compound && !b.compound)
    .map(([a, b]) => `${a.term} ${b.term}`);
  return {words: kept, pairs};
}

/** Whether an index term satisfies a query word. */
export function matchesWord(word: QueryWord, term: string): boolean {
  return term === word.term || (word.prefix !== undefined && term.startsWith(word.prefix));
}
