import {createWriteStream} from 'node:fs';
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

type Writer = ExcelJS.stream.xlsx.WorkbookWriter;
type Sheet = ReturnType<Writer['addWorksheet']>;

/** The ranges of the hidden list sheet's columns (one list per column, its name in row 1). */
function listRanges(config: ModelConfig): Map<ListName, string> {
  const ranges = new Map<ListName, string>();
  Object.entries(registryLists(config)).forEach(([name, values], index) => {
    const letter = columnLetter(index);
    if (values.length)
      ranges.set(name as ListName, `${LIST_SHEET}!$${letter}$2:$${letter}$${values.length + 1}`);
  });
  return ranges;
}

function writeLists(workbook: Writer, config: ModelConfig): void {
  const sheet = workbook.addWorksheet(LIST_SHEET, {state: 'hidden'});
  const lists = Object.values(registryLists(config));
  const length = Math.max(0, ...lists.map((values) => values.length));
  sheet.addRow(Object.keys(registryLists(config))).commit();
  for (let row = 0; row < length; row++) sheet.addRow(lists.map((values) => values[row])).commit();
  sheet.commit();
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

/** A column's cell style: top-aligned, wrapped notes, dates as days; editable cells unlocked under protection. */
function columnStyle(column: TrackerColumn): Partial<ExcelJS.Style> {
  return {
    alignment: {vertical: 'top', wrapText: Boolean(column.wrap)},
    ...(column.date ? {numFmt: 'yyyy-mm-dd'} : {}),
    // The id, page, title, notes and digest stay locked under protection.
    protection: {locked: !(column.attribute || column.key === 'newNote')},
  };
}

function setUpColumns(sheet: Sheet, rows: number, ranges: Map<ListName, string>): void {
  sheet.columns = TRACKER_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    hidden: c.hidden,
    style: columnStyle(c),
  }));
  const header = sheet.getRow(1);
  header.font = {bold: true};
  // The header names the columns `kb import` reads: locked, whatever its column's cells.
  header.eachCell((cell) => (cell.protection = {locked: true}));
  TRACKER_COLUMNS.forEach((column, index) => {
    const range = column.list && ranges.get(column.list);
    const letter = columnLetter(index);
    if (range)
      (sheet as unknown as WithValidations).dataValidations.add(
        `${letter}2:${letter}${rows + SPARE_ROWS + 1}`,
        validation(column, range),
      );
  });
  sheet.autoFilter = {from: {row: 1, column: 1}, to: {row: 1, column: TRACKER_COLUMNS.length}};
}

function addRows(sheet: Sheet, rows: TrackerRow[]): void {
  // Each cell gets its column's style object itself, not exceljs's copy of it: exceljs renders a style
  // to XML once per object it has not seen, which for a copy per cell was a tenth of an export.
  const styles = TRACKER_COLUMNS.map((_, index) => sheet.getColumn(index + 1).style);
  for (const row of rows) {
    const values = TRACKER_COLUMNS.map((c) =>
      c.date ? excelDate(row.values[c.key]) : row.values[c.key],
    );
    const added = sheet.addRow(values);
    styles.forEach((style, index) => (added.getCell(index + 1).style = style));
    added.commit();
  }
}

async function protect(sheet: Sheet): Promise<void> {
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

function writeExportRecord(workbook: Writer, sheets: Map<string, TrackerRow[]>): void {
  const sheet = workbook.addWorksheet(EXPORT_SHEET, {state: 'veryHidden'});
  sheet.addRow([EXPORT_MARK]).commit();
  sheet.addRow(['sheet', ...EXPORTED_COLUMNS.map((c) => c.header), 'read-only digest']).commit();
  for (const [name, rows] of sheets) {
    for (const row of rows) {
      const readOnly = readOnlyDigest((key) => row.values[key]);
      sheet.addRow([name, ...EXPORTED_COLUMNS.map((c) => row.values[c.key]), readOnly]).commit();
    }
  }
  sheet.commit();
}

/** The rows by sheet (page type), the sheets in the site's page-type order, then by name. */
function rowsBySheet(rows: TrackerRow[], order: readonly string[]): Map<string, TrackerRow[]> {
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
  return new Map(names.map((name) => [name, sheets.get(name)!]));
}

/**
 * Writes the tracker workbook to `path`: one sheet per page type, then the hidden list and export
 * sheets. Streamed (exceljs's streaming writer, deflated by Node's zlib): each row is written as it
 * is added, not kept as a cell model for the whole workbook.
 */
export async function writeTrackerWorkbook(
  path: string,
  rows: TrackerRow[],
  config: ModelConfig,
  order: readonly string[],
): Promise<void> {
  const stream = createWriteStream(path);
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: true,
    // Level 1: the default level took a third of a 4,000-row export for a file a few % smaller.
    zip: {zlib: {level: 1}},
    // exceljs's declarations require `filename` even with a stream, and leave out `zip.zlib`.
  } as unknown as ExcelJS.stream.xlsx.WorkbookStreamWriterOptions);
  workbook.creator = 'kb export';
  const sheets = rowsBySheet(rows, order);
  const ranges = listRanges(config);
  const written = (async () => {
    for (const [name, mine] of sheets) {
      const sheet = workbook.addWorksheet(name, {views: [{state: 'frozen', xSplit: 1, ySplit: 1}]});
      setUpColumns(sheet, mine.length, ranges);
      addRows(sheet, mine);
      await protect(sheet);
      sheet.commit();
    }
    writeLists(workbook, config);
    writeExportRecord(workbook, sheets);
    await workbook.commit();
    if (!stream.writableFinished) await new Promise<void>((done) => stream.once('finish', done));
  })();
  await Promise.race([written, failed]);
}
