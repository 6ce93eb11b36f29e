import {availableParallelism} from 'node:os';
import {relative, resolve, sep} from 'node:path';
import {
  isIgnoredDoc,
  loadModelConfig,
  loadSiteAsync,
  normalizeModelOptions,
  readSitePage,
  readSitePageText,
  siteMessages,
  type LoadedConfig,
  type ModelConfig,
  type ParsedPage,
  type SiteOptions,
  type StatusItem,
  withActions,
} from '@kmportal/model';
import type {VFileMessage} from 'vfile-message';

/** Where the site lives: what `kb check <docsDir>` run in `cwd` reads. */
export interface WorkspaceOptions {
  /** Absolute docs folder. */
  docsDir: string;
  /** Absolute folder message paths are relative to (the workspace root, as for `kb check`). */
  cwd: string;
}

/** One site's pages, parsed once, re-parsed one at a time as they change; the model's checks over them. */
export class SiteWorkspace {
  readonly options: SiteOptions;
  loaded: LoadedConfig;
  /** Absolute path → the page as last parsed (an open editor's text, else the file's). */
  private readonly pages = new Map<string, ParsedPage>();
  /** Absolute path → the text of an open editor. */
  private readonly texts = new Map<string, string>();
  private order: ParsedPage[] | undefined;
  private itemIndex: Map<string, StatusItem> | undefined;

  constructor(readonly where: WorkspaceOptions) {
    this.options = {docsDir: where.docsDir, cwd: where.cwd};
    this.loaded = loadModelConfig(this.options);
  }

  get config(): ModelConfig {
    return this.loaded.config;
  }

  /** The registries' files (`units.yml`, `nexus.yml`), absolute. */
  get registryFiles(): string[] {
    const normalized = normalizeModelOptions(this.options);
    return [normalized.unitsFile, normalized.nexusFile];
  }

  /** Reads every page (on several threads for large sites), as `kb check` does. */
  async load(): Promise<void> {
    // Worker threads read the pages; the calling thread stays free for the editor's requests meanwhile.
    const workers = Math.min(3, Math.max(1, availableParallelism()));
    const site = await loadSiteAsync(this.options, {workers, callingThread: false});
    this.loaded = loadModelConfig(this.options);
    this.pages.clear();
    site.pages.forEach((page, index) => this.pages.set(site.files[index]!, page));
    for (const [path, text] of this.texts) this.parse(path, text);
    this.changed();
  }

  /** Whether `kb check` reads this file as a page. */
  isPage(path: string): boolean {
    const inside = relative(this.where.docsDir, path);
    if (inside.startsWith('..') || inside.startsWith(sep) || inside === '') return false;
    return /\.mdx?$/.test(path) && !isIgnoredDoc(inside);
  }

  /** Whether this file is one of the registries. */
  isRegistry(path: string): boolean {
    return this.registryFiles.includes(path);
  }

  /** An editor's text for a page: parsed now and used instead of the file until `close`. */
  setText(path: string, text: string): void {
    this.texts.set(path, text);
    if (this.isPage(path)) this.parse(path, text);
  }

  /** The editor closed the page: the file on disk counts again. */
  close(path: string): void {
    this.texts.delete(path);
    this.fileChanged(path);
  }

  /** The text of an open editor, if any. */
  textOf(path: string): string | undefined {
    return this.texts.get(path);
  }

  /** A page was created, changed or deleted on disk (ignored while it is open in an editor). */
  fileChanged(path: string, deleted = false): void {
    if (this.texts.has(path) || !this.isPage(path)) return;
    if (deleted) this.pages.delete(path);
    else this.readFile(path);
    this.changed();
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
    this.pages.set(path, readSitePageText(path, text, this.options, this.where.cwd, this.config));
    this.changed();
  }

  private changed(): void {
    this.order = undefined;
    this.itemIndex = undefined;
  }

  /** The parsed page of a file, if it is one. */
  page(path: string): ParsedPage | undefined {
    return this.pages.get(path);
  }

  /** Pages in `kb check`'s order (sorted by path within the docs folder), with their absolute paths. */
  sortedPages(): ParsedPage[] {
    this.order ??= [...this.pages.entries()]
      .map(([path, page]) => ({key: relative(this.where.docsDir, path), page}))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map((entry) => entry.page);
    return this.order;
  }

  /** Every item of the site in site order, each status block followed by its key actions. */
  items(): StatusItem[] {
    return this.sortedPages().flatMap((page) => withActions(page.items));
  }

  /** Id → the first item with it (the one a pull shows). */
  itemById(id: string): StatusItem | undefined {
    if (!this.itemIndex) {
      this.itemIndex = new Map();
      for (const item of this.items())
        if (!this.itemIndex.has(item.id)) this.itemIndex.set(item.id, item);
    }
    return this.itemIndex.get(id);
  }

  /** Every message `kb check` would print, from the cached pages. */
  messages(): VFileMessage[] {
    return siteMessages(this.loaded, this.sortedPages(), this.where.cwd);
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
