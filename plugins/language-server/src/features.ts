import type {CancellationToken, Connection, Location, Position} from 'vscode-languageserver';
import {codeActions} from './actions.js';
import {completions} from './completion.js';
import {attributeContext} from './context.js';
import {editorLines} from './diagnostics.js';
import {hover} from './hover.js';
import {
  documentSymbols,
  itemLocation,
  locationOf,
  pullersOf,
  workspaceSymbols,
} from './navigation.js';
import type {ServerState} from './server.js';
import type {SiteWorkspace} from './workspace.js';

interface Opened {
  path: string;
  uri: string;
  text: string;
  /** The docs version the page belongs to: its ids, registries and pulls. */
  workspace: SiteWorkspace;
}

/**
 * The open document at `uri`, parsed up to its latest text, once the site has been read; `undefined`
 * when the client cancelled the request meanwhile (an answer to a stale request is not computed).
 */
async function opened(
  state: ServerState,
  uri: string,
  token?: CancellationToken,
): Promise<Opened | undefined> {
  await state.siteRead();
  if (token?.isCancellationRequested) return undefined;
  const path = state.refresh(uri);
  const document = state.documents.get(uri);
  if (!path || !document) return undefined;
  return {path, uri, text: document.getText(), workspace: state.siteOf(path)};
}

/** The id under the cursor: `#id` of a block or `id=…` of a `status-ref`. */
function idAt(text: string, position: Position): string | undefined {
  const line = editorLines(text)[position.line] ?? '';
  const context = attributeContext(line, position.character);
  if (!context) return undefined;
  const word = line.slice(context.start, context.end);
  if (context.kind === 'key' && word.startsWith('#')) return word.slice(1);
  if (context.kind === 'value' && context.key === 'id') return word;
  return undefined;
}

/** Registers completion, hover, quick fixes, definitions, references and symbols on `connection`. */
export function registerFeatures(connection: Connection, state: ServerState): void {
  connection.onCompletion(async ({textDocument, position}, token) => {
    const doc = await opened(state, textDocument.uri, token);
    return doc ? completions(doc.workspace, doc.path, doc.text, position) : [];
  });
  connection.onHover(async ({textDocument, position}, token) => {
    const doc = await opened(state, textDocument.uri, token);
    return doc ? hover(doc.workspace, doc.path, doc.text, position) : null;
  });
  connection.onCodeAction(async ({textDocument, context}, token) => {
    const doc = await opened(state, textDocument.uri, token);
    if (!doc) return [];
    const taken = (id: string) => doc.workspace.itemById(id) !== undefined;
    return codeActions({...doc, taken}, context.diagnostics);
  });
  connection.onDefinition(async ({textDocument, position}, token) => {
    const doc = await opened(state, textDocument.uri, token);
    const id = doc && idAt(doc.text, position);
    const item = id ? doc.workspace.itemById(id) : undefined;
    return item ? itemLocation(doc!.workspace, item) : null;
  });
  connection.onReferences(async ({textDocument, position, context}, token) => {
    const doc = await opened(state, textDocument.uri, token);
    const id = doc && idAt(doc.text, position);
    if (!doc || !id) return [];
    const {workspace} = doc;
    const item = workspace.itemById(id);
    const pulls: Location[] = pullersOf(workspace, id).map((p) =>
      locationOf(workspace, p.path, p.line, p.column, p.length),
    );
    return context.includeDeclaration && item ? [itemLocation(workspace, item), ...pulls] : pulls;
  });
  connection.onDocumentSymbol(async ({textDocument}, token) => {
    const doc = await opened(state, textDocument.uri, token);
    const page = doc && doc.workspace.page(doc.path);
    return page ? documentSymbols(page, editorLines(doc.text).length) : [];
  });
  connection.onWorkspaceSymbol(async ({query}, token) => {
    // Every id as the site stands after the last edit (the cross-page pass it put off included).
    await state.settled();
    if (token.isCancellationRequested) return [];
    return state.versions.sites.flatMap((site) => workspaceSymbols(site, query));
  });
}
