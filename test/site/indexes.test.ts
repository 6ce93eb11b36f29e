import {existsSync, readFileSync, readdirSync, rmSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {load, type CheerioAPI} from 'cheerio';
import {parse} from 'csv-parse/sync';
import {loadSite} from '@kmportal/model';
import {BUNDLERS, buildFixtureSite, type Bundler, type BuildResult} from './build';

const siteDir = join(__dirname, '..', 'fixtures', 'indexes-site');
let build: BuildResult;

/** Route folders of the build outside docs and assets, e.g. `sdg/11`. */
function indexRoutes(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (!statSync(path).isDirectory() || ['assets', 'docs', 'kb', 'img'].includes(name)) return [];
    const here = existsSync(join(path, 'index.html')) ? [relative(base, path)] : [];
    return [...here, ...indexRoutes(path, base)];
  });
}

/** A built page, parsed: Faster minifies HTML (unquoted attributes), so pages are read as a DOM, not as text. */
function html(route: string): CheerioAPI {
  return load(readFileSync(join(build.outDir, route, 'index.html'), 'utf8'));
}

/** The `href` of every link of a page. */
const hrefs = ($: CheerioAPI) =>
  $('a[href]')
    .map((_, a) => $(a).attr('href'))
    .get();

describe.each(BUNDLERS)('the indexes site (%s)', (bundler: Bundler) => {
  beforeAll(() => {
    build = buildFixtureSite('indexes-site', {bundler});
  }, 300_000);

  afterAll(() => rmSync(build.outDir, {recursive: true, force: true}));

  test('the build succeeds and no chip or index link is broken', () => {
    expect({status: build.status, output: build.status === 0 ? '' : build.output}).toEqual({
      status: 0,
      output: '',
    });
    // The fixture has no home page, so only links to `/` (navbar logo) may be reported.
    expect(build.output).not.toMatch(/linking to \/(sdg|nexus|status|docs)/);
  });

  test('the index routes', () => {
    expect(indexRoutes(build.outDir).sort()).toMatchSnapshot();
  });

  test('every goal page exists', () => {
    for (let goal = 1; goal <= 17; goal++) {
      expect(existsSync(join(build.outDir, 'sdg', String(goal), 'index.html'))).toBe(true);
    }
  });

  test('sources, items.json, items.csv, dashboard rows and status totals hold the same items', () => {
    const model = loadSite({docsDir: join(siteDir, 'docs'), cwd: siteDir, routeBasePath: 'docs'});
    const ids = model.items.map((item) => item.id);
    expect(ids.length).toBeGreaterThanOrEqual(5);
    const json = JSON.parse(readFileSync(join(build.outDir, 'kb', 'items.json'), 'utf8'));
    expect(json.items.map((item: {id: string}) => item.id)).toEqual(ids);
    expect(existsSync(join(build.outDir, 'kb', 'items.schema.json'))).toBe(true);
    const csv = readFileSync(join(build.outDir, 'kb', 'items.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(csv.slice(1), {columns: true}) as {id: string}[];
    expect(rows.map((row) => row.id)).toEqual(ids);
    // The dashboard's table rows: every row file its index names, in order (fetched page by page).
    const dashboard = html('status');
    const [folder] = readdirSync(join(build.outDir, 'kb', 'dashboard'));
    const tableDir = join(build.outDir, 'kb', 'dashboard', folder!);
    const index = JSON.parse(readFileSync(join(tableDir, 'index.json'), 'utf8'));
    expect(index.count).toBe(ids.length);
    const tableRows = (index.chunks as string[]).flatMap((name) =>
      (JSON.parse(readFileSync(join(tableDir, name), 'utf8')) as {id: string}[]).map((r) => r.id),
    );
    expect(tableRows).toEqual(ids);
    expect(readdirSync(tableDir).filter((name) => name.startsWith('rows-'))).toHaveLength(
      index.chunks.length,
    );
    // The page itself carries no item rows: they load on demand.
    expect(dashboard('[data-item-id]').length).toBe(0);
    const counts = dashboard('table[data-totals="status"] td')
      .map((_, cell) => dashboard(cell).text())
      .get()
      .filter((text) => /^\d+$/.test(text));
    expect(counts.reduce((n, count) => n + Number(count), 0)).toBe(ids.length);
  });

  test('a goal page links each item to its card', () => {
    expect(hrefs(html('sdg/5'))).toContain('/docs/evaluations/review-2018#ev-1');
    expect(hrefs(html('nexus/matrix'))).toContain('/status?nexus=measuring-sdgs&sdg=5');
  });

  test('each report file holds only its page’s items, and the report index links to each', () => {
    const model = loadSite({docsDir: join(siteDir, 'docs'), cwd: siteDir, routeBasePath: 'docs'});
    const reports = {
      'plans/action-plan': 'docs/plans/action-plan.md',
      'plans/other': 'docs/plans/other.mdx',
      'evaluations/review-2018': 'docs/evaluations/review-2018.md',
    };
    const [folder] = readdirSync(join(build.outDir, 'kb', 'reports'));
    for (const [slug, path] of Object.entries(reports)) {
      const file = join(build.outDir, 'kb', 'reports', folder!, `${slug}.json`);
      const report = JSON.parse(readFileSync(file, 'utf8')) as {
        page: {permalink: string};
        groups: {items: {id: string}[]}[];
      };
      const rows = report.groups.flatMap((group) => group.items.map((item) => item.id));
      expect(rows).toEqual(model.items.filter((item) => item.path === path).map((item) => item.id));
      expect(report.page.permalink).toBe(`/docs/${slug}`);
    }
    // One route for every report: the index, whose static HTML lists them.
    expect(existsSync(join(build.outDir, 'status', 'report', 'plans'))).toBe(false);
    const index = hrefs(html('status/report'));
    for (const slug of Object.keys(reports)) {
      expect(index).toContain(`/status/report?doc=${slug}`);
    }
  });

  test('global data says where reports and unit pages live, not which reports there are', () => {
    const globalData = JSON.parse(
      readFileSync(join(siteDir, '.docusaurus', 'globalData.json'), 'utf8'),
    ) as Record<string, Record<string, unknown>>;
    expect(globalData['kmportal-indexes']).toEqual({
      default: {
        // Where a card's SDG and nexus chips link, per docs instance and version (one of each here).
        cards: {
          docsPluginId: 'default',
          shown: {nexusBase: '/nexus', sdgBase: '/sdg'},
          versions: {},
        },
        reports: {
          basePath: '/status/report',
          // Only the docs whose own front matter would mislead about their report (none here).
          overrides: {},
          routeBasePath: '/docs',
          types: ['action-plan', 'evaluation', 'meeting'],
        },
        // The registry's codes, so an owner chip links only to a unit page that exists.
        units: {basePath: '/units', codes: ['OES', 'PMU', 'SD']},
      },
    });
  });
});
