// The management-response tracker as a workbook, beside `tracker.csv`: the same rows, typed cells.
import type {Workbook, Worksheet} from 'exceljs';
import type {ExportedItem} from './exports.js';
import {TRACKER_COLUMNS, trackerRows} from './tracker.js';

/** Name of the tracker workbook in the exports folder. */
export const TRACKER_XLSX_FILE = 'tracker.xlsx';
/** Name of its one sheet. */
export const TRACKER_SHEET = 'Tracker';

/** Column widths in characters, in `TRACKER_COLUMNS` order. */
const WIDTHS = [40, 18, 32, 40, 16, 12, 14, 36, 36, 14];
const DATE_COLUMNS = new Set(['Due', 'Last updated']);
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` day as an Excel date (midnight UTC); any other text as it is (`2019-Q4`, `tbc`). */
export function trackerCell(value: string, column: string): string | Date {
  const day = DATE_COLUMNS.has(column) ? DAY.exec(value) : null;
  return day ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))) : value;
}

function layOut(sheet: Worksheet, rows: number): void {
  sheet.columns = TRACKER_COLUMNS.map((header, index) => ({
    header,
    width: WIDTHS[index],
    style: {
      alignment: {wrapText: true, vertical: 'top'},
      ...(DATE_COLUMNS.has(header) ? {numFmt: 'yyyy-mm-dd'} : {}),
    },
  }));
  sheet.getRow(1).font = {bold: true};
  sheet.autoFilter = {
    from: {row: 1, column: 1},
    to: {row: Math.max(rows, 1) + 1, column: TRACKER_COLUMNS.length},
  };
}

/**
 * The tracker workbook (one row per key action, a recommendation without actions on a row of its own,
 * the columns of `tracker.csv`): frozen header, autofilter, wrapped text, real dates where a due date or
 * update is a day. Cells are text, never formulas, so a value starting with `=` stays text.
 */
export async function trackerWorkbook(items: readonly ExportedItem[]): Promise<Workbook> {
  // Loaded on use: only the build's export step needs the workbook library. A CommonJS module: its
  // exports are the namespace's default in Node, the namespace itself where a loader (jiti) interops.
  const loaded = (await import('exceljs')) as typeof import('exceljs') & {
    default?: typeof import('exceljs');
  };
  const ExcelJS = loaded.default ?? loaded;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'KM portal';
  const sheet = workbook.addWorksheet(TRACKER_SHEET, {views: [{state: 'frozen', ySplit: 1}]});
  const rows = trackerRows(items);
  layOut(sheet, rows.length);
  for (const row of rows)
    sheet.addRow(row.map((value, index) => trackerCell(value, TRACKER_COLUMNS[index]!)));
  return workbook;
}

/** The tracker workbook as the bytes of an `.xlsx` file. */
export async function trackerXlsx(items: readonly ExportedItem[]): Promise<Buffer> {
  const workbook = await trackerWorkbook(items);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
