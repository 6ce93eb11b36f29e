import {loadSite} from '@kmportal/model';
import {join} from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {launchChromium, seriousViolations, serveStatic, SITE_BUILD_DIR} from './support';

jest.setTimeout(120_000);

const root = join(__dirname, '..', '..');
const site = loadSite({docsDir: join(root, 'docs'), cwd: root});
const goal17 = site.items.find((item) => item.sdgGoals.includes(17))!;
const withRef = site.pages.find((p) => p.pulls.some((pull) => pull.kind === 'status-ref'));
const nexusSlug = [...(site.config.nexus?.keys() ?? [])][0]!;

describe('index pages in Chromium', () => {
  let browser: Browser;
  let server: {url: string; close: () => Promise<void>};

  beforeAll(async () => {
    server = await serveStatic(SITE_BUILD_DIR);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(route: string): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}${route}`);
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

  test('/status?status=ongoing applies the filter from the URL and announces the count', async () => {
    const page = await open('/status?status=ongoing');
    const ongoing = site.items.filter((item) => item.status === 'ongoing').length;
    const rows = page.locator('table[data-kb-items] tbody tr');
    await expect(rows.count()).resolves.toBe(ongoing);
    const statuses = await rows.evaluateAll((trs) =>
      trs.map((tr) => tr.getAttribute('data-status')),
    );
    expect(new Set(statuses)).toEqual(new Set(['ongoing']));
    const announced = await page.locator('main [role="status"]').textContent();
    expect(announced).toContain(`${ongoing} of ${site.items.length}`);
    await page.selectOption('#kb-filter-status', '');
    await expect(rows.count()).resolves.toBe(site.items.length);
    expect(new URL(page.url()).search).toBe('');
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

  test.each(['/sdg', '/sdg/17', '/nexus', `/nexus/${nexusSlug}`, '/nexus/matrix', '/status'])(
    'axe finds no serious violation on %s',
    async (route) => {
      const page = await open(route);
      expect(await seriousViolations(page)).toEqual([]);
    },
  );
});
