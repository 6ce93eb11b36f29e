import {
  isError,
  parsePageSyntax,
  type ModelConfig,
  type PageSyntax,
  type ParsedPage,
  type StatusItem,
} from '@kmportal/model';
import type {VFileMessage} from 'vfile-message';
import {insertNote} from './note.js';
import {editOpening, type AttributeChanges} from './opening-edit.js';
import {applyChanges, lineText, offsetOf, sourceLines, type TextChange} from './source-lines.js';

/** What to change on one item: attributes (`null` removes one) and a paragraph to append. */
export interface ItemEdit {
  item: StatusItem;
  attributes: AttributeChanges;
  /** A paragraph added at the end of the body (already dated). */
  note?: string;
}

/** Why an edit could not be made, with the attribute concerned when there is one. */
export interface EditProblem {
  id: string;
  key?: string;
  reason: string;
}

function changesOf(
  source: ReturnType<typeof sourceLines>,
  edit: ItemEdit,
): TextChange[] | EditProblem[] {
  const {start, end} = edit.item.position;
  const changes: TextChange[] = [];
  if (edit.attributes.size > 0) {
    const line = lineText(source, start.line);
    const edited = editOpening(line, edit.attributes);
    if ('problems' in edited) return edited.problems.map((p) => ({id: edit.item.id, ...p}));
    const at = offsetOf(source, start.line, 1);
    if (edited.line !== line) changes.push({start: at, end: at + line.length, insert: edited.line});
  }
  if (edit.note !== undefined) {
    const change = insertNote(source, {start: start.line, end: end.line}, edit.note);
    if ('reason' in change) return [{id: edit.item.id, key: 'note', reason: change.reason}];
    changes.push(change);
  }
  return changes;
}

/** Applies edits to the items of one page's text, each touching only its own spans. */
export function applyItemEdits(
  text: string,
  edits: readonly ItemEdit[],
): {text: string} | {problems: EditProblem[]} {
  const source = sourceLines(text);
  const changes: TextChange[] = [];
  const problems: EditProblem[] = [];
  for (const edit of edits) {
    const result = changesOf(source, edit);
    for (const entry of result) {
      if ('reason' in entry) problems.push(entry);
      else changes.push(entry);
    }
  }
  return problems.length ? {problems} : {text: applyChanges(text, changes)};
}

function key(message: VFileMessage): string {
  return `${message.ruleId}\u0000${message.reason}`;
}

/** The errors the edited text has that the text before did not (same rule and reason), as `kb check` gives them. */
export function newErrors(before: ParsedPage, after: ParsedPage): VFileMessage[] {
  const counts = new Map<string, number>();
  for (const m of before.messages.filter(isError))
    counts.set(key(m), (counts.get(key(m)) ?? 0) + 1);
  return after.messages.filter(isError).filter((m) => {
    const left = counts.get(key(m)) ?? 0;
    if (left > 0) counts.set(key(m), left - 1);
    return left === 0;
  });
}

/**
 * Parses an edited page with the model and lists what the edit broke; nothing is written here. Given
 * the syntax of the text before the edit (`parsePageSyntax`), only the blocks the edit touched are
 * parsed again (the same result, as the language server does per keystroke); the syntax is used up.
 */
export function validateEdit(
  path: string,
  before: ParsedPage,
  text: string,
  config: ModelConfig,
  syntax?: PageSyntax,
): {parsed: ParsedPage; errors: VFileMessage[]} {
  const {parsed} = parsePageSyntax({path, value: text}, config, syntax);
  return {parsed, errors: newErrors(before, parsed)};
}
