// Property: export, random valid edits through exceljs, import, re-parse: the items are the edits
// and nothing else changed; no edits change no byte.
import {join} from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import {loadSite, type StatusItem} from '@kmportal/model';
import {readPages, runKb, writeSite} from './write-site.js';

const STATUSES = [
  'not-started',
  'planned',
  'ongoing',
  'delayed',
  'completed',
  'continuing',
  'cancelled',
];
const UNITS = ['OES', 'PMU', 'ILO', 'ILO-ITC'];
const DUES = ['2027', '2027-Q2', '2027-H1', '2027-05', '2027-05-31', 'tbc'];
const quote = fc.constantFrom('', '"', "'");

const block = fc.record({
  status: fc.constantFrom(...STATUSES),
  owners: fc.subarray(UNITS, {minLength: 1, maxLength: 2}),
  due: fc.option(fc.constantFrom(...DUES), {nil: undefined}),
  response: fc.option(fc.constantFrom('accepted', 'not-accepted'), {nil: undefined}),
  quotes: fc.tuple(quote, quote, quote),
});

const page = fc.record({
  eol: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  type: fc.constantFrom('action-plan', 'evaluation'),
  blocks: fc.array(block, {minLength: 1, maxLength: 3}),
});

type Page = typeof page extends fc.Arbitrary<infer T> ? T : never;

function quoted(value: string, q: string): string {
  return value.includes(' ') || value.includes(',') ? `"${value}"` : `${q}${value}${q}`;
}

function pageText(p: Page, index: number): string {
  const lines = ['---', `type: ${p.type}`, '---', ''];
  p.blocks.forEach((b, i) => {
    const attrs = [
      `#p${index}-${i}`,
      `status=${quoted(b.status, b.quotes[0])}`,
      `owner=${quoted(b.owners.join(','), b.quotes[1])}`,
    ];
    if (b.due) attrs.push(`due=${quoted(b.due, b.quotes[2])}`);
    if (b.response) attrs.push(`response=${b.response}`);
    lines.push(`:::status[Item ${i}]{${attrs.join(' ')}}`, `Body of ${i}.`, ':::', '');
  });
  return (p.bom ? '\uFEFF' : '') + lines.join(p.eol);
}

const edit = fc.record(
  {
    status: fc.constantFrom(...STATUSES),
    owner: fc.subarray(UNITS, {minLength: 1, maxLength: 3}).map((u) => u.join(', ')),
    due: fc.constantFrom(...DUES, '2028-02-29'),
    note: fc.constantFrom(
      'Done.',
      'Waiting for the board; see the minutes.',
      'Two "quoted" words.',
    ),
  },
  {requiredKeys: []},
);

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;
const HEADERS: Record<keyof Edit, string> = {
  status: 'status',
  owner: 'owner',
  due: 'due',
  note: 'new progress note',
};

async function applyEdits(dir: string, edits: Edit[]): Promise<Map<string, Edit>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'tracker.xlsx'));
  const byId = new Map<string, Edit>();
  let n = 0;
  for (const sheet of book.worksheets.filter((s) => s.state === 'visible')) {
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const change = edits[n++ % edits.length] ?? {};
      byId.set(String(row.getCell(1).value), change);
      for (const [key, value] of Object.entries(change)) {
        const cell = row.getCell(headers.indexOf(HEADERS[key as keyof Edit]));
        cell.value =
          key === 'due' && /^\d{4}-\d\d-\d\d$/.test(value) ? new Date(`${value}T00:00:00Z`) : value;
      }
    });
  }
  await book.xlsx.writeFile(join(dir, 'tracker.xlsx'));
  return byId;
}

function fields(item: StatusItem) {
  return {
    status: item.status,
    owners: item.owners,
    due: item.due?.raw,
    response: item.response,
    title: item.title,
  };
}

function expected(before: StatusItem, change: Edit) {
  const fieldsBefore = fields(before);
  return {
    ...fieldsBefore,
    ...(change.status ? {status: change.status} : {}),
    ...(change.owner ? {owners: change.owner.split(', ')} : {}),
    ...(change.due ? {due: change.due} : {}),
  };
}

/** The text with the opening lines and added notes taken out: what no edit may touch. */
function untouched(text: string): string {
  // A note is inserted as a blank line and its paragraph above the closing fence.
  return text
    .replace(/\r?\n\r?\n\*\*Update [^\r\n]*/g, '')
    .split(/\r\n|\n/)
    .filter((line) => !line.startsWith(':::status['))
    .join('\n');
}

test('export → random edits → import: the items are the edits, nothing else changed', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(page, {minLength: 1, maxLength: 3}),
      fc.array(edit, {maxLength: 6}),
      async (pages, edits) => {
        const dir = writeSite(
          Object.fromEntries(pages.map((p, i) => [`p${i}.md`, pageText(p, i)])),
        );
        const before = readPages(dir);
        const itemsBefore = new Map(
          loadSite({docsDir: join(dir, 'docs'), cwd: dir}).items.map((i) => [i.id, i]),
        );
        expect((await runKb(dir, ['export', '--xlsx', 'tracker.xlsx'])).code).toBe(0);
        const changes = await applyEdits(dir, edits);
        const result = await runKb(dir, ['import', 'tracker.xlsx', '--date', '2026-12-01']);
        expect(result).toMatchObject({code: 0, stderr: ''});
        const after = readPages(dir);
        if (edits.every((e) => Object.keys(e).length === 0)) expect(after).toEqual(before);
        const site = loadSite({docsDir: join(dir, 'docs'), cwd: dir});
        expect(site.messages.filter((m) => m.fatal)).toEqual([]);
        for (const item of site.items) {
          const change = changes.get(item.id)!;
          expect(fields(item)).toEqual(expected(itemsBefore.get(item.id)!, change));
          if (change.note) expect(item.asOf).toBe('2026-12-01');
          if (change.note) expect(item.body).toContain(`**Update 2026-12-01.** ${change.note}`);
        }
        for (const [name, text] of Object.entries(after)) {
          const old = before[name]!;
          expect(text.startsWith('\uFEFF')).toBe(old.startsWith('\uFEFF'));
          expect(text.includes('\r\n')).toBe(old.includes('\r\n'));
          expect(text.replace(/\r\n/g, '').includes('\n')).toBe(
            old.replace(/\r\n/g, '').includes('\n'),
          );
          expect(untouched(text)).toBe(untouched(old));
        }
      },
    ),
    {numRuns: 15},
  );
}, 120_000);
