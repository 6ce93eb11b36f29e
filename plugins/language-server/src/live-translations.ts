// Translation drift in unsaved buffers: `checkTranslations` reads the saved files, so an open translated
// page (or its open source page) would show the saved texts' drift until a save. For a translated page
// whose text or source text in an editor differs from the saved one, its messages are the saved check's
// with the part the model's merge gives (`mergeTranslation` of the source page and `readTranslatedText`:
// the translation's own problems, drift, orphan and untranslated blocks) taken from the editors' texts
// instead: the saved texts' merge is taken out, the buffers' merge put in.
import {readFileSync} from 'node:fs';
import {join, relative, sep} from 'node:path';
import {
  compareMessages,
  docsVersions,
  loadModelConfig,
  mergeTranslation,
  readSitePageText,
  readTranslatedText,
  translatedLocales,
  versionSiteOptions,
  type ModelConfig,
  type ParsedPage,
  type SiteLocales,
  type SiteOptions,
} from '@kmportal/model';
import type {VFileMessage} from 'vfile-message';
import {messagesKey} from './cross-checks.js';

/** Where a locale's translations of the current docs are, and the config its pages are read with. */
interface LocaleFolder {
  locale: string;
  defaultLocale: string;
  folder: string;
  config: ModelConfig;
}

/** A translated page and its source page (absolute), in a locale. */
export interface TranslationPair {
  locale: LocaleFolder;
  source: string;
  translated: string;
}

function savedText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function inside(folder: string, path: string): string | undefined {
  const rest = relative(folder, path);
  return rest && !rest.startsWith('..') && !rest.startsWith(sep) ? rest : undefined;
}

/** What the editors hold, and the source pages as the server parsed them. */
export interface OpenTexts {
  /** An editor's text of a file, if open. */
  textOf(path: string): string | undefined;
  /** The source page as last parsed (the editor's text when open). */
  sourcePage(path: string): ParsedPage | undefined;
}

/** The translations' messages of unsaved buffers, over the saved check's. */
export class LiveTranslations {
  private folders: LocaleFolder[] = [];
  /** Parses of saved texts, by path and text: a saved page is parsed once per save. */
  private readonly saved = new Map<string, {text: string; page: ParsedPage}>();

  constructor(
    private readonly where: {siteDir: string; docsDir: string; cwd: string},
    private readonly open: OpenTexts,
  ) {}

  /** The site's locales as the last translation check read them. */
  setLocales(site: SiteLocales): void {
    const {siteDir, docsDir, cwd} = this.where;
    const path = relative(siteDir, docsDir).split(sep).join('/');
    this.folders = translatedLocales(site).flatMap((locale) => {
      const localizationDir = site.localizationDirs.get(locale)!;
      const i18n = {
        locale,
        defaultLocale: site.defaultLocale,
        locales: site.locales,
        localizationDir,
      };
      const current = docsVersions({siteDir, path, i18n}).find((v) => v.name === 'current');
      const folder = current?.i18n?.localizedPath;
      if (!current || !folder) return [];
      const {config} = loadModelConfig(versionSiteOptions(current, {cwd}));
      return [{locale, defaultLocale: site.defaultLocale, folder, config}];
    });
    this.saved.clear();
  }

  /** The translation pairs a file is part of (as source or as translation) in every locale. */
  pairsOf(path: string): TranslationPair[] {
    const fromSource = inside(this.where.docsDir, path);
    return this.folders.flatMap((locale) => {
      if (fromSource !== undefined && /\.mdx?$/.test(path))
        return [{locale, source: path, translated: join(locale.folder, fromSource)}];
      const fromTranslation = inside(locale.folder, path);
      if (fromTranslation === undefined) return [];
      return [{locale, source: join(this.where.docsDir, fromTranslation), translated: path}];
    });
  }

  /** Whether an editor holds a text of the pair other than the saved one. */
  private unsaved(pair: TranslationPair): boolean {
    return [pair.source, pair.translated].some((path) => {
      const text = this.open.textOf(path);
      return text !== undefined && text !== savedText(path);
    });
  }

  /** `saved` (the check's messages of the saved files for the pair's translation) for its editors' texts. */
  messages(pair: TranslationPair, saved: readonly VFileMessage[]): readonly VFileMessage[] {
    if (!this.unsaved(pair)) return saved;
    const savedSource = savedText(pair.source);
    const savedTranslation = savedText(pair.translated);
    const live = this.merged(pair, this.open.sourcePage(pair.source), this.textOf(pair.translated));
    const before = this.merged(
      pair,
      savedSource === undefined ? undefined : this.savedPage(pair.source, savedSource),
      savedTranslation,
    );
    const old = new Set(before.map((message) => messagesKey([message])));
    const kept = saved.filter((message) => !old.has(messagesKey([message])));
    return [...kept, ...live].sort(compareMessages);
  }

  private textOf(path: string): string | undefined {
    return this.open.textOf(path) ?? savedText(path);
  }

  /** The source page of the saved text, parsed as the server parses pages. */
  private savedPage(path: string, text: string): ParsedPage {
    const known = this.saved.get(path);
    if (known?.text === text) return known.page;
    const options: SiteOptions = {docsDir: this.where.docsDir, cwd: this.where.cwd};
    const config = loadModelConfig(options).config;
    const page = readSitePageText(path, text, options, this.where.cwd, config);
    this.saved.set(path, {text, page});
    return page;
  }

  /** The merge's messages on the translated file: its own problems, drift, orphan, untranslated blocks. */
  private merged(
    pair: TranslationPair,
    source: ParsedPage | undefined,
    translation: string | undefined,
  ): VFileMessage[] {
    if (!source || translation === undefined) return [];
    const shown = relative(this.where.cwd, pair.translated).split(sep).join('/');
    const {locale, defaultLocale, config} = pair.locale;
    const read = readTranslatedText(translation, shown, config);
    const page = mergeTranslation(source, read, {locale, defaultLocale, file: pair.translated});
    return page.messages.filter((message) => message.file === shown);
  }
}
