import {INDEX_FORMAT, type IndexEntry, type SdgIndexData} from '../index-format.js';
import type {SdgLocale} from '../locale.js';
import type {IndexSources} from './sources.js';
import {unTextEntries} from './un-terms.js';
import {readVocabulary} from './vocabulary.js';

export {readSources, UN_FOLDERS, unCode} from './sources.js';
export type {IndexSources} from './sources.js';
export {UN_TERM_RULES, unTextEntries} from './un-terms.js';
export type {UnText} from './un-terms.js';
export {readVocabulary, TIER_WEIGHTS, VocabularyError} from './vocabulary.js';

/** Options of `buildIndex`. */
export interface BuildOptions {
  /** UN texts of these targets are left out (leave-one-target-out scoring). */
  excludeTargets?: ReadonlySet<string>;
  /** Only these locales (default: every locale of the sources). */
  locales?: readonly SdgLocale[];
}

const SOURCES = [
  'Vocabulary written for this package (sources/vocabulary/*.yml), MIT',
  'UN SDG goal, target and indicator texts via open-sdg/sdg-translations 0cda585, MIT',
];

function mergeEntries(authored: IndexEntry[], derived: IndexEntry[]): IndexEntry[] {
  const byKey = new Map<string, IndexEntry>();
  for (const entry of authored) {
    const id = `${entry[0]}\u0000${entry[1]}`;
    const seen = byKey.get(id);
    if (!seen || seen[2] < entry[2]) byKey.set(id, entry);
  }
  const authoredKeys = new Set(authored.map((entry) => entry[0]));
  for (const entry of derived)
    if (!authoredKeys.has(entry[0])) byKey.set(`${entry[0]}\u0000${entry[1]}`, entry);
  return [...byKey.values()].sort((a, b) => compare(a[0], b[0]) || compare(a[1], b[1]));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The index from its sources: pure and deterministic (same sources, same bytes). */
export function buildIndex(sources: IndexSources, options: BuildOptions = {}): SdgIndexData {
  const exclude = options.excludeTargets ?? new Set<string>();
  const locales = {} as Record<SdgLocale, IndexEntry[]>;
  for (const [locale, {file, text}] of [...sources.vocabulary].sort((a, b) =>
    compare(a[0], b[0]),
  )) {
    if (options.locales && !options.locales.includes(locale)) continue;
    const authored = readVocabulary(file, text, locale);
    const un = (sources.un.get(locale) ?? []).filter((t) => !exclude.has(t.code));
    locales[locale] = mergeEntries(authored, unTextEntries(un, locale));
  }
  return {format: INDEX_FORMAT, sources: SOURCES, locales};
}

/** The index file's text: one entry per line, so diffs of the data stay readable. */
export function serializeIndex(index: SdgIndexData): string {
  const locales = Object.entries(index.locales).map(
    ([locale, entries]) =>
      `    ${JSON.stringify(locale)}: [\n${entries.map((e) => `      ${JSON.stringify(e)}`).join(',\n')}\n    ]`,
  );
  return `{\n  "format": ${index.format},\n  "sources": ${JSON.stringify(index.sources)},\n  "locales": {\n${locales.join(',\n')}\n  }\n}\n`;
}
