import ExcelJS from 'exceljs';
import type {ModelConfig} from '@kmportal/model';
import {EXPORTED_COLUMNS, TRACKER_COLUMNS, type ListName, type TrackerColumn} from './columns.js';
import {EXPORT_MARK, EXPORT_SHEET, LIST_SHEET, registryLists} from './lists.js';
import {sheetOf, type TrackerRow} from './rows.js';
import {readOnlyDigest} from './unedited.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Rows below the data that still get the dropdowns, for rows a user adds. */
const SPARE_ROWS = 200;

/** A `YYYY-MM-DD` day as an Excel date (midnight UTC, which exceljs writes as the day's serial). */
export function excelDate(value: string): Date | string {
  const day = DAY.exec(value);
  return day ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))) : value;
}

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function writeLists(workbook: ExcelJS.Workbook, config: ModelConfig): Map<ListName, string> {
  const sheet = workbook.addWorksheet(LIST_SHEET, {state: 'hidden'});
  const ranges = new Map<ListName, string>();
  Object.entries(registryLists(config)).forEach(([name, values], index) => {
    const letter = columnLetter(index);
    sheet.getCell(`${letter}1`).value = name;
    values.forEach((value, row) => (sheet.getCell(`${letter}${row + 2}`).value = value));
    if (values.length)
      ranges.set(name as ListName, `${LIST_SHEET}!$${letter}$2:$${letter}$${values.length + 1}`);
  });
  return ranges;
}

function validation(column: TrackerColumn, range: string): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [range],
    showErrorMessage: true,
    // Several codes (`OES, PMU`) are allowed in owner and nexus: Excel then warns instead of refusing.
    errorStyle: column.multiple ? 'warning' : 'stop',
    errorTitle: `Unknown ${column.header}`,
    error: `Pick a value from the list${column.multiple ? ' (several codes: separate them with commas)' : ''}; kb import checks it.`,
  };
}

/** exceljs keeps range validations in `dataValidations`, which its type declarations leave out. */
type WithValidations = {
  dataValidations: {add(range: string, validation: ExcelJS.DataValidation): void};
};

function setUpColumns(sheet: ExcelJS.Worksheet, rows: number, ranges: Map<ListName, string>): void {
  sheet.columns = TRACKER_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    hidden: c.hidden,
  }));
  TRACKER_COLUMNS.forEach((column, index) => {
    const col = sheet.getColumn(index + 1);
    col.alignment = {vertical: 'top', wrapText: Boolean(column.wrap)};
    if (column.date) col.numFmt = 'yyyy-mm-dd';
    const range = column.list && ranges.get(column.list);
    const letter = columnLetter(index);
    if (range)
      (sheet as unknown as WithValidations).dataValidations.add(
        `${letter}2:${letter}${rows + SPARE_ROWS + 1}`,
        validation(column, range),
      );
  });
  sheet.getRow(1).font = {bold: true};
  sheet.views = [{state: 'frozen', xSplit: 1, ySplit: 1}];
  sheet.autoFilter = {from: {row: 1, column: 1}, to: {row: 1, column: TRACKER_COLUMNS.length}};
}

function addRows(sheet: ExcelJS.Worksheet, rows: TrackerRow[]): void {
  for (const row of rows) {
    const added = sheet.addRow(
      TRACKER_COLUMNS.map((c) => (c.date ? excelDate(row.values[c.key]) : row.values[c.key])),
    );
    TRACKER_COLUMNS.forEach((column, index) => {
      // Editable cells are unlocked; the id, page, title, notes and digest stay locked under protection.
      if (column.attribute || column.key === 'newNote')
        added.getCell(index + 1).protection = {locked: false};
    });
  }
}

async function protect(sheet: ExcelJS.Worksheet): Promise<void> {
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
    sort: true,
    insertRows: true,
    deleteRows: true,
  });
}

function writeExportRecord(workbook: ExcelJS.Workbook, sheets: Map<string, TrackerRow[]>): void {
  const sheet = workbook.addWorksheet(EXPORT_SHEET, {state: 'veryHidden'});
  sheet.addRow([EXPORT_MARK]);
  sheet.addRow(['sheet', ...EXPORTED_COLUMNS.map((c) => c.header), 'read-only digest']);
  for (const [name, rows] of sheets) {
    for (const row of rows) {
      const readOnly = readOnlyDigest((key) => row.values[key]);
      sheet.addRow([name, ...EXPORTED_COLUMNS.map((c) => row.values[c.key]), readOnly]);
    }
  }
}

/** The tracker workbook: one sheet per page type, then the hidden list and export sheets. */
export async function trackerWorkbook(
  rows: TrackerRow[],
  config: ModelConfig,
  order: readonly string[],
) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'kb export';
  const sheets = new Map<string, TrackerRow[]>();
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  for (const row of rows) {
    const name = sheetOf(row.page);
    const list = sheets.get(name);
    if (list) list.push(row);
    else sheets.set(name, [row]);
  }
  // A workbook needs one visible sheet, even when the filter selects nothing.
  if (sheets.size === 0) sheets.set('untyped', []);
  const names = [...sheets.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const sheetsInOrder = new Map(names.map((name) => [name, sheets.get(name)!]));
  const added = names.map((name) => workbook.addWorksheet(name));
  const ranges = writeLists(workbook, config);
  for (const sheet of added) {
    const mine = sheetsInOrder.get(sheet.name)!;
    setUpColumns(sheet, mine.length, ranges);
    addRows(sheet, mine);
    await protect(sheet);
  }
  writeExportRecord(workbook, sheetsInOrder);
  return workbook;
}
