import {readFileSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
import {compareMessages} from '@kmportal/model';
import type {Connection, Diagnostic} from 'vscode-languageserver';
import type {VFileMessage} from 'vfile-message';
import {messagesKey} from './cross-checks.js';
import {editorLines, toDiagnostic} from './diagnostics.js';
import {trace, traced} from './trace.js';
import type {SiteVersions} from './versions.js';
import type {SiteWorkspace} from './workspace.js';

/** What an open editor holds: its URI as the client wrote it and its version. */
export interface OpenDocument {
  uri: string;
  version: number;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/**
 * Publishes the site's diagnostics file by file (every page of every docs version, not only open ones,
 * like `kb check`), sending only what changed since the last time; the page just edited is always sent,
 * with its version, so a client waiting for it gets an answer.
 */
export class DiagnosticsPublisher {
  /** Absolute path → the key of the messages last sent. */
  private readonly sent = new Map<string, string>();
  /** Sites whose cross-page rules are to run again, with the timer that runs them. */
  private readonly waiting = new Map<SiteWorkspace, NodeJS.Timeout>();
  private readonly idle: (() => void)[] = [];
  /** Files to send again in the put-off pass (translations of the pages edited). */
  private readonly dependents = new Map<SiteWorkspace, Set<string>>();

  constructor(
    private readonly connection: Connection,
    private readonly versions: SiteVersions,
    private readonly open: (path: string) => OpenDocument | undefined,
    /** Messages of other checks (the translations'), by file: sent with the file's own. */
    private readonly others: {
      of(path: string): readonly VFileMessage[];
      files(): Iterable<string>;
      /** Files whose messages follow the text of a page (its translations). */
      dependents(path: string): string[];
    },
    /** Milliseconds without edits before the cross-page rules run again after an edit. */
    private readonly siteDelay = 100,
  ) {}

  /** Every file's diagnostics, after the site was read (or a registry changed). */
  publishAll(): void {
    for (const timer of this.waiting.values()) clearTimeout(timer);
    this.waiting.clear();
    this.dependents.clear();
    const files = new Map<string, VFileMessage[]>();
    for (const site of this.versions.sites) {
      site.refreshCross();
      for (const path of site.filesWithMessages()) files.set(path, site.messagesOf(path));
    }
    if (this.versions.messages.length)
      files.set(this.versions.versionsFile, this.versions.messages);
    for (const path of this.others.files()) if (!files.has(path)) files.set(path, []);
    for (const [path, messages] of files) void this.send(path, messages, false);
    for (const path of [...this.sent.keys()]) if (!files.has(path)) void this.send(path, [], false);
    this.idle.splice(0).forEach((done) => done());
  }

  /**
   * The diagnostics of `edited` (absolute), always sent at once: its own checks, with the cross-page
   * messages of the last run of those rules. When an id or a pull changed (or moved where it matters),
   * the rules run again once edits pause for `siteDelay` ms, off the keystroke's path; then every file
   * whose messages changed with it is sent (the edited page too, if its cross-page messages changed).
   */
  publishEdit(site: SiteWorkspace, edited: string): Promise<void> {
    const sent = this.send(edited, site.messagesOf(edited), true);
    const dependents = this.others.dependents(edited);
    if (site.crossPending || dependents.length) this.scheduleSite(site, dependents);
    return sent;
  }

  /** Settles once no run of the cross-page rules is waiting (what a client asked for then is complete). */
  settled(): Promise<void> {
    return this.waiting.size ? new Promise((done) => this.idle.push(done)) : Promise.resolve();
  }

  /** The cross-page rules of `site` run (again) once edits pause; a later edit puts the run off. */
  private scheduleSite(site: SiteWorkspace, dependents: readonly string[]): void {
    clearTimeout(this.waiting.get(site));
    const due = this.dependents.get(site) ?? new Set<string>();
    for (const path of dependents) due.add(path);
    this.dependents.set(site, due);
    const run = () => {
      this.waiting.delete(site);
      this.dependents.delete(site);
      const changed = traced('cross', 'site', () => site.refreshCross());
      for (const path of due) changed.add(path);
      for (const path of changed) void this.send(path, site.messagesOf(path), false);
      if (!this.waiting.size) this.idle.splice(0).forEach((done) => done());
    };
    this.waiting.set(site, setTimeout(run, this.siteDelay));
  }

  /**
   * Before the site has been read: the page's own messages at once (no cross-page rule yet, so no false
   * `unknown-id` for pulls of pages not read yet); `publishAll` sends the complete set when it is read.
   */
  publishPage(site: SiteWorkspace, path: string): Promise<void> {
    const page = site.page(path);
    return page ? this.send(path, page.messages, true) : Promise.resolve();
  }

  /** Sends a file's diagnostics unless unchanged; settles when they are written. */
  private send(path: string, own: readonly VFileMessage[], force: boolean): Promise<void> {
    const others = this.others.of(path);
    const messages = others.length ? [...own, ...others].sort(compareMessages) : own;
    const key = messagesKey(messages);
    if (!force && (this.sent.get(path) ?? '') === key) return Promise.resolve();
    if (messages.length) this.sent.set(path, key);
    else this.sent.delete(path);
    const document = this.open(path);
    // The text's lines only when there is something to place on them (a 1,000-line page, per keystroke).
    const text = messages.length ? (this.versions.siteOf(path).textOf(path) ?? readText(path)) : '';
    const lines = messages.length ? editorLines(text) : [];
    const diagnostics: Diagnostic[] = messages.map((m) => toDiagnostic(m, lines));
    if (force) trace('send', document?.version);
    const written = this.connection.sendDiagnostics({
      uri: document?.uri ?? pathToFileURL(path).href,
      version: document?.version,
      diagnostics,
    });
    if (force) void written.then(() => trace('sent', document?.version));
    return written;
  }
}
