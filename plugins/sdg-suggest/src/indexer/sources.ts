import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parse} from 'yaml';
import type {SdgLocale} from '../locale.js';
import type {UnText} from './un-terms.js';

/** The inputs of `buildIndex`, read from the repository. */
export interface IndexSources {
  /** Authored vocabulary per locale: file name and YAML text. */
  vocabulary: Map<SdgLocale, {file: string; text: string}>;
  /** UN goal, target and indicator texts per locale. */
  un: Map<SdgLocale, UnText[]>;
}

const LOCALES: SdgLocale[] = ['en', 'fr', 'ru'];

function readTable(path: string): Record<string, string> {
  try {
    return parse(readFileSync(path, 'utf8')) as Record<string, string>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}

/** `6-1-title` → `6.1`, `6-title` → `6`, `6-1-1-title` → `6.1` (an indicator counts for its target). */
export function unCode(key: string): string | undefined {
  const match = /^(\d+)(?:-([0-9a-z]+))?(?:-\d+)?-title$/.exec(key);
  if (!match) return undefined;
  return match[2] ? `${match[1]}.${match[2]}` : match[1];
}

function unTexts(folders: string[], locale: SdgLocale): UnText[] {
  const texts: UnText[] = [];
  for (const folder of folders) {
    for (const name of ['global_goals', 'global_targets', 'global_indicators']) {
      const table = readTable(join(folder, locale, `${name}.yml`));
      for (const [key, text] of Object.entries(table)) {
        const code = unCode(key);
        if (code && typeof text === 'string') texts.push({code, text});
      }
    }
  }
  return texts;
}

/** Reads the vocabulary (`sources/vocabulary/<locale>.yml`) and the UN tables of `unFolders`. */
export function readSources(packageRoot: string, unFolders: string[]): IndexSources {
  const vocabulary = new Map<SdgLocale, {file: string; text: string}>();
  const un = new Map<SdgLocale, UnText[]>();
  for (const locale of LOCALES) {
    const file = join('sources', 'vocabulary', `${locale}.yml`);
    vocabulary.set(locale, {file, text: readFileSync(join(packageRoot, file), 'utf8')});
    un.set(locale, unTexts(unFolders, locale));
  }
  return {vocabulary, un};
}

/** Where the UN tables live in the repository: the model's goals and targets, our indicator copy. */
export function UN_FOLDERS(packageRoot: string): string[] {
  return [join(packageRoot, '..', 'model', 'data', 'sdg'), join(packageRoot, 'sources', 'un')];
}
