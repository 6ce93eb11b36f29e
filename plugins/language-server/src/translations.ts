// The translations' diagnostics as `kb check` reports them: the model's `checkTranslations` (each
// configured locale read as its build reads it: drift, orphan and untranslated blocks, registry texts
// missing in a locale, a translated page's own problems, the locales' config problems). It reads the
// saved files, so it runs once the site is read and again, coalesced, when a page, a translation, a
// registry or the site config changes on disk; never on the editor's thread's critical path.
import {join, resolve} from 'node:path';
import {checkTranslations, compareMessages, loadSiteLocales} from '@kmportal/model';
import type {VFileMessage} from 'vfile-message';
import {groupByFile} from './diagnostics.js';
import {LiveTranslations, type OpenTexts} from './live-translations.js';

/** Where the translations are read: the site folder, its docs folder, and the folder messages name files from. */
export interface TranslationSite {
  siteDir: string;
  docsDir: string;
  cwd: string;
}

/** The last translation check's messages by file (absolute), run again on request. */
export class TranslationChecks {
  private byFile = new Map<string, VFileMessage[]>();
  private running: Promise<boolean> | undefined;
  private queued: Promise<boolean> | undefined;
  private readonly live: LiveTranslations;

  constructor(
    private readonly site: TranslationSite,
    private readonly report: (error: Error) => void,
    open: OpenTexts,
  ) {
    this.live = new LiveTranslations(site, open);
  }

  /** The translation messages of a file (absolute), in order: of the editors' texts when unsaved. */
  of(path: string): readonly VFileMessage[] {
    const saved = this.byFile.get(path) ?? [];
    const pair = this.live.pairsOf(path).find((one) => one.translated === path);
    return pair ? this.live.messages(pair, saved) : saved;
  }

  /** The translated pages (absolute) whose messages follow the text of `path` (their source page). */
  dependents(path: string): string[] {
    return this.live
      .pairsOf(path)
      .map((pair) => pair.translated)
      .filter((translated) => translated !== path);
  }

  /** Every file (absolute) with translation messages. */
  files(): Iterable<string> {
    return this.byFile.keys();
  }

  /** Whether a change to this file may change the translations' messages. */
  concerns(path: string): boolean {
    return (
      path.startsWith(join(this.site.siteDir, 'i18n')) ||
      /[\\/]docusaurus\.config\.[cm]?[jt]s$/.test(path) ||
      /\.(mdx?|ya?ml)$/.test(path)
    );
  }

  /**
   * Checks the translations, after the check running if one is (a check asked for meanwhile is that
   * same one: it reads the files as they are then); resolves with whether any file's messages changed.
   */
  refresh(): Promise<boolean> {
    if (this.queued) return this.queued;
    const before = this.running ?? Promise.resolve(false);
    const queued = before.then(() => {
      this.queued = undefined;
      const running = this.run().finally(() => {
        if (this.running === running) this.running = undefined;
      });
      this.running = running;
      return running;
    });
    this.queued = queued;
    return queued;
  }

  private async run(): Promise<boolean> {
    const {siteDir, docsDir, cwd} = this.site;
    let messages: VFileMessage[];
    try {
      const site = await loadSiteLocales(siteDir, {cwd});
      messages = (await checkTranslations({siteDir, docsDir, cwd, site})).messages;
      this.live.setLocales(site);
    } catch (error) {
      this.report(error as Error);
      return false;
    }
    const before = this.byFile;
    this.byFile = new Map(
      [...groupByFile(messages.sort(compareMessages))].map(([file, list]) => [
        resolve(cwd, file),
        list,
      ]),
    );
    const key = (map: Map<string, VFileMessage[]>) =>
      JSON.stringify([...map].map(([file, list]) => [file, list.map(String)]));
    return key(before) !== key(this.byFile);
  }
}
