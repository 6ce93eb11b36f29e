// Renders the picture of the tracker workbook in the README (static/img/tracker-workbook.png):
// `kb export --xlsx` of this site's docs, its first sheet read back with exceljs and drawn as a
// spreadsheet grid in Chromium (no office suite needed). Usage: node scripts/render-tracker-picture.mjs
import {execFileSync} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {chromium} from 'playwright-core';

const require = createRequire(import.meta.url);
const ExcelJS = require('exceljs');
const root = join(import.meta.dirname, '..');
const out = join(mkdtempSync(join(tmpdir(), 'tracker-picture-')), 'tracker.xlsx');
execFileSync(
  process.execPath,
  [join(root, 'plugins/cli/bin/kb.js'), 'export', '--xlsx', out, '--type', 'evaluation'],
  {cwd: root},
);

const book = new ExcelJS.Workbook();
await book.xlsx.readFile(out);
const sheets = book.worksheets.filter((s) => s.state === 'visible');
const sheet = sheets[0];
const shown = [1, 2, 4, 5, 6, 7, 8, 9, 13];
const escape = (t) =>
  String(t).replace(/[&<>]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;'})[c]);
const text = (v) =>
  v instanceof Date
    ? v.toISOString().slice(0, 10)
    : v && typeof v === 'object'
      ? (v.richText?.map((r) => r.text).join('') ?? '')
      : (v ?? '');
const rows = [];
sheet.eachRow((row, n) => {
  if (n > 9) return;
  const cells = shown.map((c) => {
    const value = escape(text(row.getCell(c).value));
    const list = n > 1 && [5, 6, 7].includes(c) ? ' class="list"' : '';
    const locked = n > 1 && [1, 2, 4].includes(c) ? ' class="locked"' : '';
    return n === 1
      ? `<th>${value} ▾</th>`
      : `<td${list || locked}>${value}${list ? '<span>▾</span>' : ''}</td>`;
  });
  rows.push(`<tr><td class="n">${n}</td>${cells.join('')}</tr>`);
});
const letters = shown.map((c) => `<td class="h">${String.fromCharCode(64 + c)}</td>`).join('');
const tabs = sheets
  .map((s, i) => `<span class="${i ? '' : 'on'}">${escape(s.name)}</span>`)
  .join('');
const html = `<!doctype html><meta charset="utf-8"><style>
body{margin:0;font:13px Calibri,Carlito,Arial,sans-serif;background:#fff}
table{border-collapse:collapse;table-layout:fixed}
td,th{border:1px solid #d4d4d4;padding:2px 6px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:260px;height:20px}
th{background:#f3f3f3;text-align:left;border-bottom:2px solid #9a9a9a}
td.h,td.n{background:#eaeaea;color:#555;text-align:center}
td.n{width:26px}
td.locked{background:#fafafa;color:#333}
td.list span{float:right;color:#777;margin-left:6px}
tr>:nth-child(2){border-right:2px solid #9a9a9a}
.tabs{padding:4px 8px;border-top:1px solid #aaa;background:#f0f0f0}
.tabs span{display:inline-block;padding:3px 12px;margin-right:4px;border:1px solid #bbb;background:#e4e4e4}
.tabs span.on{background:#fff;font-weight:bold;border-top:none}
</style><table><tr><td class="n"></td>${letters}</tr>${rows.join('')}</table><div class="tabs">${tabs}</div>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
});
const page = await browser.newPage({viewport: {width: 1200, height: 300}, deviceScaleFactor: 1});
await page.setContent(html);
const box = await page.locator('body').boundingBox();
await page.screenshot({
  path: join(root, 'static/img/tracker-workbook.png'),
  clip: {x: 0, y: 0, width: Math.min(1200, box.width), height: box.height},
});
await browser.close();
console.log(`static/img/tracker-workbook.png from ${sheet.name} (${sheet.rowCount - 1} rows)`);
