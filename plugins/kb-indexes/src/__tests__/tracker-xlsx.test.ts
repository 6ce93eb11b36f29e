import ExcelJS from 'exceljs';
import {exportedItems, TRACKER_COLUMNS, TRACKER_SHEET, trackerRows, trackerXlsx} from '../index.js';
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
