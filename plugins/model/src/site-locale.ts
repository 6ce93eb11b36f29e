// A docs folder read in another locale: each page merged with its translation (see `mergeTranslation`).
import {existsSync} from 'node:fs';
import {join, relative, sep} from 'node:path';
import {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import {report} from './diagnostics.js';
import {languageName} from './locale.js';
import {listDocsFolder} from './listing.js';
import {readTranslatedPage} from './translation.js';
import {mergeTranslation, untranslatedPage} from './translation-merge.js';
import type {ModelConfig, ParsedPage} from './types.js';

/** What reading a locale's translations needs. */
export interface LocaleRead {
  /** The translated pages' folder, absolute. */
  localizedDir: string;
  /** The source pages' folder. */
  docsDir: string;
  cwd: string;
  config: ModelConfig;
  /** Ignored paths, as for the source pages (`_partials`, `__tests__`). */
  ignore: (relativePath: string) => boolean;
  maxPageBytes?: number;
}

/** The pages of a locale: merged ones, the translated files read, and translations without a source. */
export interface LocalizedPages {
  pages: ParsedPage[];
  files: string[];
  messages: VFileMessage[];
}

const posix = (path: string) => path.split(sep).join('/');

function orphanPage(shown: string, source: string, config: ModelConfig): VFileMessage[] {
  const file = new VFile({path: shown});
  report(
    file,
    `Page translated into ${config.locale} with no source page \`${source}\` (${languageName(config.defaultLocale)}): Docusaurus shows only translations of the docs folder's pages. Move it to the path of its source page, or add the source page.`,
    {line: 1, column: 1},
    'orphan-translation',
    'warning',
  );
  return file.messages;
}

/** Every page of the source site as the `config.locale` site shows it, merged with its translation. */
export function localizePages(pages: readonly ParsedPage[], read: LocaleRead): LocalizedPages {
  const {config, cwd} = read;
  if (config.locale === config.defaultLocale || !existsSync(read.localizedDir)) {
    const same = config.locale === config.defaultLocale;
    return {pages: same ? [...pages] : pages.map(untranslatedPage), files: [], messages: []};
  }
  const listing = listDocsFolder(read.localizedDir, read.ignore);
  const translated = new Map(
    listing.pages.map((path) => [posix(relative(read.localizedDir, path)), path]),
  );
  const context = {locale: config.locale, defaultLocale: config.defaultLocale};
  const merged = pages.map((page) => {
    const file = translated.get(page.page.source ?? '');
    if (!file) return untranslatedPage(page);
    translated.delete(page.page.source!);
    const shown = posix(relative(cwd, file));
    const translation = readTranslatedPage(file, shown, config, read.maxPageBytes);
    return mergeTranslation(page, translation, {...context, file});
  });
  const orphans = [...translated].flatMap(([source, file]) =>
    orphanPage(
      posix(relative(cwd, file)),
      posix(relative(cwd, join(read.docsDir, source))),
      config,
    ),
  );
  return {pages: merged, files: listing.pages, messages: [...listing.messages, ...orphans]};
}
