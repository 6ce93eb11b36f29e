import {canExportInWorker, startExportFiles} from '../export-job.js';
import {exportFiles} from '../export-files.js';
import {exportedItems} from '../exports.js';
import {FOLLOW_UP_PAGES, PAGES, siteOf} from './helpers.js';

// A bound against hangs, not a speed check: the worker loads exceljs and its zip, seconds on a loaded machine.
jest.setTimeout(60_000);

/** The files as text, the workbook without its creation time (`docProps/core.xml`, to the second). */
async function comparable(files: {path: string; data: Uint8Array | string}[]) {
  const {default: JSZip} = await import('jszip');
  return Promise.all(
    files.map(async ({path, data}) => {
      if (!path.endsWith('.xlsx')) return [path, Buffer.from(data).toString('utf8')];
      const zip = await JSZip.loadAsync(Buffer.from(data));
      const parts = Object.keys(zip.files).filter((name) => name !== 'docProps/core.xml');
      return [path, await Promise.all(parts.sort().map((name) => zip.file(name)?.async('string')))];
    }),
  );
}

test('the export worker makes the very files this thread makes', async () => {
  // The compiled worker is there once the packages are built (`npm test` type-checks, which builds them).
  expect(canExportInWorker()).toBe(true);
  const site = siteOf({...PAGES, ...FOLLOW_UP_PAGES});
  const items = exportedItems(site, 'https://example.org');
  const generated = new Date('2019-07-01T00:00:00Z');
  const fromWorker = await startExportFiles({items, generated});
  const here = await exportFiles(items, generated);
  expect(fromWorker.map((file) => file.path)).toEqual([
    'items.json',
    'items.csv',
    'tracker.csv',
    'tracker.xlsx',
  ]);
  expect(await comparable(fromWorker)).toEqual(await comparable(here));
  expect(Buffer.from(fromWorker[0]!.data).toString('utf8')).toContain('"generated": "2019-07-01');
});
