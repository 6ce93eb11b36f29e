// The workbook read back without exceljs: its OOXML parts unzipped by fflate and parsed by fast-xml-parser.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {XMLParser, XMLValidator} from 'fast-xml-parser';
import {strFromU8, unzipSync} from 'fflate';
import {runKb, writeSite} from './write-site.js';

jest.setTimeout(30_000);

const PAGE = [
  '---',
  'type: evaluation',
  '---',
  '',
  ':::status[Recommendation 1]{#r1 status=ongoing owner=PMU response=accepted due=2027-01-31 as-of=2026-11-01}',
  'A long note that wraps.',
  ':::',
  '',
].join('\n');

type Xml = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name, _path, _leaf, attribute) =>
    !attribute &&
    ['sheet', 'dataValidation', 'c', 'row', 'col', 'xf', 'numFmt', 'si'].includes(name),
});

async function parts(): Promise<Map<string, string>> {
  const dir = writeSite({'evaluation.md': PAGE});
  expect((await runKb(dir, ['export', '--xlsx', 'tracker.xlsx'])).code).toBe(0);
  const zip = unzipSync(readFileSync(join(dir, 'tracker.xlsx')));
  return new Map(Object.entries(zip).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

function sheetPart(files: Map<string, string>, name: string): Xml {
  const workbook = parser.parse(files.get('xl/workbook.xml')!) as Xml;
  const sheets = ((workbook.workbook as Xml).sheets as Xml).sheet as Xml[];
  const rels = parser.parse(files.get('xl/_rels/workbook.xml.rels')!) as Xml;
  const rid = sheets.find((s) => s.name === name)!['r:id'];
  const target = ((rels.Relationships as Xml).Relationship as Xml[]).find((r) => r.Id === rid)!
    .Target as string;
  return (parser.parse(files.get(`xl/${target.replace(/^\/?xl\//, '')}`)!) as Xml).worksheet as Xml;
}

describe('the tracker workbook, read as OOXML by another reader', () => {
  let files: Map<string, string>;
  beforeAll(async () => {
    files = await parts();
  });

  test('every XML part is well formed', () => {
    for (const [name, text] of files)
      if (name.endsWith('.xml') || name.endsWith('.rels'))
        expect([name, XMLValidator.validate(text)]).toEqual([name, true]);
  });

  test('the list sheet is hidden, the export record very hidden, the data sheet visible', () => {
    const workbook = parser.parse(files.get('xl/workbook.xml')!) as Xml;
    const sheets = ((workbook.workbook as Xml).sheets as Xml).sheet as Xml[];
    expect(sheets.map((s) => [s.name, s.state])).toEqual([
      ['evaluation', 'visible'],
      ['lists', 'hidden'],
      ['exported', 'veryHidden'],
    ]);
  });

  test('status, response, owner and nexus have dropdowns fed from the list sheet', () => {
    const sheet = sheetPart(files, 'evaluation');
    const validations = (sheet.dataValidations as Xml).dataValidation as Xml[];
    expect(validations.map((v) => [v.sqref, v.type, v.formula1, v.errorStyle])).toEqual([
      ['E2:E202', 'list', 'lists!$A$2:$A$8', 'stop'],
      ['F2:F202', 'list', 'lists!$B$2:$B$4', 'stop'],
      ['G2:G202', 'list', 'lists!$C$2:$C$5', 'warning'],
      ['K2:K202', 'list', 'lists!$D$2:$D$3', 'warning'],
    ]);
    const strings = ((parser.parse(files.get('xl/sharedStrings.xml')!) as Xml).sst as Xml)
      .si as Xml[];
    const texts = strings.map((s) => String(s.t));
    for (const value of [
      'not-started',
      'completed',
      'partially-accepted',
      'ILO-ITC',
      'smart-cities',
    ])
      expect(texts).toContain(value);
  });

  test('the header is frozen and filtered, the digest column hidden, the sheet protected', () => {
    const sheet = sheetPart(files, 'evaluation');
    const pane = ((sheet.sheetViews as Xml).sheetView as Xml).pane as Xml;
    expect(pane).toMatchObject({state: 'frozen', xSplit: '1', ySplit: '1'});
    expect(sheet.autoFilter).toEqual({ref: 'A1:N1'});
    const cols = (sheet.cols as Xml).col as Xml[];
    expect(cols.find((c) => c.min === '14')).toMatchObject({hidden: '1'});
    expect(sheet.sheetProtection).toMatchObject({sheet: '1', autoFilter: '0', sort: '0'});
  });

  test('dates are numbers with a date format, the id cell locked and the status cell not', () => {
    const sheet = sheetPart(files, 'evaluation');
    const rows = (sheet.sheetData as Xml).row as Xml[];
    const cells = rows[1]!.c as Xml[];
    const byRef = new Map(cells.map((c) => [c.r as string, c]));
    const styles = (parser.parse(files.get('xl/styles.xml')!) as Xml).styleSheet as Xml;
    const xfs = (styles.cellXfs as Xml).xf as Xml[];
    const formats = ((styles.numFmts as Xml | undefined)?.numFmt ?? []) as Xml[];
    const due = byRef.get('H2')!;
    // 2027-01-31 is day 46418 of Excel's 1900 calendar.
    expect(due.v).toBe(46418);
    const dueFormat = formats.find((f) => f.numFmtId === xfs[Number(due.s)]!.numFmtId);
    expect(dueFormat?.formatCode).toBe('yyyy-mm-dd');
    const locked = (ref: string) =>
      (xfs[Number(byRef.get(ref)!.s ?? 0)]!.protection as Xml | undefined)?.locked !== '0';
    expect(locked('A2')).toBe(true);
    expect(locked('E2')).toBe(false);
    expect(locked('M2')).toBe(false);
    expect(locked('D2')).toBe(true);
  });
});
