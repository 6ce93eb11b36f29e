import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import type {SdgIndexData} from './index-format.js';
import type {SdgLocale} from './locale.js';

/** An index entry ready for matching. */
export interface CompiledEntry {
  key: string;
  stems: string[];
  /** Goal (`6`) or target (`6.1`) code. */
  code: string;
  goal: number;
  /** Set when `code` is a target. */
  target?: string;
  weight: number;
}

/** Entries of one locale by their first stem. */
export type CompiledIndex = Map<string, CompiledEntry[]>;

/** Path of the shipped index (the same from `src/` and `lib/`). */
export const INDEX_FILE = fileURLToPath(new URL('../data/index.json', import.meta.url));

let shipped: SdgIndexData | undefined;
const compiled = new WeakMap<SdgIndexData, Map<SdgLocale, CompiledIndex>>();

/** The index shipped in `data/index.json`, read once. */
export function shippedIndex(): SdgIndexData {
  shipped ??= JSON.parse(readFileSync(INDEX_FILE, 'utf8')) as SdgIndexData;
  return shipped;
}

function compileLocale(data: SdgIndexData, locale: SdgLocale): CompiledIndex {
  const byFirst: CompiledIndex = new Map();
  for (const [key, code, weight] of data.locales[locale] ?? []) {
    const stems = key.split(' ');
    const [goal, target] = code.split('.');
    const entry = {key, stems, code, goal: Number(goal), target: target ? code : undefined, weight};
    const list = byFirst.get(stems[0]);
    if (list) list.push(entry);
    else byFirst.set(stems[0], [entry]);
  }
  return byFirst;
}

/** The entries of `locale` in `data`, compiled once per index object. */
export function compiledIndex(data: SdgIndexData, locale: SdgLocale): CompiledIndex {
  let byLocale = compiled.get(data);
  if (!byLocale) compiled.set(data, (byLocale = new Map()));
  let index = byLocale.get(locale);
  if (!index) byLocale.set(locale, (index = compileLocale(data, locale)));
  return index;
}
