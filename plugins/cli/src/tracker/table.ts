import {columnByHeader, type ColumnKey} from './columns.js';

/** One data row of a sheet (or CSV): its 1-based row number and its cells as text. */
export interface TableRow {
  row: number;
  cells: Map<ColumnKey, string>;
}

/** A sheet read back: which column holds what, and its rows. */
export interface Table {
  /** The sheet's name, or `undefined` for a CSV file. */
  sheet?: string;
  columns: Map<ColumnKey, number>;
  rows: TableRow[];
}

/** A problem of a cell (or a row, with the id cell). */
export interface CellProblem {
  ref: string;
  reason: string;
  severity: 'error' | 'conflict' | 'warning';
}

/** Spreadsheet column letters of a 1-based index: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** `tracker.xlsx:evaluation!E12`, or `tracker.csv:E12`. */
export function cellRef(file: string, table: Table, row: number, key: ColumnKey): string {
  const column = table.columns.get(key) ?? table.columns.get('id') ?? 1;
  const sheet = table.sheet === undefined ? '' : `${table.sheet}!`;
  return `${file}:${sheet}${columnLetter(column)}${row}`;
}

/** Reads a header row: the tracker columns it has, and warnings for the others. */
export function readHeader(headers: readonly string[]): {
  columns: Map<ColumnKey, number>;
  unknown: string[];
} {
  const columns = new Map<ColumnKey, number>();
  const unknown: string[] = [];
  headers.forEach((header, index) => {
    if (!header.trim()) return;
    const column = columnByHeader(header);
    if (column && !columns.has(column.key)) columns.set(column.key, index + 1);
    else unknown.push(header);
  });
  return {columns, unknown};
}

/** A table's rows from its cells' text, dropping rows where every cell is empty. */
export function tableRows(
  columns: Map<ColumnKey, number>,
  rows: {row: number; text: (column: number) => string}[],
): TableRow[] {
  const out: TableRow[] = [];
  for (const {row, text} of rows) {
    const cells = new Map<ColumnKey, string>();
    for (const [key, column] of columns) cells.set(key, text(column));
    if ([...cells.values()].some((value) => value.trim() !== '')) out.push({row, cells});
  }
  return out;
}
