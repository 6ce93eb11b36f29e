import {fileURLToPath} from 'node:url';
import {
  DidChangeWatchedFilesNotification,
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
import {trace, traced} from './trace.js';
import {TranslationChecks} from './translations.js';
import {SiteVersions} from './versions.js';
import {filesChanged} from './watched-files.js';
import type {SiteWorkspace} from './workspace.js';

/** The server's state once the client said where the workspace is. */
export interface ServerState {
  /** The workspace's docs versions, each a site of its own. */
  versions: SiteVersions;
  documents: TextDocuments<TextDocument>;
  /** Settles when every page of every version has been read. */
  ready: Promise<void>;
  /** `ready`, the read begun if it was not (a request needs the site before the grace after start-up). */
  siteRead(): Promise<void>;
  /** Settles once the cross-page rules put off after edits have run and their diagnostics are sent. */
  settled(): Promise<void>;
  /** The site (docs version) a file belongs to. */
  siteOf(path: string): SiteWorkspace;
  /** The parse of an open document brought up to its latest text (re-parsed in part). */
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
  let state: (ServerState & {startIfIdle(): void}) | undefined;
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
    // The pages the editor opens with come first: the site is read once their own checks are sent.
    setTimeout(() => state?.startIfIdle(), OPEN_GRACE);
    if (!watchDynamically) return;
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [
        {globPattern: '**/*.{md,mdx}'},
        {globPattern: '**/{units,nexus}.yml'},
        {globPattern: '**/versions.json'},
        {globPattern: '**/docusaurus.config.{js,mjs,cjs,ts,mts,cts}'},
      ],
    });
  });
  documents.listen(connection);
  connection.listen();
}

/**
 * How long after `initialized` the site is read when no page was opened meanwhile (ms): a client opens its
 * visible pages right after `initialized`, and on a busy machine they may take a while to arrive; a
 * request that needs the site starts the read at once.
 */
const OPEN_GRACE = 250;

function createState(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  root: string,
  settings: ServerSettings,
): ServerState & {startIfIdle(): void} {
  const where = locateSite(root, settings);
  const versions = new SiteVersions(where);
  const siteOf = (path: string) => versions.siteOf(path);
  const uris = new Map<string, string>();
  const textOf = (path: string) => {
    const uri = uris.get(path);
    return uri === undefined ? undefined : documents.get(uri)?.getText();
  };
  const translations = new TranslationChecks(
    {siteDir: versions.siteDir, docsDir: where.docsDir, cwd: where.cwd},
    (error) => connection.console.error(`kmportal: could not check translations: ${error.message}`),
    {textOf, sourcePage: (path) => siteOf(path).page(path)},
  );
  const open = (path: string) => {
    const uri = uris.get(path);
    const document = uri ? documents.get(uri) : undefined;
    return document && uri ? {uri, version: document.version} : undefined;
  };
  const delay = settings.debounce ?? 100;
  const publisher = new DiagnosticsPublisher(connection, versions, open, translations, delay);
  /** The translations checked again; their diagnostics sent if any changed. */
  const checkTranslations = () =>
    void translations.refresh().then((changed) => changed && publisher.publishAll());
  let begin: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (begin = resolve));
  const ready = started
    .then(async () => {
      trace('site-read');
      for (const site of versions.sites) await site.load();
      trace('site-read:end');
      publisher.publishAll();
    })
    .catch((error: Error) =>
      connection.console.error(`kmportal: could not read the site: ${error.message}`),
    );
  let loaded = false;
  void ready.then(() => {
    loaded = true;
    checkTranslations();
  });
  const refresh = (uri: string) => {
    const path = pathOf(uri);
    const document = documents.get(uri);
    if (!path || !document) return path;
    const site = siteOf(path);
    if (site.textOf(path) !== document.getText())
      traced('parse', document.version, () => site.setText(path, document.getText()));
    return path;
  };
  const check = (uri: string): Promise<void> => {
    const path = refresh(uri);
    if (!path || !documents.get(uri)) return Promise.resolve();
    if (loaded) return publisher.publishEdit(siteOf(path), path);
    return versions.isPage(path) ? publisher.publishPage(siteOf(path), path) : Promise.resolve();
  };
  // Pages checked before the site was read: checked again with the cross-page rules once it is.
  const early = new Set<string>();
  void ready.then(() => early.forEach((uri) => void check(uri)));
  // Pages opened before the site was read whose first diagnostics are not written yet: reading the site
  // keeps this thread busy at first (the parse cache is read here), so it waits for them.
  const first = new Set<string>();
  let asked = false;
  const beginWhenFree = () => {
    asked = true;
    if (first.size === 0) begin();
  };
  const debouncer = new Debouncer(delay, async (uri) => {
    trace('check', documents.get(uri)?.version);
    const written = check(uri);
    if (loaded) return;
    early.add(uri);
    await written;
    first.delete(uri);
    // On a turn of its own: its first part would hold this check's end (the next keystroke's debounce).
    setImmediate(beginWhenFree);
  });
  documents.onDidChangeContent(({document}) => {
    const path = pathOf(document.uri);
    if (!path) return;
    uris.set(path, document.uri);
    if (!loaded && !early.has(document.uri)) first.add(document.uri);
    trace('change', document.version);
    debouncer.request(document.uri);
  });
  documents.onDidClose(({document}) => {
    const path = pathOf(document.uri);
    debouncer.cancel(document.uri);
    if (first.delete(document.uri) && asked) beginWhenFree();
    if (!path) return;
    uris.delete(path);
    void ready.then(() => {
      const site = siteOf(path);
      site.close(path);
      void publisher.publishEdit(site, path);
    });
  });
  connection.onDidChangeWatchedFiles(({changes}) => {
    const watched = {
      versions,
      documents,
      publisher,
      translations,
      pathOf,
      refresh,
      checkTranslations,
    };
    void ready.then(() => filesChanged(changes, watched));
  });
  // No page opened yet: the site is read now. Else once the opened pages' diagnostics are written (a
  // read started meanwhile would hold them back: its first part runs on this thread).
  const startIfIdle = () => {
    if (uris.size === 0) beginWhenFree();
  };
  /** The site read (begun now, after the opened pages' first diagnostics, if not yet). */
  const siteRead = () => {
    beginWhenFree();
    return ready;
  };
  const settled = () => siteRead().then(() => publisher.settled());
  return {versions, documents, ready, siteRead, settled, siteOf, refresh, startIfIdle};
}
