import {
  parseDue,
  RESPONSES,
  withActions,
  type ResponseValue,
  type StatusItem,
} from '@kmportal/model';
import {MarkupKind, type Hover, type Position} from 'vscode-languageserver';
import {attributeContext, type CursorContext} from './context.js';
import {itemMarkdown, nexusMarkdown, sdgMarkdown, unitMarkdown} from './describe.js';
import {editorLines} from './diagnostics.js';
import {dueInWords, localToday} from './due-words.js';
import {frontMatterContext} from './front-matter-context.js';
import {pullersOf} from './navigation.js';
import type {SiteWorkspace} from './workspace.js';

/** The word under the cursor in a value (`OES` in `owner="OES,PMU"`). */
function word(line: string, context: CursorContext): string {
  return line.slice(context.start, context.end);
}

function dueText(
  workspace: SiteWorkspace,
  raw: string,
  item: StatusItem | undefined,
): string | undefined {
  const parsed = parseDue(raw);
  if (!parsed.ok) return undefined;
  const closed = item ? (workspace.config.statusByValue.get(item.status)?.closed ?? false) : false;
  return dueInWords(parsed.due, localToday(), closed);
}

/** The item of the status block opened on `line` (0-based) of `path`. */
function itemOnLine(workspace: SiteWorkspace, path: string, line: number): StatusItem | undefined {
  const items = withActions(workspace.page(path)?.items ?? []);
  return items.find((item) => item.position.start.line === line + 1);
}

function idHover(workspace: SiteWorkspace, id: string, path: string): string | undefined {
  const item = workspace.itemById(id);
  if (!item) return undefined;
  const due = item.due ? dueText(workspace, item.due.raw, item) : undefined;
  const text = itemMarkdown(item, workspace.config, due);
  if (workspace.absolute(item.path) !== path) return text;
  const pullers = pullersOf(workspace, id).map((p) => `\`${p.path}:${p.line}\``);
  return `${text}\n\n${pullers.length ? `Shown on ${pullers.join(', ')}` : 'Not pulled by any other page'}`;
}

function valueHover(workspace: SiteWorkspace, key: string, value: string, item?: StatusItem) {
  const {config} = workspace;
  switch (key) {
    case 'parent':
      return workspace.itemById(value) && itemMarkdown(workspace.itemById(value)!, config);
    case 'owner':
    case 'reviewers': {
      const unit = config.units?.get(value);
      return unit ? unitMarkdown(unit, config) : undefined;
    }
    case 'sdg':
      return sdgMarkdown(value, config);
    case 'nexus': {
      const area = config.nexus?.get(value);
      return area ? nexusMarkdown(area) : undefined;
    }
    case 'status': {
      const status = config.statusByValue.get(value);
      return status && `**${status.label}**${status.closed ? ' — closed: never overdue' : ''}`;
    }
    case 'response':
      return RESPONSES.has(value as ResponseValue)
        ? `**${RESPONSES.get(value as ResponseValue)}**`
        : undefined;
    case 'due':
      return dueText(workspace, value, item);
  }
  return undefined;
}

/** Hover at `position` of a page: units, SDG codes, nexus areas, due dates, statuses and pulled ids. */
export function hover(
  workspace: SiteWorkspace,
  path: string,
  text: string,
  position: Position,
): Hover | null {
  const lines = editorLines(text);
  const line = lines[position.line] ?? '';
  const context =
    attributeContext(line, position.character) ??
    frontMatterContext(lines, position.line, position.character);
  if (!context) return null;
  const value = word(line, context);
  if (!value) return null;
  const isId = context.kind === 'key' ? value.startsWith('#') : context.key === 'id';
  const onBlock = context.where === 'status' || context.where === 'action';
  const item = onBlock ? itemOnLine(workspace, path, position.line) : undefined;
  const markdown = isId
    ? idHover(workspace, value.replace(/^#/, ''), path)
    : context.kind === 'value'
      ? valueHover(workspace, context.key!, value, item)
      : undefined;
  if (!markdown) return null;
  const range = {
    start: {line: position.line, character: context.start},
    end: {line: position.line, character: context.end},
  };
  return {contents: {kind: MarkupKind.Markdown, value: markdown}, range};
}
