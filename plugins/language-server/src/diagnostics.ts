import {isError, isInfo} from '@kmportal/model';
import {DiagnosticSeverity, type Diagnostic, type Range} from 'vscode-languageserver';
import type {VFileMessage} from 'vfile-message';

/** Splits a text into lines as editors count them (a byte-order mark stays on line 0). */
export function editorLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Editor column of a model column on a line: the parser counts line 1 after a byte-order mark. */
export function editorColumn(lines: readonly string[], line: number, column: number): number {
  return column - 1 + (line === 1 && lines[0]?.startsWith('\uFEFF') ? 1 : 0);
}

/** The first value a message quotes in backticks, e.g. `ongoign`. */
export function quotedValue(reason: string): string | undefined {
  return /`([^`]+)`/.exec(reason)?.[1];
}

/** Where the quoted value stands near `character` on `text` (at it, or after a `#`/`=`/quote), if it does. */
function valueEnd(text: string, character: number, value: string | undefined): number | undefined {
  if (!value) return undefined;
  const at = text.indexOf(value, character);
  return at !== -1 && at - character <= 2 ? at + value.length : undefined;
}

/** The range a message underlines: its span, else the value it quotes, else the word at its place. */
export function messageRange(message: VFileMessage, lines: readonly string[]): Range {
  const line = (message.line ?? 1) - 1;
  const character = editorColumn(lines, line + 1, message.column ?? 1);
  const place = message.place;
  if (place && 'end' in place && place.end.line > 0) {
    const end = editorColumn(lines, place.end.line, place.end.column);
    return {start: {line, character}, end: {line: place.end.line - 1, character: end}};
  }
  const text = lines[line] ?? '';
  const word = /^[^\s]*/.exec(text.slice(character))?.[0] ?? '';
  const end = valueEnd(text, character, quotedValue(message.reason)) ?? character + word.length;
  return {start: {line, character}, end: {line, character: end}};
}

/** A model message as an LSP diagnostic: the same text, place, rule id and severity as `kb check`. */
export function toDiagnostic(message: VFileMessage, lines: readonly string[]): Diagnostic {
  const diagnostic: Diagnostic = {
    range: messageRange(message, lines),
    severity: isError(message)
      ? DiagnosticSeverity.Error
      : isInfo(message)
        ? DiagnosticSeverity.Information
        : DiagnosticSeverity.Warning,
    message: message.reason,
    source: message.source ?? 'kmportal',
  };
  if (message.ruleId) diagnostic.code = message.ruleId;
  if (message.url) diagnostic.codeDescription = {href: message.url};
  return diagnostic;
}

/** Messages grouped by the file they name, in order. */
export function groupByFile(messages: readonly VFileMessage[]): Map<string, VFileMessage[]> {
  const groups = new Map<string, VFileMessage[]>();
  for (const message of messages) {
    const file = message.file ?? '';
    const group = groups.get(file);
    if (group) group.push(message);
    else groups.set(file, [message]);
  }
  return groups;
}
