import {stringify} from 'csv-stringify/sync';
import {TRACKER_COLUMNS} from './columns.js';
import type {TrackerRow} from './rows.js';

/** A text a spreadsheet would run as a formula gets a leading `'`, which `kb import` takes off again. */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The tracker as CSV (UTF-8 with BOM, so that Excel reads accents, and CRLF), with the workbook's columns. */
export function trackerCsv(rows: TrackerRow[]): string {
  const header = TRACKER_COLUMNS.map((c) => c.header);
  const records = rows.map((row) =>
    TRACKER_COLUMNS.map((c) => neutralizeFormula(row.values[c.key])),
  );
  return `\uFEFF${stringify([header, ...records], {record_delimiter: 'windows'})}`;
}
