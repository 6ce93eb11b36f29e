/** A file's text cut into lines the way the model numbers them, keeping every byte's offset. */
export interface SourceLines {
  text: string;
  /** Length of a leading byte-order mark (0 or 1): line 1, column 1 starts after it. */
  bom: number;
  /** Offset of each line's first character; index 0 is line 1. */
  starts: number[];
  /** The line ending new lines are written with: the file's first one, `\n` when it has none. */
  eol: string;
}

/** Cuts `text` into lines (`\r\n`, `\r` or `\n`), as `splitLines` of the model does. */
export function sourceLines(text: string): SourceLines {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const starts = [bom];
  for (const match of text.slice(bom).matchAll(/\r\n|\r|\n/g)) {
    starts.push(bom + (match.index ?? 0) + match[0].length);
  }
  const eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
  return {text, bom, starts, eol};
}

/** The text of a 1-based line, without its line ending. */
export function lineText(source: SourceLines, line: number): string {
  const start = source.starts[line - 1];
  if (start === undefined) return '';
  const next = source.starts[line];
  const raw = source.text.slice(start, next ?? source.text.length);
  return raw.replace(/(?:\r\n|\r|\n)$/, '');
}

/** Offset of a 1-based line and column. */
export function offsetOf(source: SourceLines, line: number, column: number): number {
  return (source.starts[line - 1] ?? source.text.length) + column - 1;
}

/** One replacement of a span of the text. */
export interface TextChange {
  start: number;
  end: number;
  insert: string;
}

/** Applies non-overlapping changes, last first, so earlier offsets stay true. */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
  let result = text;
  const sorted = [...changes].sort((a, b) => b.start - a.start || b.end - a.end);
  for (const change of sorted) {
    result = result.slice(0, change.start) + change.insert + result.slice(change.end);
  }
  return result;
}
