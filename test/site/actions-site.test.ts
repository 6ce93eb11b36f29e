import {existsSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {load} from 'cheerio';
import {parse} from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import {loadSite, withActions} from '@kmportal/model';
import {main} from '../../plugins/cli/src/index';
import {buildFixtureSite, type BuildResult} from './build';

const fixtures = join(__dirname, '..', 'fixtures');
let build: BuildResult;

function html(route: string): string {
  return readFileSync(join(build.outDir, route, 'index.html'), 'utf8');
}

function kbFile(name: string): string {
  return readFileSync(join(build.outDir, 'kb', name), 'utf8');
}

describe('a site with key actions through the real build', () => {
  beforeAll(() => {
    build = buildFixtureSite('actions-site');
  }, 300_000);

  afterAll(() => rmSync(build.outDir, {recursive: true, force: true}));

  const siteDir = join(fixtures, 'actions-site');
  const model = loadSite({docsDir: join(siteDir, 'docs'), cwd: siteDir, routeBasePath: 'docs'});
  const actions = withActions(model.items).filter((item) => item.parent);

  test('builds without problems or broken links', () => {
    expect({status: build.status, messages: model.messages.map(String)}).toEqual({
      status: 0,
      messages: [],
    });
    // The fixture has no home page, so only links to `/` (the navbar logo) may be reported.
    expect(build.output).not.toMatch(/broken anchor|linking to \/(docs|status)/i);
    expect(actions).toHaveLength(5);
  });

  test('the card lists its actions in a table, evidence to a doc linked to its permalink', () => {
    // Read as a document: Faster (the default bundler here) minifies the HTML and drops attribute quotes.
    const page = load(html('docs/follow-up'));
    for (const action of actions) expect(page(`tr#${action.id}`)).toHaveLength(1);
    expect(page('a[href="/docs/reports/circular#annex"]')).toHaveLength(1);
    expect(page('a[href="https://example.org/c.pdf"]')).toHaveLength(1);
    // A file of the static folder, named relative to the page: linked where the site serves it.
    expect(page('a[href="/files/fx-minutes.pdf"]')).toHaveLength(1);
    expect(existsSync(join(build.outDir, 'files', 'fx-minutes.pdf'))).toBe(true);
    expect(page('#fx-r2-a1-body')).toHaveLength(1);
    expect(page('main').text()).not.toContain('::action');
    // The pulled table of fx-r1's actions.
    expect(page('caption').text()).toContain('key actions of');
  });

  test('every action is in items.json, items.csv, the tracker and the dashboard, once', () => {
    const json = JSON.parse(kbFile('items.json'));
    expect(json.version).toBe(3);
    const inJson = json.items.flatMap((item: {actions: {id: string}[]}) =>
      item.actions.map((a) => a.id),
    );
    expect(inJson).toEqual(actions.map((a) => a.id));
    const csv = parse(kbFile('items.csv').slice(1), {columns: true}) as Record<string, string>[];
    expect(csv.filter((row) => row.parent).map((row) => row.id)).toEqual(inJson);
    expect(csv.filter((row) => !row.parent).map((row) => row.id)).toEqual([
      'fx-r1',
      'fx-r2',
      'fx-r3',
    ]);
    const tracker = kbFile('tracker.csv');
    expect(tracker.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(tracker.slice(1), {columns: true}) as Record<string, string>[];
    expect(rows.map((row) => row['Key action'].split(':')[0])).toEqual([...inJson, '']);
    const [folder] = readdirSync(join(build.outDir, 'kb', 'dashboard')).filter((name) => {
      const index = JSON.parse(
        readFileSync(join(build.outDir, 'kb', 'dashboard', name, 'index.json'), 'utf8'),
      );
      return index.count === actions.length;
    });
    expect(folder).toBeDefined();
  });

  test('tracker.xlsx holds the rows of tracker.csv', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(build.outDir, 'kb', 'tracker.xlsx'));
    const sheet = workbook.getWorksheet('Tracker')!;
    const csv = parse(kbFile('tracker.csv').slice(1)) as string[][];
    expect(sheet.rowCount).toBe(csv.length);
    const keyActions = sheet
      .getColumn(4)
      .values.slice(2)
      .map((v) => String(v ?? ''));
    expect(keyActions).toEqual(csv.slice(1).map((row) => row[3]));
  });

  test("a unit's page lists what it is responsible for, key actions and their recommendation", () => {
    const page = load(html('units/OES'));
    const ids = page('main table tbody th code')
      .map((_, el) => page(el).text())
      .get();
    const owned = withActions(model.items).filter((item) => item.owners.includes('OES'));
    expect(new Set(ids)).toEqual(new Set(owned.map((item) => item.id)));
    const units = load(html('units'));
    expect(
      units('main table tbody th code')
        .map((_, el) => units(el).text())
        .get(),
    ).toEqual(['OES', 'PMU', 'ISU']);
    // Owner chips on the card link to the unit pages.
    expect(
      load(html('docs/follow-up'))('a.kb-unit-link[href="/units/OES"]').length,
    ).toBeGreaterThan(0);
  });

  test('the report groups actions under their recommendation and prints the rates', () => {
    const [folder] = readdirSync(join(build.outDir, 'kb', 'reports'));
    const report = JSON.parse(
      readFileSync(join(build.outDir, 'kb', 'reports', folder!, 'follow-up.json'), 'utf8'),
    );
    const items = report.groups.flatMap((g: {items: {id: string}[]}) => g.items);
    expect(items.map((i: {id: string}) => i.id)).toEqual(['fx-r1', 'fx-r2', 'fx-r3']);
    expect(items[0].actions.map((a: {id: string}) => a.id)).toEqual([
      'fx-r1-a1',
      'fx-r1-a2',
      'fx-r1-a3',
    ]);
    expect(report.rates.page).toMatchObject({
      recommendations: 3,
      accepted: 2,
      implemented: 1,
      actions: 5,
      // Judged on the build day (after 2026-09): the May training and the September publication.
      overdueActions: 2,
    });
  });
});

describe('bad key actions', () => {
  test('the build names every problem by path:line:col as kb check does', async () => {
    const siteDir = join(fixtures, 'actions-broken-site');
    const out: string[] = [];
    const io = {
      cwd: siteDir,
      stdout: {write: (t: string) => out.push(t)},
      stderr: {write: (t: string) => out.push(t)},
    };
    await main(['check'], io);
    const checked = out
      .join('')
      .split('\n')
      .filter((line) => /^docs\/bad\.md:\d+:\d+/.test(line));
    expect(checked.map((line) => line.replace(/\s+\[[\w-]+\]$/, ''))).toMatchInlineSnapshot(`
     [
       "docs/bad.md:6:1  \`::action\` outside a status block, expected key actions inside \`:::status[…]{…}\` … \`:::\`: move it into the block of its recommendation.",
       "docs/bad.md:8:39  Status \`completed\` contradicts the key actions: key action \`bx-r1-a2\` at line 10:1 is \`ongoing\`, so the actions give \`ongoing\`. Remove \`status=\` to let the actions set it, or correct the action's status.",
       "docs/bad.md:8:58  Response \`partially-accepted\` has no justification, expected \`response-note="…"\` saying why the recommendation is not fully accepted, e.g. \`response-note="Budget not approved by the board"\`.",
       "docs/bad.md:9:33  Unknown status \`ongoign\`, expected one of \`not-started\`, \`planned\`, \`ongoing\`, \`delayed\`, \`completed\`, \`continuing\` or \`cancelled\`. Did you mean \`ongoing\`?",
       "docs/bad.md:9:47  Unknown unit \`XYZ\` in \`owner\`, expected a code from \`units.yml\`. Add it to \`units.yml\` if it is a new unit.",
       "docs/bad.md:9:61  Evidence \`missing.md\` of key action \`bx-r1-a1\` does not resolve: no file \`docs/missing.md\`. Expected a path relative to this page (\`../reports/x.md\`) or a URL (\`https://…\`); fix the path or add the file.",
       "docs/bad.md:14:19  Duplicate id \`bx-r1-a2\`: also used at docs/bad.md:10:23. Ids must be unique across the site; rename one of them.",
     ]
    `);
    const broken = buildFixtureSite('actions-broken-site');
    expect(broken.status).not.toBe(0);
    for (const line of checked) {
      const [where, reason] = line.split(/\s{2,}/);
      expect(broken.output).toContain(`${where}  ${reason}`);
    }
  }, 300_000);
});
