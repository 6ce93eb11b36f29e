import {availableParallelism} from 'node:os';
import {isAbsolute, join, relative, resolve, sep} from 'node:path';
import {
  compareMessages,
  defaultCacheDir,
  isIgnoredDoc,
  loadModelConfig,
  loadSiteAsync,
  normalizeModelOptions,
  readSitePage,
  readSitePageEdit,
  type LoadedConfig,
  type ModelConfig,
  type PageSyntax,
  type ParsedPage,
  type SiteOptions,
  type StatusItem,
  withActions,
} from '@kmportal/model';
import type {VFileMessage} from 'vfile-message';
import {CrossChecks, crossKey, type CrossKey} from './cross-checks.js';

/** Where the site lives: what `kb check <docsDir>` run in `cwd` reads. */
export interface WorkspaceOptions {
  /** Absolute docs folder. */
  docsDir: string;
  /** Absolute folder message paths are relative to (the workspace root, as for `kb check`). */
  cwd: string;
  /** The docs version these pages are (`current`, or a name from `versions.json`). */
  version?: string;
  /** Folder of the parse cache kept between starts; none when `false`. */
  cacheDir?: string | false;
}

/**
 * The language server's own parse cache beside Docusaurus's (`node_modules/.cache/kmportal-model`), one
 * per docs version: a restart reads only the pages changed since the last one.
 */
function cacheFolder(where: WorkspaceOptions): string | undefined {
  if (where.cacheDir === false) return undefined;
  const base = where.cacheDir ?? defaultCacheDir(where.cwd);
  return base && join(base, 'language-server', where.version ?? 'current');
}

/**
 * One docs folder (one docs version): its pages parsed once, each re-parsed in part as it is edited; the
 * model's cross-page rules over them, run again only when an id or a pull moved or changed.
 */
export class SiteWorkspace {
  readonly options: SiteOptions;
  loaded: LoadedConfig;
  /** Absolute path → the page as last parsed (an open editor's text, else the file's). */
  private readonly pages = new Map<string, ParsedPage>();
  /** Absolute path → the text of an open editor, and the syntax tree of that text. */
  private readonly texts = new Map<string, string>();
  private readonly syntax = new Map<string, PageSyntax>();
  private readonly cross = new CrossChecks();
  private readonly crossKeys = new Map<string, CrossKey>();
  private crossStale = true;
  private listed: VFileMessage[] = [];
  private paths: string[] | undefined;
  private homes: Map<string, string> | undefined;

  constructor(readonly where: WorkspaceOptions) {
    const cacheDir = cacheFolder(where);
    this.options = {docsDir: where.docsDir, cwd: where.cwd, ...(cacheDir ? {cacheDir} : {})};
    this.loaded = this.readConfig();
  }

  /** The registries, their problems named as `kb check` names them (relative to `cwd`). */
  private readConfig(): LoadedConfig {
    const loaded = loadModelConfig(this.options);
    for (const message of loaded.messages)
      if (message.file && isAbsolute(message.file)) message.file = this.relative(message.file);
    return loaded;
  }

  get config(): ModelConfig {
    return this.loaded.config;
  }

  /** The registries' files (`units.yml`, `nexus.yml`), absolute. */
  get registryFiles(): string[] {
    const normalized = normalizeModelOptions(this.options);
    return [normalized.unitsFile, normalized.nexusFile];
  }

  /**
   * Reads every page (on worker threads for large sites, the editor's thread left free) as `kb check`
   * does, taking pages unchanged since the last start from the parse cache.
   */
  async load(): Promise<void> {
    const workers = Math.min(3, Math.max(1, availableParallelism()));
    const site = await loadSiteAsync(this.options, {workers, callingThread: false});
    this.loaded = this.readConfig();
    this.pages.clear();
    site.pages.forEach((page, index) => this.pages.set(site.files[index]!, page));
    const named = new Set(
      [...site.files, ...this.registryFiles].map((file) => this.relative(file)),
    );
    this.listed = site.messages.filter((message) => !named.has(message.file ?? ''));
    // Open pages: parsed again with the registries just read (their trees are kept: same texts).
    for (const [path, text] of this.texts) this.parse(path, text);
    this.pagesChanged();
  }

  /** Whether `kb check` reads this file as a page of this docs folder. */
  isPage(path: string): boolean {
    const inside = relative(this.where.docsDir, path);
    if (inside.startsWith('..') || inside.startsWith(sep) || inside === '') return false;
    return /\.mdx?$/.test(path) && !isIgnoredDoc(inside);
  }

  /** Whether this file is one of the registries. */
  isRegistry(path: string): boolean {
    return this.registryFiles.includes(path);
  }

  /** An editor's text for a page: parsed now (in part, after an edit) and used instead of the file. */
  setText(path: string, text: string): void {
    this.texts.set(path, text);
    if (this.isPage(path)) this.parse(path, text);
  }

  /** The editor closed the page: the file on disk counts again. */
  close(path: string): void {
    this.texts.delete(path);
    this.syntax.delete(path);
    this.fileChanged(path);
  }

  /** The text of an open editor, if any. */
  textOf(path: string): string | undefined {
    return this.texts.get(path);
  }

  /** A page was created, changed or deleted on disk (ignored while it is open in an editor). */
  fileChanged(path: string, deleted = false): void {
    if (this.texts.has(path) || !this.isPage(path)) return;
    const known = this.pages.has(path);
    if (deleted) this.pages.delete(path);
    else this.readFile(path);
    if (known !== this.pages.has(path)) this.pagesChanged();
    else this.pageChanged(path);
  }

  private readFile(path: string): void {
    try {
      this.pages.set(path, readSitePage(path, this.options, this.where.cwd, this.config));
    } catch {
      // Removed between the event and the read: the deletion event follows.
      this.pages.delete(path);
    }
  }

  private parse(path: string, text: string): void {
    const known = this.pages.has(path);
    const previous = this.syntax.get(path);
    this.syntax.delete(path); // used up by the re-parse
    const edit = readSitePageEdit(path, text, this.options, this.where.cwd, this.config, previous);
    this.pages.set(path, edit.page);
    if (edit.syntax) this.syntax.set(path, edit.syntax);
    if (!known) this.pagesChanged();
    else this.pageChanged(path);
  }

  private pageChanged(path: string): void {
    const page = this.pages.get(path);
    const key = page ? crossKey(page) : {ids: '', places: ''};
    const old = this.crossKeys.get(path);
    if (old?.ids === key.ids && old.places === key.places) return;
    this.crossKeys.set(path, key);
    // Ids and pulls only moved (a new line above them): no message changes unless one is about them.
    if (old?.ids === key.ids && !this.cross.involves(this.relative(path))) return;
    this.crossStale = true;
    if (old?.ids !== key.ids) this.homes = undefined;
  }

  private pagesChanged(): void {
    this.paths = undefined;
    this.homes = undefined;
    this.crossKeys.clear();
    this.crossStale = true;
  }

  /** Whether the cross-page rules are to run again: an id or a pull changed since their last run. */
  get crossPending(): boolean {
    return this.crossStale;
  }

  /**
   * Runs the cross-page rules again if an id or a pull changed since the last run; gives the files
   * (absolute) whose cross-page messages changed.
   */
  refreshCross(): Set<string> {
    if (!this.crossStale) return new Set();
    this.crossStale = false;
    const pages = this.sortedPages();
    for (const [path, page] of this.pages)
      if (!this.crossKeys.has(path)) this.crossKeys.set(path, crossKey(page));
    return new Set([...this.cross.run(pages)].map((file) => this.absolute(file)));
  }

  /** Every message `kb check` prints for `path` (absolute), in its order; cross-page ones as last run. */
  messagesOf(path: string): VFileMessage[] {
    const file = this.relative(path);
    const own = this.pages.get(path)?.messages ?? [];
    const other = [...this.loaded.messages, ...this.listed].filter((m) => m.file === file);
    return [...other, ...own, ...this.cross.of(file)].sort(compareMessages);
  }

  /** Every file (absolute) with messages: pages, registries, listing problems, cross-page rules. */
  filesWithMessages(): Set<string> {
    const files = new Set<string>();
    for (const [path, page] of this.pages) if (page.messages.length) files.add(path);
    for (const message of [...this.loaded.messages, ...this.listed])
      if (message.file) files.add(this.absolute(message.file));
    for (const file of this.cross.files()) files.add(this.absolute(file));
    return files;
  }

  /** The parsed page of a file, if it is one. */
  page(path: string): ParsedPage | undefined {
    return this.pages.get(path);
  }

  /** Pages in `kb check`'s order (sorted by path within the docs folder). */
  sortedPages(): ParsedPage[] {
    this.paths ??= [...this.pages.keys()]
      .map((path) => ({key: relative(this.where.docsDir, path), path}))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map((entry) => entry.path);
    return this.paths.map((path) => this.pages.get(path)!);
  }

  /** Every item of the site in site order, each status block followed by its key actions. */
  items(): StatusItem[] {
    return this.sortedPages().flatMap((page) => withActions(page.items));
  }

  /** Id → the first item with it (the one a pull shows), read from its page as last parsed. */
  itemById(id: string): StatusItem | undefined {
    if (!this.homes) {
      this.homes = new Map();
      for (const item of this.items())
        if (!this.homes.has(item.id)) this.homes.set(item.id, item.path);
    }
    const home = this.homes.get(id);
    const page = home === undefined ? undefined : this.pages.get(this.absolute(home));
    return page && withActions(page.items).find((item) => item.id === id);
  }

  /** Absolute path of a path as messages and items name it (relative to `cwd`). */
  absolute(path: string): string {
    return resolve(this.where.cwd, path);
  }

  /** Path as messages name it. */
  relative(path: string): string {
    return relative(this.where.cwd, path).split(sep).join('/');
  }
}
