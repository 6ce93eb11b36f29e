import {loadSite, matchItems, type StatusItem} from '@kmportal/model';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {seriousViolations, useBrowserSite} from './support';

jest.setTimeout(120_000);

const root = join(__dirname, '..', '..');
const site = loadSite({docsDir: join(root, 'docs'), cwd: root});
const goal17 = site.items.find((item) => item.sdgGoals.includes(17))!;
const withRef = site.pages.find((p) => p.pulls.some((pull) => pull.kind === 'status-ref'));
const nexusSlug = [...(site.config.nexus?.keys() ?? [])][0]!;
const PAGE_SIZE = 50;
const ids = (items: readonly StatusItem[]) => items.map((item) => item.id);

describe('index pages in Chromium', () => {
  const web = useBrowserSite();

  async function open(route: string): Promise<Page> {
    const page = await web.newPage();
    await page.goto(`${web.url}${route}`);
    await page.waitForLoadState('networkidle');
    return page;
  }

  test('/sdg/17 → an item → its card on its page', async () => {
    const page = await open('/sdg/17');
    await page.locator(`main a[href$="#${goal17.id}"]`).first().click();
    await page.waitForURL(`**${goal17.url}`);
    expect(new URL(page.url()).hash).toBe(`#${goal17.id}`);
    // The link is a client-side navigation: wait for the target page to render the card.
    await page.locator(`[id="${goal17.id}"]`).first().waitFor({state: 'visible'});
    await expect(page.locator(`[id="${goal17.id}"]`).first().isVisible()).resolves.toBe(true);
  });

  /** Ids of the table rows once the page's rows have loaded. */
  async function tableIds(page: Page): Promise<string[]> {
    await page.locator('table[data-kb-items][aria-busy="false"]').waitFor();
    return page
      .locator('table[data-kb-items] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-item-id') ?? ''));
  }

  test('/status?status=ongoing applies the filter from the URL and announces the count', async () => {
    const page = await open('/status?status=ongoing');
    const ongoing = site.items.filter((item) => item.status === 'ongoing');
    expect(await tableIds(page)).toEqual(ids(ongoing).slice(0, PAGE_SIZE));
    const announced = await page.locator('main [role="status"]').textContent();
    expect(announced).toContain(`${ongoing.length} of ${site.items.length}`);
    await expect(page.isChecked('#kb-filter-status-ongoing')).resolves.toBe(true);
    await page.click('[data-clear-filters]');
    await page.waitForFunction(() => window.location.search === '');
    expect(await tableIds(page)).toEqual(ids(site.items).slice(0, PAGE_SIZE));
  });

  test('several values per filter from the URL: OR within a filter, AND across filters', async () => {
    const filter = {status: ['ongoing', 'delayed', 'planned'], sdg: ['11', '17', '5']};
    const expected = ids(matchItems(site.items, site.pages, filter, {config: site.config}));
    expect(expected.length).toBeGreaterThan(1);
    const page = await open('/status?status=ongoing,delayed,planned&sdg=11,17,5');
    expect(await tableIds(page)).toEqual(expected.slice(0, PAGE_SIZE));
    for (const id of ['status-ongoing', 'status-delayed', 'sdg-11', 'sdg-17'])
      await expect(page.isChecked(`#kb-filter-${id}`)).resolves.toBe(true);
    await expect(page.locator('[data-filter="status"] summary').textContent()).resolves.toContain(
      '3 selected',
    );
    const announced = await page.locator('main [role="status"]').textContent();
    expect(announced).toContain(`${expected.length} of ${site.items.length}`);
  });

  test('a checkbox toggled from the keyboard filters and writes the URL', async () => {
    const page = await open('/status');
    await page.locator('[data-filter="status"] summary').focus();
    await page.keyboard.press('Enter');
    await page.locator('#kb-filter-status-completed').focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => window.location.search === '?status=completed');
    const completed = site.items.filter((item) => item.status === 'completed');
    expect(await tableIds(page)).toEqual(ids(completed).slice(0, PAGE_SIZE));
  });

  test('a column header sorts the table both ways and tells its order', async () => {
    const page = await open('/status');
    const dueHeader = page.locator('th[data-sort="due"]');
    await dueHeader.locator('button').click();
    await page.waitForFunction(() => window.location.search === '?sort=due');
    await expect(dueHeader.getAttribute('aria-sort')).resolves.toBe('ascending');
    const byDue = (sign: number) =>
      site.items
        .map((item, position) => ({item, position}))
        .sort((a, b) => {
          const [x, y] = [a.item.due?.end, b.item.due?.end];
          if (!x || !y) return (x ? 0 : 1) - (y ? 0 : 1) || a.position - b.position;
          return sign * x.localeCompare(y) || a.position - b.position;
        })
        .map(({item}) => item.id);
    expect(await tableIds(page)).toEqual(byDue(1).slice(0, PAGE_SIZE));
    await dueHeader.locator('button').click();
    await page.waitForFunction(() => window.location.search === '?sort=-due');
    await expect(dueHeader.getAttribute('aria-sort')).resolves.toBe('descending');
    expect(await tableIds(page)).toEqual(byDue(-1).slice(0, PAGE_SIZE));
    await expect(page.locator('th[data-sort="title"]').getAttribute('aria-sort')).resolves.toBe(
      'none',
    );
  });

  test('page 2 of the table loads the next rows only', async () => {
    expect(site.items.length).toBeGreaterThan(PAGE_SIZE);
    const page = await open('/status');
    expect(await tableIds(page)).toEqual(ids(site.items).slice(0, PAGE_SIZE));
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.click('main nav a[aria-label="Next page"]');
    await page.waitForFunction(() => window.location.search === '?page=2');
    expect(await tableIds(page)).toEqual(ids(site.items).slice(PAGE_SIZE, 2 * PAGE_SIZE));
    expect(fetched.filter((path) => path.includes('/kb/dashboard/'))).toEqual([
      expect.stringMatching(/\/rows-1\.json$/),
    ]);
    await expect(page.locator('main nav a[aria-current="page"]').textContent()).resolves.toBe('2');
    const announced = await page.locator('main [role="status"]').textContent();
    expect(announced).toContain('page 2 of 2');
    // The same page straight from the URL.
    const direct = await open('/status?page=2');
    expect(await tableIds(direct)).toEqual(ids(site.items).slice(PAGE_SIZE, 2 * PAGE_SIZE));
  });

  test('a page past the last shows the last, and the address says so', async () => {
    const last = Math.ceil(site.items.length / PAGE_SIZE);
    const page = await open('/status?page=99');
    await page.waitForFunction((n) => window.location.search === `?page=${n}`, last);
    expect(await tableIds(page)).toEqual(ids(site.items).slice((last - 1) * PAGE_SIZE));
  });

  test('a status-ref leads to the item at its home', async () => {
    if (!withRef) return console.warn('no status-ref in the sample content: skipped');
    const id = withRef.pulls.find((pull) => pull.kind === 'status-ref')!.id!;
    const home = site.items.find((item) => item.id === id)!;
    const page = await open(withRef.page.permalink!);
    await page.locator(`main a[href$="#${id}"]`).first().click();
    await page.waitForURL(`**${home.url}`);
    expect(new URL(page.url()).pathname).toBe(home.url!.split('#')[0]);
  });

  test.each([
    '/sdg',
    '/sdg/17',
    '/nexus',
    `/nexus/${nexusSlug}`,
    '/nexus/matrix',
    '/status',
    '/status?status=ongoing,delayed&sort=-due',
  ])('axe finds no serious violation on %s', async (route) => {
    const page = await open(route);
    // Open every filter so that the checkboxes are checked too.
    for (const summary of await page.locator('main details summary').all()) await summary.click();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
