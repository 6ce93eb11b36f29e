import ExcelJS from 'exceljs';
import {EXPORTED_COLUMNS, type ColumnKey} from './columns.js';
import {EXPORT_MARK, EXPORT_SHEET, LIST_SHEET} from './lists.js';
import {readHeader, tableRows, type Table} from './table.js';

/** What a tracker workbook holds: its data sheets and the record of what was exported. */
export interface TrackerBook {
  tables: Table[];
  /** id → the sheet it was exported on and its values then; `undefined` without the record (a CSV). */
  exported?: Map<string, ExportedRow>;
  /** Columns that are not the tracker's, by sheet. */
  unknownColumns: {sheet?: string; header: string}[];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A cell's value as text: dates as `YYYY-MM-DD`, formulas by their result, rich text joined. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as {result?: ExcelJS.CellValue}).result ?? null);
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

/** A row as it was exported. */
export interface ExportedRow {
  sheet: string;
  values: Map<ColumnKey, string>;
  /** `readOnlyDigest` of the row's read-only cells as exported (absent in workbooks of older exports). */
  readOnly?: string;
}

function readExported(sheet: ExcelJS.Worksheet | undefined): Map<string, ExportedRow> | undefined {
  if (!sheet || cellText(sheet.getCell('A1').value) !== EXPORT_MARK) return undefined;
  const exported = new Map<string, ExportedRow>();
  sheet.eachRow((row, number) => {
    if (number <= 2) return;
    const values = new Map(
      EXPORTED_COLUMNS.map((c, i) => [c.key, cellText(row.getCell(i + 2).value)]),
    );
    const readOnly = cellText(row.getCell(EXPORTED_COLUMNS.length + 2).value) || undefined;
    exported.set(values.get('id')!, {sheet: cellText(row.getCell(1).value), values, readOnly});
  });
  return exported;
}

function readSheet(sheet: ExcelJS.Worksheet): {table: Table; unknown: string[]} {
  const header = sheet.getRow(1);
  const headers = Array.from({length: header.cellCount}, (_, i) =>
    cellText(header.getCell(i + 1).value),
  );
  const {columns, unknown} = readHeader(headers);
  const rows: {row: number; text: (column: number) => string}[] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) rows.push({row: number, text: (column) => cellText(row.getCell(column).value)});
  });
  return {table: {sheet: sheet.name, columns, rows: tableRows(columns, rows)}, unknown};
}

/** Reads a tracker workbook written by `kb export` (and edited in Excel, LibreOffice …). */
export async function readTrackerXlsx(path: string): Promise<TrackerBook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const tables: Table[] = [];
  const unknownColumns: TrackerBook['unknownColumns'] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.name === LIST_SHEET || sheet.name === EXPORT_SHEET) continue;
    const {table, unknown} = readSheet(sheet);
    if (!table.columns.has('id') && table.rows.length === 0) continue;
    tables.push(table);
    unknownColumns.push(...unknown.map((header) => ({sheet: sheet.name, header})));
  }
  return {tables, exported: readExported(workbook.getWorksheet(EXPORT_SHEET)), unknownColumns};
}
