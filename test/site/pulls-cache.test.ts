import {load, type CheerioAPI} from 'cheerio';
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {BUNDLERS, buildFixtureSite, copyFixtureSite, type BuildResult} from './build';

// Two builds each, sharing the bundler's persistent cache: a limit, not a timing assertion.
jest.setTimeout(900_000);

const page = (build: BuildResult, route: string): CheerioAPI =>
  load(readFileSync(join(build.outDir, route, 'index.html'), 'utf8'));

/** The cells of each row of the tables of a page, as text. */
const tableRows = ($: CheerioAPI) =>
  $('table.kb-status-table tbody tr')
    .map((_, row) => [
      $(row)
        .find('td')
        .map((__, cell) => $(cell).text())
        .get(),
    ])
    .get() as string[][];

/** What every page that shows `eval-2017-r3` says of it: its card, the ref, the tables. */
function shownStatuses(build: BuildResult) {
  const home = page(build, 'docs/evaluations/eval-2017');
  const plan = page(build, 'docs/plans/action-plan');
  const overview = page(build, 'docs/overview');
  return {
    card: home('#eval-2017-r3 .kb-status-badge').first().text(),
    ref: plan('.kb-status-ref .kb-status-badge').text(),
    planTable: tableRows(plan).find(([id]) => id === 'eval-2017-r3')?.[2],
    overviewTable: tableRows(overview).find(([id]) => id === 'eval-2017-r3')?.[2],
  };
}

describe.each(BUNDLERS)('pulls after an edit, with a persistent cache (%s)', (bundler) => {
  let first: BuildResult;
  let second: BuildResult;
  let cacheDir: string;

  beforeAll(() => {
    const siteDir = copyFixtureSite('pulls-site');
    cacheDir = mkdtempSync(join(tmpdir(), `pulls-cache-${bundler}-`));
    first = buildFixtureSite('pulls-site', {bundler, siteDir, cacheDir});
    const home = join(siteDir, 'docs', 'evaluations', 'eval-2017.md');
    const text = readFileSync(home, 'utf8');
    writeFileSync(
      home,
      text.replace('{#eval-2017-r3 status=delayed', '{#eval-2017-r3 status=ongoing'),
    );
    second = buildFixtureSite('pulls-site', {bundler, siteDir, cacheDir});
  });

  test('both builds succeed, and the first one filled the persistent cache', () => {
    expect(first).toMatchObject({status: 0});
    expect(second).toMatchObject({status: 0});
    const store = join(cacheDir, bundler === 'faster' ? 'rspack' : 'webpack');
    const stored = readdirSync(store, {recursive: true, withFileTypes: true}).filter((entry) =>
      entry.isFile(),
    );
    expect(stored.length).toBeGreaterThan(1);
  });

  test('before the edit, every page shows the item as delayed', () => {
    expect(shownStatuses(first)).toEqual({
      card: 'Delayed',
      ref: 'Delayed',
      planTable: 'Delayed',
      overviewTable: 'Delayed',
    });
  });

  test('after the edit, every page that pulls the item shows its new status, not the cached one', () => {
    expect(shownStatuses(second)).toEqual({
      card: 'Ongoing',
      ref: 'Ongoing',
      planTable: 'Ongoing',
      overviewTable: 'Ongoing',
    });
  });
});
