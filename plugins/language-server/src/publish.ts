import {readFileSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
import type {Connection, Diagnostic} from 'vscode-languageserver';
import type {VFileMessage} from 'vfile-message';
import {editorLines, groupByFile, toDiagnostic} from './diagnostics.js';
import type {SiteWorkspace} from './workspace.js';

/** What an open editor holds: its URI as the client wrote it and its version. */
export interface OpenDocument {
  uri: string;
  version: number;
}

function messagesKey(messages: readonly VFileMessage[]): string {
  return messages.map((m) => `${m.line}:${m.column}:${m.ruleId}:${m.fatal}:${m.reason}`).join('\n');
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/**
 * Publishes the site's diagnostics file by file, sending only what changed since the last time (every
 * page of the workspace, not only open ones, like `kb check`); the page just edited is always sent, with
 * its version, so a client waiting for it gets an answer.
 */
export class DiagnosticsPublisher {
  /** Absolute path → the key of the messages last sent. */
  private readonly sent = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    private readonly workspace: SiteWorkspace,
    private readonly open: (path: string) => OpenDocument | undefined,
  ) {}

  /** Sends the diagnostics that changed; always those of `edited` (absolute path). */
  publish(edited?: string): void {
    const groups = new Map<string, VFileMessage[]>();
    for (const [file, messages] of groupByFile(this.workspace.messages())) {
      groups.set(this.workspace.absolute(file), messages);
    }
    for (const [path, messages] of groups) this.send(path, messages, path === edited);
    for (const path of [...this.sent.keys()]) {
      if (!groups.has(path)) this.send(path, [], path === edited);
    }
    if (edited && !groups.has(edited) && !this.sent.has(edited)) this.send(edited, [], true);
  }

  /**
   * Before the site has been read: the page's own messages at once (no cross-page rule yet, so no false
   * `unknown-id` for pulls of pages not read yet); `publish` sends the complete set when the site is read.
   */
  publishPage(path: string): void {
    const page = this.workspace.page(path);
    if (page) this.send(path, page.messages, true);
  }

  private send(path: string, messages: VFileMessage[], force: boolean): void {
    const key = messagesKey(messages);
    if (!force && (this.sent.get(path) ?? '') === key) return;
    if (messages.length) this.sent.set(path, key);
    else this.sent.delete(path);
    const document = this.open(path);
    const lines = editorLines(
      this.workspace.textOf(path) ?? (messages.length ? readText(path) : ''),
    );
    const diagnostics: Diagnostic[] = messages.map((m) => toDiagnostic(m, lines));
    void this.connection.sendDiagnostics({
      uri: document?.uri ?? pathToFileURL(path).href,
      version: document?.version,
      diagnostics,
    });
  }
}
