// Which pages `kb import` reads: only those of rows edited since the export.
import {join} from 'node:path';
import {writeFileSync} from 'node:fs';
import ExcelJS from 'exceljs';
import {loadModelConfig} from '@kmportal/model';
import {readTrackerXlsx} from '../tracker/read-xlsx.js';
import {lookUpItems} from '../tracker/site-items.js';
import {idsToLookUp} from '../tracker/unedited.js';
import {readPages, runKb, writeSite} from './write-site.js';

jest.setTimeout(30_000);

const page = (id: string, type: string, title = 'Item') =>
  [
    '---',
    `type: ${type}`,
    '---',
    '',
    `:::status[${title}]{#${id} status=ongoing owner=PMU due=2027-01}`,
    'Body.',
    ':::',
    '',
  ].join('\n');

async function exportedSite(pages: Record<string, string>) {
  const dir = writeSite(pages);
  expect(await runKb(dir, ['export', '--xlsx', 'tracker.xlsx'])).toMatchObject({code: 0});
  return dir;
}

async function edit(dir: string, change: (book: ExcelJS.Workbook) => void) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'tracker.xlsx'));
  change(book);
  await book.xlsx.writeFile(join(dir, 'tracker.xlsx'));
}

async function pagesRead(dir: string, ids?: string[]) {
  const book = await readTrackerXlsx(join(dir, 'tracker.xlsx'));
  const wanted = ids ? new Set(ids) : idsToLookUp(book);
  const docsDir = join(dir, 'docs');
  const {config} = loadModelConfig({docsDir});
  return {wanted: [...wanted], site: lookUpItems(wanted, {docsDir, cwd: dir, config})};
}

describe('kb import reads the pages of edited rows only', () => {
  test('an unedited workbook needs no page; an edited row needs its own page only', async () => {
    const dir = await exportedSite({
      'a.md': page('a1', 'evaluation'),
      'b.md': page('b1', 'guidance'),
    });
    expect((await pagesRead(dir)).wanted).toEqual([]);
    expect((await pagesRead(dir)).site.read).toEqual([]);
    await edit(dir, (book) => (book.getWorksheet('guidance')!.getCell('E2').value = 'delayed'));
    const {wanted, site} = await pagesRead(dir);
    expect(wanted).toEqual(['b1']);
    expect(site.read).toEqual(['docs/b.md']);
    expect([...site.entries.keys()]).toEqual(['b1']);
    expect(site.syntax.has('docs/b.md')).toBe(true);
  });

  test('a read-only cell or a new progress note makes a row edited', async () => {
    const dir = await exportedSite({
      'a.md': page('a1', 'evaluation'),
      'b.md': page('b1', 'guidance'),
    });
    await edit(dir, (book) => {
      book.getWorksheet('evaluation')!.getCell('D2').value = 'Retitled';
      book.getWorksheet('guidance')!.getCell('M2').value = 'Progress.';
    });
    expect((await pagesRead(dir)).wanted.sort()).toEqual(['a1', 'b1']);
  });

  test('an id nowhere is missing, with the written ids known; an id on two pages is a clash', async () => {
    const dir = await exportedSite({'c.md': page('c1', 'guidance')});
    const {site} = await pagesRead(dir, ['c1', 'c2']);
    expect([...site.entries.keys()]).toEqual(['c1']);
    expect(site.known).toEqual(['c1']);
    const twice = writeSite({'a.md': page('x1', 'evaluation'), 'b.md': page('x1', 'guidance')});
    const docsDir = join(twice, 'docs');
    const {config} = loadModelConfig({docsDir});
    const clash = lookUpItems(new Set(['x1']), {docsDir, cwd: twice, config});
    expect([...clash.clashes]).toEqual([['x1', ['docs/a.md', 'docs/b.md']]]);
    expect(clash.entries.size).toBe(0);
  });
});

describe('kb import of rows as exported, after the pages changed', () => {
  test('an unedited row of an item removed or retitled since is no conflict; an edited one is', async () => {
    const dir = await exportedSite({
      'a.md': page('a1', 'evaluation'),
      'b.md': page('b1', 'evaluation'),
    });
    writeFileSync(join(dir, 'docs', 'a.md'), page('a1', 'evaluation', 'Retitled in the page'));
    writeFileSync(join(dir, 'docs', 'b.md'), page('b2', 'evaluation'));
    expect(await runKb(dir, ['import', 'tracker.xlsx'])).toEqual({
      code: 0,
      stdout: 'nothing to change\n',
      stderr: '',
    });
    await edit(dir, (book) => {
      book.getWorksheet('evaluation')!.getCell('E2').value = 'completed';
      book.getWorksheet('evaluation')!.getCell('E3').value = 'completed';
    });
    const result = await runKb(dir, ['import', 'tracker.xlsx']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
     "tracker.xlsx:evaluation!A2: conflict: \`a1\` changed in docs/a.md since the export; the row is not applied (hint: export again and redo the edit, or import with --force)
     tracker.xlsx:evaluation!A3: conflict: item \`b1\` is no longer in the site (renamed or removed since the export); the row is not applied (hint: export again)
     "
    `);
    expect(readPages(dir)['a.md']).toContain('{#a1 status=ongoing');
    // Forced, the retitled item's row applies; its title cell is as exported, so no read-only edit is reported.
    const forced = await runKb(dir, ['import', 'tracker.xlsx', '--force']);
    expect(forced.stderr).not.toContain('read-only');
    expect(forced.stderr).toContain('`b1` is no longer in the site');
    expect(readPages(dir)['a.md']).toContain('{#a1 status=completed');
  });

  test('an edited row of an id defined on two pages is refused, nothing written', async () => {
    const dir = await exportedSite({
      'a.md': page('x1', 'evaluation'),
      'b.md': page('y1', 'evaluation'),
    });
    writeFileSync(join(dir, 'docs', 'b.md'), page('x1', 'evaluation'));
    await edit(dir, (book) => (book.getWorksheet('evaluation')!.getCell('E2').value = 'completed'));
    const result = await runKb(dir, ['import', 'tracker.xlsx']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
     "tracker.xlsx:evaluation!A2: \`x1\` is defined on 2 pages (docs/a.md, docs/b.md); rename all but one first (\`kb check\` reports them)
     kb import: 1 invalid cell: nothing written
     "
    `);
    expect(readPages(dir)['a.md']).toBe(page('x1', 'evaluation'));
  });
});
