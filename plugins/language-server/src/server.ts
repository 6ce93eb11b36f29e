import {fileURLToPath} from 'node:url';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import {TextDocument} from 'vscode-languageserver-textdocument';
import {registerFeatures} from './features.js';
import {locateSite, type ServerSettings} from './locate.js';
import {DiagnosticsPublisher} from './publish.js';
import {Debouncer} from './schedule.js';
import {SiteWorkspace} from './workspace.js';

/** The server's state once the client said where the workspace is. */
export interface ServerState {
  workspace: SiteWorkspace;
  documents: TextDocuments<TextDocument>;
  /** Settles when every page has been read. */
  ready: Promise<void>;
  /** The workspace's parse of an open document brought up to its latest text. */
  refresh(uri: string): string | undefined;
}

/** Absolute path of a `file:` URI, else `undefined`. */
export function pathOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

function rootOf(params: InitializeParams): string {
  const uri = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
  return (uri && pathOf(uri)) ?? params.rootPath ?? process.cwd();
}

const CAPABILITIES: InitializeResult['capabilities'] = {
  textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental},
  completionProvider: {triggerCharacters: ['{', ' ', '=', ',', '"', '#', ':']},
  hoverProvider: true,
  codeActionProvider: {codeActionKinds: ['quickfix']},
  definitionProvider: true,
  referencesProvider: true,
  documentSymbolProvider: true,
  workspaceSymbolProvider: true,
};

/** Serves one site over `connection`: diagnostics as `kb check` reports them, and the editing features. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let state: ServerState | undefined;
  let watchDynamically = false;
  connection.onInitialize((params) => {
    const settings = (params.initializationOptions ?? {}) as ServerSettings;
    state = createState(connection, documents, rootOf(params), settings);
    watchDynamically = Boolean(
      params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    );
    registerFeatures(connection, state);
    return {capabilities: CAPABILITIES, serverInfo: {name: 'kmportal-language-server'}};
  });
  connection.onInitialized(() => {
    if (!watchDynamically) return;
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{globPattern: '**/*.{md,mdx}'}, {globPattern: '**/{units,nexus}.yml'}],
    });
  });
  documents.listen(connection);
  connection.listen();
}

function createState(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  root: string,
  settings: ServerSettings,
): ServerState {
  const workspace = new SiteWorkspace(locateSite(root, settings));
  const uris = new Map<string, string>();
  const open = (path: string) => {
    const uri = uris.get(path);
    const document = uri ? documents.get(uri) : undefined;
    return document && uri ? {uri, version: document.version} : undefined;
  };
  const publisher = new DiagnosticsPublisher(connection, workspace, open);
  const ready = workspace.load().then(
    () => publisher.publish(),
    (error: Error) =>
      connection.console.error(`kmportal: could not read the site: ${error.message}`),
  );
  const refresh = (uri: string) => {
    const path = pathOf(uri);
    const document = documents.get(uri);
    if (!path || !document) return path;
    if (workspace.textOf(path) !== document.getText()) workspace.setText(path, document.getText());
    return path;
  };
  let loaded = false;
  void ready.then(() => (loaded = true));
  const debouncer = new Debouncer(settings.debounce ?? 100, (uri) => {
    const path = pathOf(uri);
    const document = documents.get(uri);
    if (!loaded && path && document && workspace.isPage(path)) {
      workspace.setText(path, document.getText());
      publisher.publishPage(path);
    }
    return ready.then(() => {
      const path = refresh(uri);
      if (path && documents.get(uri)) publisher.publish(path);
    });
  });
  documents.onDidChangeContent(({document}) => {
    const path = pathOf(document.uri);
    if (!path) return;
    uris.set(path, document.uri);
    debouncer.request(document.uri);
  });
  documents.onDidClose(({document}) => {
    const path = pathOf(document.uri);
    debouncer.cancel(document.uri);
    if (!path) return;
    uris.delete(path);
    void ready.then(() => {
      workspace.close(path);
      publisher.publish(path);
    });
  });
  connection.onDidChangeWatchedFiles(({changes}) => {
    void ready.then(async () => {
      const paths = changes.map((change) => ({path: pathOf(change.uri), type: change.type}));
      // A registry changed: every page is checked again, read on worker threads like at start-up.
      if (paths.some(({path}) => path && workspace.isRegistry(path))) await workspace.load();
      else {
        for (const {path, type} of paths) {
          if (path) workspace.fileChanged(path, type === FileChangeType.Deleted);
        }
      }
      publisher.publish();
    });
  });
  return {workspace, documents, ready, refresh};
}
