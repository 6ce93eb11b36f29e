import {parse} from 'csv-parse/sync';
import {readHeader, tableRows} from './table.js';
import type {TrackerBook} from './read-xlsx.js';

/** `,` or `;`: whichever the header line has more of outside quotes (Excel writes `;` where `,` is the decimal mark). */
export function csvDelimiter(text: string): ',' | ';' {
  const header = (text.split(/\r\n|\r|\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** Takes off the `'` that `kb export --csv` puts before a text a spreadsheet would run as a formula. */
export function restoreFormulaText(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** Reads a tracker CSV (UTF-8, with or without BOM, `,` or `;`). */
export function readTrackerCsv(text: string): TrackerBook | {error: string} {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: csvDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    return {error: (error as Error).message};
  }
  const {columns, unknown} = readHeader(records[0] ?? []);
  const rows = records.slice(1).map((record, index) => ({
    row: index + 2,
    text: (column: number) => restoreFormulaText(record[column - 1] ?? ''),
  }));
  return {
    tables: [{columns, rows: tableRows(columns, rows)}],
    unknownColumns: unknown.map((header) => ({header})),
  };
}
