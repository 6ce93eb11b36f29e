// A real JSON-RPC client for the server started over stdio, for the protocol tests.
import {spawn, type ChildProcess} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {Diagnostic, PublishDiagnosticsParams, Range} from 'vscode-languageserver-protocol';

const SERVER = join(__dirname, '..', '..', 'bin', 'kmportal-language-server.js');
const REGISTRY = join(__dirname, '..', '..', '..', 'model', 'test', 'registry');

/** A docs folder (`docs/`, or a released version's): the model's test registries and the given pages. */
export function writeDocs(folder: string, pages: Record<string, string>): void {
  mkdirSync(folder, {recursive: true});
  cpSync(REGISTRY, folder, {recursive: true});
  for (const [name, text] of Object.entries(pages)) {
    mkdirSync(dirname(join(folder, name)), {recursive: true});
    writeFileSync(join(folder, name), text);
  }
}

/** A site in a temporary folder: `docs/` with the model's test registries and the given pages. */
export function makeSite(pages: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kb-lsp-'));
  writeDocs(join(root, 'docs'), pages);
  return root;
}

/** The client side of one server process. */
export interface TestClient {
  root: string;
  connection: MessageConnection;
  uri(name: string): string;
  /**
   * Opens `docs/<name>` with its text on disk (or `text`) and resolves with its diagnostics once the
   * site-wide rules have run (as `change`).
   */
  open(name: string, text?: string): Promise<Diagnostic[]>;
  /**
   * Replaces the whole text of an open page and resolves with the diagnostics of that version once the
   * site-wide rules the change put off have run (the last published for it; the first has its own).
   */
  change(name: string, text: string): Promise<Diagnostic[]>;
  /** Sends incremental changes (ranges replaced, as an editor sends keystrokes); resolves as `change`. */
  edit(name: string, changes: {range: Range; text: string}[]): Promise<Diagnostic[]>;
  /** Sends incremental changes; resolves with the first diagnostics of that version (its own checks). */
  editFirst(name: string, changes: {range: Range; text: string}[]): Promise<Diagnostic[]>;
  /** The diagnostics last published for `uri` (`undefined` if none were). */
  latest(uri: string): Diagnostic[] | undefined;
  /** The next diagnostics published for `uri` (optionally of a given version). */
  diagnostics(uri: string, version?: number): Promise<Diagnostic[]>;
  request<R>(method: string, params: unknown): Promise<R>;
  stop(): Promise<void>;
}

interface Waiter {
  uri: string;
  version?: number;
  resolve: (diagnostics: Diagnostic[]) => void;
}

/** Starts the server in `root` and initialises it as VS Code would. */
export async function startClient(
  root: string,
  {
    initializationOptions = {},
    command = [SERVER, '--stdio'],
  }: {initializationOptions?: unknown; command?: string[]} = {},
): Promise<TestClient> {
  const child: ChildProcess = spawn(process.execPath, command, {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout!),
    new StreamMessageWriter(child.stdin!),
  );
  const waiters: Waiter[] = [];
  const versions = new Map<string, number>();
  const latest = new Map<string, Diagnostic[]>();
  connection.onNotification(
    'textDocument/publishDiagnostics',
    (params: PublishDiagnosticsParams) => {
      latest.set(params.uri, params.diagnostics);
      for (const waiter of waiters.filter(
        (w) => w.uri === params.uri && (w.version === undefined || w.version === params.version),
      )) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params.diagnostics);
      }
    },
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const rootUri = pathToFileURL(root).href;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{uri: rootUri, name: 'site'}],
    capabilities: {workspace: {didChangeWatchedFiles: {dynamicRegistration: true}}},
    initializationOptions,
  });
  await connection.sendNotification('initialized', {});
  // Answered once the server has read every page: diagnostics published after it are site-wide ones.
  await connection.sendRequest('workspace/symbol', {query: ''});
  const uri = (name: string) => pathToFileURL(join(root, 'docs', name)).href;
  const diagnostics = (target: string, version?: number) =>
    new Promise<Diagnostic[]>((resolve) => waiters.push({uri: target, version, resolve}));
  /** Sends changes of a page; resolves with the first diagnostics of the new version. */
  const changed = async (name: string, contentChanges: unknown[]) => {
    const target = uri(name);
    const version = (versions.get(target) ?? 1) + 1;
    versions.set(target, version);
    const published = diagnostics(target, version);
    await connection.sendNotification('textDocument/didChange', {
      textDocument: {uri: target, version},
      contentChanges,
    });
    return published;
  };
  // Answered once the cross-page rules put off after edits have run: what was published is complete.
  const settled = (name: string) => async () => {
    await connection.sendRequest('workspace/symbol', {query: ''});
    return latest.get(uri(name))!;
  };
  return {
    root,
    connection,
    uri,
    diagnostics,
    async open(name, text) {
      const target = uri(name);
      const value = text ?? readFileSync(join(root, 'docs', name), 'utf8');
      versions.set(target, 1);
      const published = diagnostics(target, 1);
      await connection.sendNotification('textDocument/didOpen', {
        textDocument: {uri: target, languageId: 'markdown', version: 1, text: value},
      });
      return published.then(settled(name));
    },
    change: (name, text) => changed(name, [{text}]).then(settled(name)),
    edit: (name, changes) => changed(name, changes).then(settled(name)),
    editFirst: changed,
    latest: (target) => latest.get(target),
    request: (method, params) => connection.sendRequest(method, params),
    async stop() {
      const exited = new Promise((done) => child.once('exit', done));
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await exited;
      connection.dispose();
    },
  };
}
