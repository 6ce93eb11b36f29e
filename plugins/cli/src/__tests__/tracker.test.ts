import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {parse} from 'csv-parse/sync';
import {stringify} from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import {sheetOf} from '../tracker/rows.js';
import {readPages, runKb, writeSite} from './write-site.js';

// Each test exports and imports a small site; on a loaded machine that can take longer than Jest's 5 s.
jest.setTimeout(30_000);

const PLAN = [
  '---',
  'title: Plan',
  'type: action-plan',
  '---',
  '',
  ':::status[Train staff]{#a1 status=ongoing owner=PMU due=2027-01-31 as-of=2026-11-01}',
  'Body.',
  ':::',
  '',
  ':::status[Hire]{#a2 status=\'planned\' owner="OES, PMU" due=2027-Q1}',
  'Hiring.',
  ':::',
  '',
].join('\n');

const EVALUATION = `\uFEFF${[
  '---',
  'title: Evaluation',
  'type: evaluation',
  '---',
  '',
  ':::status[Recommendation 1]{#r1 status=ongoing owner=OES response=accepted sdg="16.6"}',
  'Done in part.',
  ':::',
  '',
].join('\r\n')}`;

async function exported(
  pages: Record<string, string> = {'plan.md': PLAN, 'evaluation.md': EVALUATION},
) {
  const dir = writeSite(pages);
  const result = await runKb(dir, ['export', '--xlsx', 'tracker.xlsx', '--csv', 'tracker.csv']);
  expect(result).toMatchObject({code: 0, stderr: ''});
  return dir;
}

/** Edits the exported workbook as a user would, with exceljs, and saves it. */
async function editWorkbook(
  dir: string,
  edit: (book: ExcelJS.Workbook) => void,
  name = 'tracker.xlsx',
) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'tracker.xlsx'));
  edit(book);
  await book.xlsx.writeFile(join(dir, name));
}

function cell(book: ExcelJS.Workbook, sheet: string, ref: string): ExcelJS.Cell {
  return book.getWorksheet(sheet)!.getCell(ref);
}

describe('kb export + kb import: the round trip', () => {
  test('a workbook and a CSV imported unedited change no byte', async () => {
    const dir = await exported();
    const before = readPages(dir);
    for (const file of ['tracker.xlsx', 'tracker.csv']) {
      const result = await runKb(dir, ['import', file]);
      expect(result).toEqual({code: 0, stdout: 'nothing to change\n', stderr: ''});
    }
    expect(readPages(dir)).toEqual(before);
  });

  test('edited cells become the smallest edits, CRLF and BOM kept', async () => {
    const dir = await exported();
    await editWorkbook(dir, (book) => {
      cell(book, 'action-plan', 'E2').value = 'completed';
      cell(book, 'action-plan', 'H3').value = new Date(Date.UTC(2027, 5, 30));
      cell(book, 'action-plan', 'G3').value = 'PMU';
      cell(book, 'evaluation', 'F2').value = 'partially-accepted';
      cell(book, 'evaluation', 'M2').value = 'Board agreed.';
    });
    const result = await runKb(dir, ['import', 'tracker.xlsx', '--date', '2026-12-01']);
    expect(result).toEqual({code: 0, stdout: 'changed 2 pages\n', stderr: ''});
    const pages = readPages(dir);
    expect(pages['plan.md']).toBe(
      PLAN.replace('#a1 status=ongoing', '#a1 status=completed').replace(
        `status='planned' owner="OES, PMU" due=2027-Q1`,
        `status='planned' owner="PMU" due=2027-06-30`,
      ),
    );
    expect(pages['evaluation.md']).toBe(
      EVALUATION.replace(
        'response=accepted sdg="16.6"}',
        'response=partially-accepted sdg="16.6" as-of=2026-12-01}',
      ).replace(
        'Done in part.\r\n',
        'Done in part.\r\n\r\n**Update 2026-12-01.** Board agreed.\r\n',
      ),
    );
  });

  test('--dry-run prints the diff of each page and writes nothing', async () => {
    const dir = await exported();
    await editWorkbook(dir, (book) => (cell(book, 'action-plan', 'E2').value = 'delayed'));
    const result = await runKb(dir, ['import', 'tracker.xlsx', '--dry-run']);
    expect(result.stdout).toMatchInlineSnapshot(`
     "--- a/docs/plan.md
     +++ b/docs/plan.md
     @@ -4,5 +4,5 @@
      ---
      
     -:::status[Train staff]{#a1 status=ongoing owner=PMU due=2027-01-31 as-of=2026-11-01}
     +:::status[Train staff]{#a1 status=delayed owner=PMU due=2027-01-31 as-of=2026-11-01}
      Body.
      :::
     would change 1 page
     "
    `);
    expect(readPages(dir)['plan.md']).toBe(PLAN);
  });
});

describe('kb import: problems', () => {
  test('invalid cells are all listed by cell, and nothing is written', async () => {
    const dir = await exported();
    await editWorkbook(dir, (book) => {
      cell(book, 'action-plan', 'E2').value = 'done';
      cell(book, 'action-plan', 'G3').value = 'PMX';
      cell(book, 'action-plan', 'H3').value = '2027-13';
      cell(book, 'evaluation', 'E2').value = 'completed';
    });
    const result = await runKb(dir, ['import', 'tracker.xlsx']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
     "tracker.xlsx:action-plan!E2: Unknown status \`done\`, expected one of \`not-started\`, \`planned\`, \`ongoing\`, \`delayed\`, \`completed\`, \`continuing\` or \`cancelled\`. [unknown-status] (docs/plan.md:6:35 after the edit)
     tracker.xlsx:action-plan!G3: Unknown unit \`PMX\` in \`owner\`, expected a code from \`units.yml\`. Did you mean \`PMU\`? [unknown-unit] (docs/plan.md:10:45 after the edit)
     tracker.xlsx:action-plan!H3: Invalid due date \`2027-13\`: month \`13\` does not exist; expected \`YYYY-MM-DD\`, \`YYYY-MM\`, \`YYYY\`, \`YYYY-Qn\`, \`YYYY-Hn\` or \`tbc\`. [invalid-date] (docs/plan.md:10:54 after the edit)
     kb import: 3 invalid cells: nothing written
     "
    `);
    expect(readPages(dir)).toEqual({'evaluation.md': EVALUATION, 'plan.md': PLAN});
  });

  test('a row whose item changed since the export is a conflict, applied only with --force', async () => {
    const dir = await exported();
    await runKb(dir, ['set', 'a1', 'due=2027-02-28']);
    await editWorkbook(dir, (book) => {
      cell(book, 'action-plan', 'E2').value = 'completed';
      cell(book, 'action-plan', 'E3').value = 'ongoing';
    });
    const result = await runKb(dir, ['import', 'tracker.xlsx']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
     "tracker.xlsx:action-plan!A2: conflict: \`a1\` changed in docs/plan.md since the export; the row is not applied (hint: export again and redo the edit, or import with --force)
     "
    `);
    expect(readPages(dir)['plan.md']).toContain("#a2 status='ongoing'");
    expect(readPages(dir)['plan.md']).toContain('#a1 status=ongoing');
    const forced = await runKb(dir, ['import', 'tracker.xlsx', '--force']);
    expect(forced.code).toBe(0);
    // Only the edited cell is applied: the due date set since the export stays.
    expect(readPages(dir)['plan.md']).toContain('#a1 status=completed owner=PMU due=2027-02-28');
  });

  test('added rows, deleted rows and read-only edits are reported, never applied', async () => {
    const dir = await exported();
    await editWorkbook(dir, (book) => {
      const sheet = book.getWorksheet('action-plan')!;
      sheet.getCell('D2').value = 'A better title';
      sheet.spliceRows(3, 1);
      sheet.addRow(['', '', '', 'New item', 'planned']);
    });
    const result = await runKb(dir, ['import', 'tracker.xlsx']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatchInlineSnapshot(`
     "tracker.xlsx:action-plan!D2: warning: edit to the read-only column \`title\` is not applied (hint: change the title in the page (the text in square brackets))
     tracker.xlsx:action-plan!A3: warning: row added without an id: not applied (hint: add new items in the page, then export again)
     tracker.xlsx:action-plan: warning: the row of \`a2\` was deleted: the item is kept (hint: delete items in the page)
     "
    `);
    expect(readPages(dir)['plan.md']).toBe(PLAN);
  });

  test('a CSV saved with semicolons and a BOM is read like the workbook', async () => {
    const dir = await exported();
    const records = parse(readFileSync(join(dir, 'tracker.csv'), 'utf8'), {
      bom: true,
    }) as string[][];
    const status = records[0]!.indexOf('status');
    const a1 = records.findIndex((r) => r[0] === 'a1');
    records[a1]![status] = 'cancelled';
    records[a1 + 1]![status] = 'ongoin';
    writeFileSync(join(dir, 'edited.csv'), `\uFEFF${stringify(records, {delimiter: ';'})}`);
    const result = await runKb(dir, ['import', 'edited.csv']);
    expect(result.stderr).toMatchInlineSnapshot(`
     "edited.csv:E4: Unknown status \`ongoin\`, expected one of \`not-started\`, \`planned\`, \`ongoing\`, \`delayed\`, \`completed\`, \`continuing\` or \`cancelled\`. Did you mean \`ongoing\`? [unknown-status] (docs/plan.md:10:29 after the edit)
     kb import: 1 invalid cell: nothing written
     "
    `);
    records[a1 + 1]![status] = 'planned';
    writeFileSync(join(dir, 'edited.csv'), `\uFEFF${stringify(records, {delimiter: ';'})}`);
    expect(await runKb(dir, ['import', 'edited.csv'])).toMatchObject({
      code: 0,
      stdout: 'changed 1 page\n',
    });
    expect(readPages(dir)['plan.md']).toContain('#a1 status=cancelled owner=PMU');
  });
});

describe('sheet names', () => {
  test('a page type becomes a name Excel accepts, never one of the hidden sheets', () => {
    const named = (type?: string) => sheetOf({page: {type}} as Parameters<typeof sheetOf>[0]);
    expect(named('evaluation')).toBe('evaluation');
    expect(named(undefined)).toBe('untyped');
    expect(named('lists')).toBe('lists-pages');
    expect(named('a/b:c*d?[e]-and-a-name-longer-than-31')).toBe('a-b-c-d--e--and-a-name-longer-t');
  });
});
