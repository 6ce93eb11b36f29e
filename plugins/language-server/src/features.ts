import type {Connection, Location, Position} from 'vscode-languageserver';
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

interface Opened {
  path: string;
  uri: string;
  text: string;
}

/** The open document at `uri`, parsed up to its latest text, once the site has been read. */
async function opened(state: ServerState, uri: string): Promise<Opened | undefined> {
  await state.ready;
  const path = state.refresh(uri);
  const document = state.documents.get(uri);
  return path && document ? {path, uri, text: document.getText()} : undefined;
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
  const {workspace} = state;
  connection.onCompletion(async ({textDocument, position}) => {
    const doc = await opened(state, textDocument.uri);
    return doc ? completions(workspace, doc.path, doc.text, position) : [];
  });
  connection.onHover(async ({textDocument, position}) => {
    const doc = await opened(state, textDocument.uri);
    return doc ? hover(workspace, doc.path, doc.text, position) : null;
  });
  connection.onCodeAction(async ({textDocument, context}) => {
    const doc = await opened(state, textDocument.uri);
    const taken = (id: string) => workspace.itemById(id) !== undefined;
    return doc ? codeActions({workspace, ...doc, taken}, context.diagnostics) : [];
  });
  connection.onDefinition(async ({textDocument, position}) => {
    const doc = await opened(state, textDocument.uri);
    const id = doc && idAt(doc.text, position);
    const item = id ? workspace.itemById(id) : undefined;
    return item ? itemLocation(workspace, item) : null;
  });
  connection.onReferences(async ({textDocument, position, context}) => {
    const doc = await opened(state, textDocument.uri);
    const id = doc && idAt(doc.text, position);
    if (!id) return [];
    const item = workspace.itemById(id);
    const pulls: Location[] = pullersOf(workspace, id).map((p) =>
      locationOf(workspace, p.path, p.line, p.column, p.length),
    );
    return context.includeDeclaration && item ? [itemLocation(workspace, item), ...pulls] : pulls;
  });
  connection.onDocumentSymbol(async ({textDocument}) => {
    const doc = await opened(state, textDocument.uri);
    const page = doc && workspace.page(doc.path);
    return page ? documentSymbols(page, editorLines(doc.text).length) : [];
  });
  connection.onWorkspaceSymbol(async ({query}) => {
    await state.ready;
    return workspaceSymbols(workspace, query);
  });
}
