import {pathToFileURL} from 'node:url';
import {createMatcher, type ParsedPage, type Pull, type StatusItem} from '@kmportal/model';
import {
  SymbolKind,
  type DocumentSymbol,
  type Location,
  type Range,
  type WorkspaceSymbol,
} from 'vscode-languageserver';
import type {SiteWorkspace} from './workspace.js';

/** A pull that shows an item: where it stands (1-based line and column, as the model counts). */
export interface Puller {
  path: string;
  line: number;
  column: number;
  length: number;
  pull: Pull;
}

function pullerOf(pull: Pull): Puller {
  const place = pull.kind === 'status-ref' ? pull.places.id : undefined;
  const start = place ?? pull.position.start;
  const length = place ? (pull.id ?? '').length : pull.position.end.column - start.column;
  return {path: pull.path, line: start.line, column: start.column, length, pull};
}

/** Every `status-ref` of `id` and every `status-table` that lists it, across the site. */
export function pullersOf(workspace: SiteWorkspace, id: string): Puller[] {
  const item = workspace.itemById(id);
  const pages = workspace.sortedPages();
  const match = createMatcher(pages, {config: workspace.config});
  const items = workspace.items();
  return pages.flatMap((page) =>
    page.pulls
      .filter((pull) =>
        pull.kind === 'status-ref'
          ? pull.id === id
          : item !== undefined && match(items, pull.filter ?? {}).includes(item),
      )
      .map(pullerOf),
  );
}

/** A location from the model's 1-based place and a length. */
export function locationOf(
  workspace: SiteWorkspace,
  path: string,
  line: number,
  column: number,
  length: number,
): Location {
  const start = {line: line - 1, character: column - 1};
  return {
    uri: pathToFileURL(workspace.absolute(path)).href,
    range: {start, end: {line: line - 1, character: column - 1 + Math.max(0, length)}},
  };
}

/** The opening line of an item's block. */
export function itemLocation(workspace: SiteWorkspace, item: StatusItem): Location {
  const {line, column} = item.position.start;
  return locationOf(
    workspace,
    item.path,
    line,
    column,
    Math.max(
      1,
      item.position.start.line === item.position.end.line ? item.position.end.column - column : 3,
    ),
  );
}

function spanRange(span: {
  start: {line: number; column: number};
  end: {line: number; column: number};
}): Range {
  return {
    start: {line: span.start.line - 1, character: span.start.column - 1},
    end: {line: span.end.line - 1, character: span.end.column - 1},
  };
}

function itemSymbol(item: StatusItem): DocumentSymbol {
  const range = spanRange(item.position);
  const selection = {
    start: range.start,
    end: {line: range.start.line, character: range.start.character + 3},
  };
  const children = item.actions?.map(itemSymbol);
  return {
    ...(children ? {children} : {}),
    name: item.title || item.id,
    detail: `#${item.id} · ${item.status}`,
    kind: SymbolKind.Event,
    range,
    selectionRange: selection,
  };
}

function pullSymbol(pull: Pull): DocumentSymbol {
  const range = spanRange(pull.position);
  const name =
    pull.kind === 'status-ref' ? `→ ${pull.id ?? '(no id)'}` : `▦ ${pull.label ?? 'status table'}`;
  return {name, detail: pull.kind, kind: SymbolKind.Key, range, selectionRange: range};
}

/** The page as an outline: its headings, with the status blocks and pulls under each. */
export function documentSymbols(page: ParsedPage, lineCount: number): DocumentSymbol[] {
  const entries = [
    ...page.items.map((item) => ({line: item.position.start.line, symbol: itemSymbol(item)})),
    ...page.pulls.map((pull) => ({line: pull.position.start.line, symbol: pullSymbol(pull)})),
  ].sort((a, b) => a.line - b.line);
  const top: DocumentSymbol[] = [];
  const headings = page.headings.map((heading, index) => {
    const next = page.headings[index + 1]?.line ?? lineCount + 1;
    const range = {
      start: {line: heading.line - 1, character: 0},
      end: {line: next - 2, character: 0},
    };
    return {
      line: heading.line,
      next,
      symbol: {
        name: heading.text,
        kind: SymbolKind.Namespace,
        range,
        selectionRange: {start: range.start, end: range.start},
        children: [] as DocumentSymbol[],
      },
    };
  });
  for (const entry of entries) {
    const under = headings.findLast((h) => h.line < entry.line);
    if (under) under.symbol.children.push(entry.symbol);
    else top.push(entry.symbol);
  }
  return [...top, ...headings.map((h) => h.symbol)].sort(
    (a, b) => a.range.start.line - b.range.start.line,
  );
}

/** Every id of the site matching `query` (in its id or title, case-insensitive). */
export function workspaceSymbols(
  workspace: SiteWorkspace,
  query: string,
  limit = 2000,
): WorkspaceSymbol[] {
  const needle = query.toLowerCase();
  const symbols: WorkspaceSymbol[] = [];
  for (const item of workspace.items()) {
    if (symbols.length >= limit) break;
    if (needle && !item.id.includes(needle) && !item.title.toLowerCase().includes(needle)) continue;
    symbols.push({
      name: `#${item.id} ${item.title}`,
      kind: SymbolKind.Event,
      location: itemLocation(workspace, item),
      containerName: item.path,
    });
  }
  return symbols;
}
