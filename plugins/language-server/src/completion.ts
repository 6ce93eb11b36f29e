import {ACTION_ATTRIBUTES, FILTER_KEYS, STATUS_ATTRIBUTES} from '@kmportal/model';
import {
  CompletionItemKind,
  InsertTextFormat,
  type CompletionItem,
  type Position,
  type Range,
} from 'vscode-languageserver';
import {valueCompletions} from './completion-values.js';
import {sdgHintsAt} from './sdg-suggestions.js';
import {attributeContext, LIST_KEYS, type CursorContext} from './context.js';
import {editorLines} from './diagnostics.js';
import {localToday} from './due-words.js';
import {freshId} from './fresh-id.js';
import {frontMatterContext} from './front-matter-context.js';
import type {SiteWorkspace} from './workspace.js';

const SUGGEST_AGAIN = {title: 'Suggest', command: 'editor.action.triggerSuggest'};

function withRange(items: CompletionItem[], range: Range): CompletionItem[] {
  return items.map((item) => ({
    ...item,
    textEdit: {range, newText: item.insertText ?? item.label},
    insertText: undefined,
  }));
}

function keyItem(key: string): CompletionItem {
  const list = LIST_KEYS.has(key);
  return {
    label: key,
    kind: CompletionItemKind.Property,
    insertText: list ? `${key}="$1"` : `${key}=`,
    insertTextFormat: InsertTextFormat.Snippet,
    command: SUGGEST_AGAIN,
  };
}

function keyCompletions(context: CursorContext, fresh: () => string): CompletionItem[] {
  const missing = (keys: readonly string[]) => keys.filter((k) => !context.present.includes(k));
  if (context.where === 'status-ref') return missing(['id']).map(keyItem);
  if (context.where === 'status-table') return missing(FILTER_KEYS).map(keyItem);
  const attributes = context.where === 'action' ? ACTION_ATTRIBUTES : STATUS_ATTRIBUTES;
  const items = missing(attributes.filter((key) => key !== 'id')).map(keyItem);
  if (!context.present.includes('id') || context.partial.startsWith('#')) {
    const id = `#${fresh()}`;
    items.unshift({
      label: id,
      kind: CompletionItemKind.Constant,
      detail: 'A fresh id, unused on the site',
    });
  }
  return items;
}

/** Snippets for a new status block (with a fresh id), a ref and a table, at the start of a line. */
function blockSnippets(fresh: () => string, statuses: string[]): CompletionItem[] {
  const snippet = (label: string, detail: string, text: string): CompletionItem => ({
    label,
    detail,
    kind: CompletionItemKind.Snippet,
    insertText: text,
    insertTextFormat: InsertTextFormat.Snippet,
    filterText: `:::${label}`,
  });
  return [
    snippet(
      'status',
      'New status block',
      `:::status[\${1:Title}]{#${fresh()} status=\${2|${statuses.join(',')}|} owner="\${3}" due=\${4:tbc}}\n\${0}\n:::`,
    ),
    snippet('status-ref', 'Show one item from another page', '::status-ref{id=${1}}'),
    snippet('status-table', 'List items by filter', '::status-table[${1:Caption}]{status=${2}}'),
  ];
}

/** Completions at `position` of a page: attribute names and values, front-matter values, new blocks. */
export function completions(
  workspace: SiteWorkspace,
  path: string,
  text: string,
  position: Position,
): CompletionItem[] {
  const lines = editorLines(text);
  const line = lines[position.line] ?? '';
  const taken = (id: string) => workspace.itemById(id) !== undefined;
  const fresh = () => freshId(workspace.page(path), path, taken);
  const context =
    attributeContext(line, position.character) ??
    frontMatterContext(lines, position.line, position.character);
  if (!context) {
    const typed = /^\s*(:{1,3}[a-z-]*|[a-z][a-z-]*)$/.exec(line.slice(0, position.character));
    if (!typed) return [];
    const range = {
      start: {line: position.line, character: position.character - typed[1]!.length},
      end: position,
    };
    return withRange(
      blockSnippets(
        fresh,
        workspace.config.statuses.map((s) => s.value),
      ),
      range,
    );
  }
  const range = {
    start: {line: position.line, character: context.start},
    end: position,
  };
  if (context.kind === 'key') return withRange(keyCompletions(context, fresh), range);
  const input = {
    config: workspace.config,
    items: () => workspace.items(),
    today: localToday(),
    sdgHints: () => sdgHintsAt(workspace.page(path), position.line),
  };
  return withRange(valueCompletions(context.key!, context.where, input), range);
}
