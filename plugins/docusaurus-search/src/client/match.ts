// Which words of a text a query's words stand for, as the engine matches them: the same term (any
// inflection), a longer word starting with the typed one, else a word a typo or two away.
import {foldAccents, termOf, type Token} from './analyze.js';
import {planQuery, type QueryWord} from './plan.js';
import {allowedEdits, editDistance} from './typo.js';

function exactOrPrefix(word: QueryWord, token: Token, term: string | undefined): boolean {
  if (word.term && term === word.term) return true;
  return word.prefix !== undefined && foldAccents(token.raw).startsWith(word.prefix);
}

function nearby(word: QueryWord, token: Token, term: string | undefined): boolean {
  const max = allowedEdits(word.raw.length);
  if (max === 0 || !term || word.compound) return false;
  const raw = foldAccents(token.raw);
  return (
    editDistance(word.raw, raw, max) <= max ||
    (word.term !== undefined && editDistance(word.term, term, max) <= max)
  );
}

/**
 * The tokens that the words of `query` (as typed) match: per word, its exact and prefix matches, or when
 * it has none in these tokens, its typo matches. Returns the matching tokens in text order.
 */
export function matchingTokens(query: string, tokens: readonly Token[]): Token[] {
  const words = planQuery(query).words;
  const terms = tokens.map((token) => termOf(token));
  const hit = new Set<number>();
  for (const word of words) {
    const exact = tokens.flatMap((token, i) => (exactOrPrefix(word, token, terms[i]) ? [i] : []));
    const found = exact.length
      ? exact
      : tokens.flatMap((token, i) => (nearby(word, token, terms[i]) ? [i] : []));
    for (const i of found) hit.add(i);
  }
  return tokens.filter((_, i) => hit.has(i));
}
