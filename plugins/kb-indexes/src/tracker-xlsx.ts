// The management-response tracker as a workbook, beside `tracker.csv`: the same rows, typed cells.
import {deflateRawSync} from 'node:zlib';
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

type WorkbookClass = typeof import('exceljs').Workbook;

/**
 * exceljs's workbook class, loaded on use: only the build's export step needs it. Its own module alone,
 * not the package's entry, which loads its streaming reader and writer (and their zip libraries) too:
 * a third of the worker's time went to compiling them. CommonJS: its export is the namespace's default
 * in Node, the namespace itself where a loader (jiti) interops.
 */
async function workbookClass(): Promise<WorkbookClass> {
  type Loaded = {default?: WorkbookClass; Workbook?: WorkbookClass};
  try {
    // @ts-expect-error -- a module of the package without types of its own (they are the entry's).
    const loaded = (await import('exceljs/lib/doc/workbook.js')) as Loaded;
    const found = loaded.default ?? (loaded as unknown as WorkbookClass);
    if (typeof found === 'function') return found;
  } catch {
    // A later exceljs that hides its files behind an `exports` map: its entry, as before.
  }
  const entry = (await import('exceljs')) as unknown as Loaded & {default?: Loaded};
  return (entry.default ?? entry).Workbook!;
}

/**
 * One style object per column and cell type, given to every cell of the data rows. exceljs gives each
 * cell a copy of its column's style and, writing, works out each copy's style id again (rendering its
 * XML); a style object it has seen gets the id it had (`StylesXform.weakMap`). The id depends on the
 * style and, when it has no number format, the cell's type: so the cells of one column and type share
 * one object, with the same fields as each copy, and the workbook is the same.
 */
function shareCellStyles(sheet: Worksheet, fromRow: number): void {
  const shared = new Map<string, Worksheet['columns'][number]['style']>();
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber < fromRow) return;
    row.eachCell((cell, column) => {
      const key = `${column}:${cell.type}`;
      const style = shared.get(key);
      if (style) cell.style = style;
      else shared.set(key, cell.style);
    });
  });
}

/**
 * The tracker workbook (one row per key action, a recommendation without actions on a row of its own,
 * the columns of `tracker.csv`): frozen header, autofilter, wrapped text, real dates where a due date or
 * update is a day. Cells are text, never formulas, so a value starting with `=` stays text.
 */
export async function trackerWorkbook(items: readonly ExportedItem[]): Promise<Workbook> {
  const Workbook = await workbookClass();
  const workbook = new Workbook();
  workbook.creator = 'KM portal';
  const sheet = workbook.addWorksheet(TRACKER_SHEET, {views: [{state: 'frozen', ySplit: 1}]});
  const rows = trackerRows(items);
  layOut(sheet, rows.length);
  for (const row of rows)
    sheet.addRow(row.map((value, index) => trackerCell(value, TRACKER_COLUMNS[index]!)));
  shareCellStyles(sheet, 2);
  return workbook;
}

const LOCAL_FILE = 0x04034b50;
const CENTRAL_FILE = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
const DEFLATE = 8;

/**
 * A zip of stored (uncompressed) files, as JSZip writes one (`compression: 'STORE'`), with each
 * non-empty file deflated by Node's zlib instead: the zip JSZip writes with `compression: 'DEFLATE'`
 * but for the deflated bytes, which its JavaScript deflate (pako) takes about ten times as long to
 * make. Headers keep every other field (names, dates, CRCs, attributes); empty files and folders stay
 * stored, as JSZip leaves them. A zip it does not expect (a data descriptor, a compressed file, a
 * comment, ZIP64) is given back as it is, which is still a valid workbook.
 */
export function deflateStoredZip(zip: Buffer): Buffer {
  const end = zip.length - 22;
  if (end < 0 || zip.readUInt32LE(end) !== END_OF_CENTRAL) return zip;
  const count = zip.readUInt16LE(end + 10);
  const centralStart = zip.readUInt32LE(end + 16);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  let at = centralStart;
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== CENTRAL_FILE) return zip;
    const central = Buffer.from(
      zip.subarray(
        at,
        at + 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32),
      ),
    );
    at += central.length;
    const local = central.readUInt32LE(42);
    if (zip.readUInt32LE(local) !== LOCAL_FILE) return zip;
    const flags = zip.readUInt16LE(local + 6);
    const method = zip.readUInt16LE(local + 8);
    const size = zip.readUInt32LE(local + 18);
    if (
      flags & 0x08 ||
      method !== 0 ||
      size !== zip.readUInt32LE(local + 22) ||
      size === 0xffffffff
    )
      return zip;
    const headerLength = 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const header = Buffer.from(zip.subarray(local, local + headerLength));
    const stored = zip.subarray(local + headerLength, local + headerLength + size);
    const data = size > 0 ? deflateRawSync(stored) : stored;
    if (size > 0) {
      for (const [buffer, methodAt, sizeAt] of [
        [header, 8, 18],
        [central, 10, 20],
      ] as const) {
        buffer.writeUInt16LE(DEFLATE, methodAt);
        buffer.writeUInt32LE(data.length, sizeAt);
      }
    }
    central.writeUInt32LE(offset, 42);
    locals.push(header, data);
    centrals.push(central);
    offset += header.length + data.length;
  }
  if (at !== end) return zip;
  const tail = Buffer.from(zip.subarray(end));
  tail.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, tail]);
}

/**
 * The tracker workbook as the bytes of an `.xlsx` file: written stored by exceljs (JSZip), then
 * deflated by Node's zlib (`deflateStoredZip`).
 */
export async function trackerXlsx(items: readonly ExportedItem[]): Promise<Buffer> {
  const workbook = await trackerWorkbook(items);
  const stored = await workbook.xlsx.writeBuffer({zip: {compression: 'STORE'}});
  return deflateStoredZip(Buffer.from(stored));
}
