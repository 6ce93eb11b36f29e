import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {exportedItems, TRACKER_COLUMNS, TRACKER_SHEET, trackerRows, trackerXlsx} from '../index.js';
import {deflateStoredZip, trackerWorkbook} from '../tracker-xlsx.js';
import {FOLLOW_UP_PAGES, siteOf} from './helpers.js';

const site = siteOf({
  ...FOLLOW_UP_PAGES,
  'formula.md':
    '---\ntitle: Formula\ntype: evaluation\n---\n\n' +
    ':::status[=HYPERLINK("http://x")]{#f1 status=ongoing owner=OES due=2019-06-15}\n:::\n',
});
const items = exportedItems(site, 'https://example.org');

async function readBack(): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await trackerXlsx(items));
  return workbook.getWorksheet(TRACKER_SHEET)!;
}

test('tracker.xlsx has the rows of tracker.csv under a frozen, filtered header', async () => {
  const sheet = await readBack();
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(header).toEqual([...TRACKER_COLUMNS]);
  expect(sheet.views[0]).toMatchObject({state: 'frozen', ySplit: 1});
  expect(sheet.autoFilter).toBeTruthy();
  const rows = trackerRows(items);
  expect(sheet.rowCount).toBe(rows.length + 1);
  const cells = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
  expect(cells(2)).toEqual([
    'r1: Review procurement',
    'Partially accepted',
    "Thresholds only, the rest is the board's",
    'r1-a1: Raise thresholds',
    'OES',
    '2019-03',
    'Completed',
    'Circular issued',
    'plan.md\nhttps://example.org/c.pdf',
    new Date(Date.UTC(2019, 5, 30)),
  ]);
});

test('a due day is a real date; a title that looks like a formula stays text', async () => {
  const sheet = await readBack();
  const row = sheet
    .getRows(2, sheet.rowCount - 1)!
    .find((r) => String(r.getCell(1).value).startsWith('f1'))!;
  expect(row.getCell(1).value).toBe('f1: =HYPERLINK("http://x")');
  expect(row.getCell(1).formula).toBeUndefined();
  expect(row.getCell(6).value).toEqual(new Date(Date.UTC(2019, 5, 15)));
  expect(row.getCell(6).numFmt).toBe('yyyy-mm-dd');
});

// The workbook is written stored by exceljs and deflated by Node's zlib (deflateStoredZip), and its data
// cells share one style object per column and type: the files inside are exceljs's own, byte for byte.

/** Every file of a zip, by name: its bytes, whether a folder, its date; CRCs checked on reading. */
async function zipFiles(zip: Buffer) {
  const read = await JSZip.loadAsync(zip, {checkCRC32: true});
  const files = new Map<string, {data: Buffer; dir: boolean; date: number}>();
  for (const [name, file] of Object.entries(read.files))
    files.set(name, {data: await file.async('nodebuffer'), dir: file.dir, date: +file.date});
  return files;
}

test('a stored zip deflated by deflateStoredZip holds the same files, names, dates and folders', async () => {
  const zip = new JSZip();
  zip.file('a.xml', '<a>' + 'text é 🌍 '.repeat(5000) + '</a>');
  zip.file('folder/b.txt', 'short');
  zip.file('folder/empty.txt', '');
  zip.folder('other');
  const stored = await zip.generateAsync({type: 'nodebuffer', compression: 'STORE'});
  const deflated = deflateStoredZip(stored);
  expect(deflated.length).toBeLessThan(stored.length / 10);
  expect(await zipFiles(deflated)).toEqual(await zipFiles(stored));
  // Every file with bytes is deflated (method 8), the way JSZip's DEFLATE writes them.
  const viaJsZip = await zip.generateAsync({type: 'nodebuffer', compression: 'DEFLATE'});
  expect(methodsOf(deflated)).toEqual({...methodsOf(viaJsZip), 'folder/empty.txt': 0});
});

/** The compression method of each file, by name, from the zip's central directory. */
function methodsOf(zip: Buffer): Record<string, number> {
  const methods: Record<string, number> = {};
  let at = zip.readUInt32LE(zip.length - 22 + 16);
  while (zip.readUInt32LE(at) === 0x02014b50) {
    const nameLength = zip.readUInt16LE(at + 28);
    methods[zip.toString('utf8', at + 46, at + 46 + nameLength)] = zip.readUInt16LE(at + 10);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return methods;
}

test('a zip deflateStoredZip does not expect is given back as it is', async () => {
  const zip = new JSZip();
  zip.file('a.txt', 'some text '.repeat(100));
  const deflated = await zip.generateAsync({type: 'nodebuffer', compression: 'DEFLATE'});
  expect(deflateStoredZip(deflated)).toBe(deflated);
  const streamed = await zip.generateAsync({type: 'nodebuffer', streamFiles: true});
  expect(deflateStoredZip(streamed)).toBe(streamed);
  expect(deflateStoredZip(Buffer.from('not a zip'))).toEqual(Buffer.from('not a zip'));
});

test('tracker.xlsx holds the files exceljs writes for the workbook, its cells styled alike', async () => {
  const workbook = await trackerWorkbook(items);
  const when = new Date(Date.UTC(2026, 0, 2));
  workbook.created = workbook.modified = when;
  const shared = await zipFiles(
    deflateStoredZip(Buffer.from(await workbook.xlsx.writeBuffer({zip: {compression: 'STORE'}}))),
  );
  // Each cell its own copy of its style again, as exceljs makes them.
  workbook.worksheets[0]!.eachRow((row) =>
    row.eachCell((cell) => (cell.style = structuredClone(cell.style))),
  );
  const copies = await zipFiles(Buffer.from(await workbook.xlsx.writeBuffer()));
  const text = (files: typeof shared) =>
    new Map([...files].map(([name, file]) => [name, file.data.toString('utf8')]));
  expect(text(shared)).toEqual(text(copies));
});
