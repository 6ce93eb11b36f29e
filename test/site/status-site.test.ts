import {load} from 'cheerio';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {BUNDLERS, buildFixtureSite, type BuildResult} from './build';

jest.setTimeout(300_000);

describe.each(BUNDLERS)('the mini-site built through the real plugin lifecycle (%s)', (bundler) => {
  let build: BuildResult;
  const page = (route: string) =>
    load(readFileSync(join(build.outDir, route, 'index.html'), 'utf8'));

  beforeAll(() => {
    build = buildFixtureSite('mini-site', {bundler});
  });

  test('builds', () => {
    expect(build.status).toBe(0);
  });

  test('renders each status block as static HTML with badge, owners, due date and chips', () => {
    const $ = page('docs/plans/action-plan');
    expect(
      $('article.kb-status-block')
        .map((_, el) => $(el).attr('id'))
        .get(),
    ).toEqual(['ap-1', 'ap-2']);
    const first = $('#ap-1');
    expect(first.find('h3').text()).toContain('Publish the handbook');
    expect(first.find('.kb-status-badge').text()).toBe('Ongoing');
    expect(first.find('a.hash-link').attr('href')).toBe('#ap-1');
    // Untrimmed: nothing trails the due date before the 'overdue by N days' mark shows (after hydration).
    expect(
      first
        .find('dd')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(
      expect.arrayContaining([
        'Programme Management Unit (PMU)',
        'Office of the Executive Secretary (OES)',
        'Q4 2019',
      ]),
    );
    expect(
      first
        .find('.kb-sdg-chip')
        .map((_, el) => [[$(el).text(), $(el).attr('href')]])
        .get(),
    ).toEqual([
      ['SDG 11', '/sdg/11'],
      ['SDG 11.2', '/sdg/11#target-11.2'],
    ]);
    expect(first.find('.kb-nexus-chip').attr('href')).toBe('/nexus/smart-cities');
    expect(first.find('.kb-nexus-chip').text()).toBe('Sustainable and smart cities for all ages');
    expect(first.find('.kb-status-block__body strong').text()).toBe('under way');
    expect($('#ap-2 .kb-status-badge').text()).toBe('Completed');
  });

  test("shows each item's status history read from git", () => {
    const $ = page('docs/plans/action-plan');
    const history = $('#ap-1 .kb-status-history');
    expect(history.find('summary').text()).toMatch(/^Status history \(\d+\)$/);
    expect(history.find('li').first().text()).toMatch(/Ongoing · .+ [0-9a-f]{7}$/);
  });

  test('keeps prose such as 10:30 and shows code-fence examples as code, not items', () => {
    const $ = page('docs/plans/action-plan');
    expect($('.theme-doc-markdown').text()).toContain('10:30');
    expect($('#example').length).toBe(0);
    expect($('pre').text()).toContain(':::status[An example, not an item]');
  });

  test('renders French and Russian text in an MDX page', () => {
    const $ = page('docs/plans/other');
    expect($('#mt-1 h3').text()).toContain('Décision de suivi');
    expect($('#mt-1 .kb-status-badge').text()).toBe('Planned');
    expect($('#mt-1 dd').text()).toContain('to be confirmed');
    expect($('#mt-1 .kb-sdg-chip').text()).toBe('SDG 16.6');
  });

  test('shares only a small summary as global data', () => {
    const globalData = JSON.parse(
      readFileSync(
        join(__dirname, '..', 'fixtures', 'mini-site', '.docusaurus', 'globalData.json'),
        'utf8',
      ),
    );
    expect(globalData['kmportal-status'].default.itemCount).toBe(3);
  });
});

describe.each(BUNDLERS)('a site with broken status blocks (%s)', (bundler) => {
  test('fails the build and names every problem by path:line:col', () => {
    const build = buildFixtureSite('broken-site', {bundler});
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('docs/bad.md:5:29  Unknown status `ongoign`');
    expect(build.output).toContain('docs/bad.md:9:1  Status block `b-2` is never closed');
    expect(build.output).toContain('2 error(s) in status blocks');
  });
});
