// The version facet, in Chromium, on the versions fixture site: docs in two versions (1.0, the last
// released, at /docs; the current one, Next, at /docs/next) and a second docs instance (handbook).
// Every version is in one index; the search page filters it by the Version checkboxes, which live in
// the URL (?version=), and the navbar box searches the version the reader is in.
import type {Page} from 'playwright-core';
import {buildFixtureSite} from '../site/build';
import {seriousViolations, useBrowserSite} from './support';

jest.setTimeout(480_000);

describe('the search version facet in Chromium', () => {
  let outDir = '';
  let page: Page;

  beforeAll(() => {
    const build = buildFixtureSite('versions-site');
    if (build.status !== 0) throw new Error(build.output);
    outDir = build.outDir;
  });
  const web = useBrowserSite(() => outDir);

  beforeEach(async () => {
    page = await web.newPage();
  });
  afterEach(() => page.context().close());

  const versionBoxes = () => page.locator('main fieldset:has(legend:text-is("Version")) label');

  /** Opens the search page and waits until its live region says the answer is in. */
  async function searchPage(search: string): Promise<void> {
    await page.goto(`${web.url}/search${search}`);
    await waitForAnswer();
  }

  async function waitForAnswer(): Promise<void> {
    await page.waitForFunction(() => {
      const text = document.querySelector('main [role="status"]')?.textContent ?? '';
      return text !== '' && !text.endsWith('…');
    });
  }

  /** Each result page's trail (its version first) and link, as listed. */
  const resultPages = () =>
    page.locator('main ol > li').evaluateAll((items) =>
      items.map((item) => ({
        trail: item.querySelector('p')?.textContent ?? '',
        href: item.querySelector('h2 a')?.getAttribute('href')?.split('?')[0] ?? '',
      })),
    );

  /** The checkbox labels and which are checked. */
  const facet = () =>
    versionBoxes().evaluateAll((labels) =>
      labels.map((label) => ({
        label: label.textContent?.trim() ?? '',
        value: label.querySelector('input')!.value,
        checked: label.querySelector('input')!.checked,
      })),
    );

  test('every version is a checkbox; without ?version= the last released of each instance is searched', async () => {
    await searchPage('?q=global%20api');
    await expect(facet()).resolves.toEqual([
      {label: 'default · Next', value: 'current', checked: false},
      {label: 'default · 1.0', value: '1.0', checked: true},
      {label: 'handbook · Next', value: 'handbook/current', checked: true},
    ]);
    // The page is in both versions of the default docs: one result, 1.0's, named by its version.
    await expect(resultPages()).resolves.toEqual([
      {trail: expect.stringMatching(/^1\.0 › /), href: '/docs/29.7/api'},
    ]);
  });

  test('checking a version searches it; its copies of a page collapse to one result', async () => {
    await searchPage('?q=global%20api');
    await versionBoxes().filter({hasText: 'default · Next'}).locator('input').check();
    await page.waitForURL(
      (url) => url.searchParams.getAll('version').join() === '1.0,handbook/current,current',
    );
    await waitForAnswer();
    // Both versions searched: the page is listed once.
    await expect(resultPages().then((pages) => pages.length)).resolves.toBe(1);
    await versionBoxes().filter({hasText: 'default · 1.0'}).locator('input').uncheck();
    await page.locator('main ol > li h2 a[href^="/docs/next/29.7/api"]').waitFor();
    await expect(resultPages()).resolves.toEqual([
      {trail: expect.stringMatching(/^Next › /), href: '/docs/next/29.7/api'},
    ]);
  });

  test('a page only in the current version is found there, not in the last released', async () => {
    await searchPage('?q=configuration');
    await expect(resultPages()).resolves.toEqual([]);
    await searchPage('?q=configuration&version=current');
    await expect(resultPages()).resolves.toEqual([
      {trail: expect.stringMatching(/^Next/), href: '/docs/next/30.0/Configuration'},
    ]);
    await expect(facet().then((boxes) => boxes.filter((box) => box.checked))).resolves.toEqual([
      {label: 'default · Next', value: 'current', checked: true},
    ]);
  });

  test('the navbar box searches the version the reader is in, and its “See all” keeps it', async () => {
    await page.goto(`${web.url}/docs/next/29.7/api`);
    await page.locator('.kb-search-bar[data-ready]').first().waitFor();
    await page.getByRole('combobox', {name: 'Search the portal'}).first().focus();
    await page.keyboard.type('global api');
    const answered = page.locator('[role="listbox"][data-query="global api"]');
    await answered.locator('[data-search-result="page"]').first().waitFor();
    // Each page result's trail names its version: the reader's, Next.
    const trails = await answered
      .locator('[data-search-result="page"]')
      .evaluateAll((options) => options.map((option) => option.textContent ?? ''));
    expect(trails).toEqual([expect.stringMatching(/^Next › /)]);
    await answered.locator('[role="option"]').last().click();
    await page.waitForURL(/\/search\?/);
    expect(new URL(page.url()).searchParams.getAll('version')).toEqual(['current']);
    await waitForAnswer();
    await expect(resultPages()).resolves.toEqual([
      {trail: expect.stringMatching(/^Next › /), href: '/docs/next/29.7/api'},
    ]);
  });

  test('the search page with its version facet has no serious accessibility violations', async () => {
    await searchPage('?q=global%20api&version=current&version=1.0');
    await expect(seriousViolations(page)).resolves.toEqual([]);
  });
});
