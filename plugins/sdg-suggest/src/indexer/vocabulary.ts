import {isMap, isScalar, LineCounter, parseDocument, type Pair} from 'yaml';
import type {IndexEntry} from '../index-format.js';
import type {SdgLocale} from '../locale.js';
import {phraseKey} from '../tokenize.js';

/** Weights of the tiers of the authored vocabulary. */
export const TIER_WEIGHTS = {strong: 3, medium: 2, weak: 1} as const;
type Tier = keyof typeof TIER_WEIGHTS;

const CODE = /^(?:[1-9]|1[0-7])(?:\.(?:[1-9]|1[0-9]|[a-e]))?$/;
const SHAPE = 'a list of phrases, or a map of `strong`/`medium`/`weak` to lists';

/** A problem in a vocabulary file: `file:line:col: message`. */
export class VocabularyError extends Error {}

interface Place {
  file: string;
  lines: LineCounter;
}

function fail(place: Place, node: unknown, reason: string): never {
  const offset = (node as {range?: [number]} | null)?.range?.[0] ?? 0;
  const {line, col} = place.lines.linePos(offset);
  throw new VocabularyError(`${place.file}:${line}:${col}: ${reason}`);
}

function phrases(place: Place, code: string, tier: string, node: unknown): [string, Tier][] {
  if (!(tier in TIER_WEIGHTS)) {
    fail(
      place,
      node,
      `\`${code}\` has tier \`${tier}\`, expected \`strong\`, \`medium\` or \`weak\``,
    );
  }
  const items = (node as {items?: unknown[]} | null)?.items;
  if (!Array.isArray(items) || isMap(node)) fail(place, node, `\`${code}\` must be ${SHAPE}`);
  return items.map((item) => {
    if (!isScalar(item) || typeof item.value !== 'string') {
      fail(place, item, `\`${code}\` (${tier}) holds a non-text value; quote it`);
    }
    return [item.value, tier as Tier];
  });
}

function codePhrases(place: Place, pair: Pair): [string, [string, Tier][]] {
  const code = isScalar(pair.key) ? String(pair.key.value) : '';
  if (!CODE.test(code)) {
    fail(
      place,
      pair.key,
      `\`${code}\` is not an SDG goal or target code, expected e.g. \`6\` or \`6.a\``,
    );
  }
  if (!isMap(pair.value)) return [code, phrases(place, code, 'medium', pair.value)];
  const tiers = pair.value.items.flatMap((tierPair) => {
    const tier = isScalar(tierPair.key) ? String(tierPair.key.value) : '';
    return phrases(place, code, tier, tierPair.value ?? tierPair.key);
  });
  return [code, tiers];
}

/** The entries of one authored vocabulary file (YAML: code → phrases or tier → phrases). */
export function readVocabulary(file: string, text: string, locale: SdgLocale): IndexEntry[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, {uniqueKeys: true, lineCounter: lines});
  const place = {file, lines};
  if (doc.errors.length > 0) {
    const {line, col} = doc.errors[0].linePos?.[0] ?? {line: 1, col: 1};
    throw new VocabularyError(`${file}:${line}:${col}: ${doc.errors[0].message.split('\n')[0]}`);
  }
  if (doc.contents === null) return [];
  if (!isMap(doc.contents)) fail(place, doc.contents, `expected a map of SDG codes to ${SHAPE}`);
  const entries: IndexEntry[] = [];
  for (const pair of doc.contents.items) {
    const [code, list] = codePhrases(place, pair);
    for (const [phrase, tier] of list) {
      const key = phraseKey(phrase, locale);
      if (!key) fail(place, pair.value, `\`${code}\` phrase \`${phrase}\` has no content words`);
      entries.push([key, code, TIER_WEIGHTS[tier]]);
    }
  }
  return entries;
}
