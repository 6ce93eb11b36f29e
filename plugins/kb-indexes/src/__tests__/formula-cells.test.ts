import fc from 'fast-check';
import {parse} from 'csv-parse/sync';
import {itemsCsv, trackerCsv, TRACKER_COLUMNS, type ExportedItem} from '../index.js';
import {
  FORMULA_PAYLOADS,
  FORMULA_STARTS,
  formulaCell,
} from '../../../model/test/abuse/formula-cells.js';
import {siteOf} from './helpers.js';
import {exportedItems} from '../index.js';

// Issue 18 (2): cells starting with `=`, `+`, `-`, `@` were written raw into items.csv.

/** An item whose every exported text is `text`, so every column of the CSV carries it. */
function itemOf(text: string): ExportedItem {
  return {
    id: text,
    title: text,
    status: text,
    statusLabel: text,
    owners: [text],
    due: {raw: text, kind: text, start: text, end: text},
    sdg: [text],
    sdgGoals: [],
    nexus: [text],
    response: text,
    asOf: text,
    page: {title: text, type: text, path: text, url: text},
    url: text,
    bodyText: text,
    history: [{date: text, commit: text, author: text, to: text}],
    responseNote: text,
    parent: text,
    derived: [],
    evidence: [text],
    note: text,
    actions: [],
    untranslated: false,
    lang: text,
  };
}

/** A recommendation with one key action, both carrying `text` everywhere (for the tracker). */
function recommendationOf(text: string): ExportedItem {
  return {...itemOf(text), response: 'accepted', actions: [itemOf(text)]};
}

function cells(csv: string): string[][] {
  return (parse(csv.slice(1), {relax_quotes: true}) as string[][]).slice(1);
}

const isFormula = (cell: string) => (FORMULA_STARTS as readonly string[]).includes(cell[0] ?? '');

test.each(FORMULA_PAYLOADS)('every column of %j is neutralised with a leading quote', (payload) => {
  const [row] = cells(itemsCsv([itemOf(payload)]));
  // Every column but `untranslated` (`true` or `false`, never text from a page).
  expect(row).toHaveLength(24);
  const texts = row!.filter((_, index) => index !== 22);
  expect(row![22]).toBe('false');
  for (const cell of texts) {
    expect(isFormula(cell)).toBe(false);
    expect(cell.startsWith("'")).toBe(true);
  }
  // The text after the quote is the cell as written (lists and history add text after it).
  expect(row![1]).toBe(`'${payload}`);
});

test.each(FORMULA_PAYLOADS)('every column of the tracker with %j is neutralised', (payload) => {
  const rows = cells(trackerCsv([recommendationOf(payload)]));
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(row).toHaveLength(TRACKER_COLUMNS.length);
    for (const cell of row) expect(isFormula(cell)).toBe(false);
  }
});

test('no cell of any item starts like a formula (property)', () => {
  fc.assert(
    fc.property(fc.array(formulaCell, {minLength: 1, maxLength: 5}), (texts) => {
      for (const row of cells(itemsCsv(texts.map(itemOf)))) {
        for (const cell of row) expect(isFormula(cell)).toBe(false);
      }
      for (const row of cells(trackerCsv(texts.map(recommendationOf)))) {
        for (const cell of row) expect(isFormula(cell)).toBe(false);
      }
    }),
    {numRuns: 100},
  );
});

test('a page with formula titles and bodies exports text', () => {
  const site = siteOf({
    '=cmd.md':
      '---\ntitle: "=HYPERLINK(\\"http://evil.example\\")"\n---\n\n' +
      ":::status[+cmd|' /C calc'!A0]{#a1 status=ongoing}\n@SUM(1+1)\n:::\n",
  });
  const [row] = cells(itemsCsv(exportedItems(site, 'https://example.org')));
  expect(row!.filter((cell) => cell.startsWith("'"))).toEqual([
    "'+cmd|' /C calc'!A0",
    '\'=HYPERLINK("http://evil.example")',
    "'=cmd.md",
    "'@SUM(1+1)",
  ]);
  expect(row!.some(isFormula)).toBe(false);
});

test('numbers and ordinary text are left as they are', () => {
  const [row] = cells(itemsCsv([itemOf('2019-12-31')]));
  expect(row![1]).toBe('2019-12-31');
});
