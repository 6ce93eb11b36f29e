import type {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import type {Point, Span} from './types.js';
import {RULES_URL, SOURCE} from './vocabulary.js';

/**
 * Severity of a problem: an error fails `kb check` and (by default) the build; `info` is a note that
 * is never counted as a problem (vfile's `fatal: undefined`).
 */
export type Severity = 'error' | 'warning' | 'info';

/** Adds a problem to `file`, with its place, rule id and documentation link. */
export function report(
  file: VFile,
  reason: string,
  place: Point | Span | undefined,
  ruleId: string,
  severity: Severity = 'error',
): VFileMessage {
  const message = file.message(reason, {place, ruleId, source: SOURCE});
  message.fatal = severity === 'info' ? undefined : severity === 'error';
  message.url = `${RULES_URL}#${ruleId}`;
  return message;
}

/** Whether a message is an error (as opposed to a warning). */
export function isError(message: VFileMessage): boolean {
  return message.fatal === true;
}

/** Whether a message is an info note (`fatal` neither true nor false): never counted as a problem. */
export function isInfo(message: VFileMessage): boolean {
  return message.fatal !== true && message.fatal !== false;
}

/** `path:line:col: message`: the form tests assert and editors understand. */
export function formatMessage(message: VFileMessage): string {
  const where = [message.file, message.line ?? 1, message.column ?? 1].join(':');
  return `${where}: ${message.reason}`;
}

/** Sorts messages by file, then place. */
export function compareMessages(a: VFileMessage, b: VFileMessage): number {
  return (
    (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0)
  );
}

/** Backticks a value for a message, showing empty values visibly. */
export function code(value: string): string {
  return value === '' ? '(empty)' : `\`${value}\``;
}

/** `a`, `b` or `c` for a message listing what was expected. */
export function codeList(values: readonly string[], conjunction = 'or'): string {
  const quoted = values.map(code);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}`;
}
