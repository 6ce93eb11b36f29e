import AxeBuilder from '@axe-core/playwright';
import type {Browser, Page} from 'playwright-core';
import {buildFixtureSite, type BuildResult} from '../site/build';
import {launchChromium, serveStatic} from './support';

jest.setTimeout(300_000);

/** Serious and critical axe violations in the page's content (the fixture's bare navbar is not ours). */
async function contentViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({page}).include('.theme-doc-markdown').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')} (${v.help})`));
}

const ROUTES = [
  '/docs/plans/action-plan',
  '/docs/overview',
  '/docs/evaluations/eval-2017',
  '/docs/stale-ref',
];

describe('pulls in Chromium', () => {
  let build: BuildResult;
  let browser: Browser;
  let server: {url: string; close: () => Promise<void>};
  let page: Page;

  beforeAll(async () => {
    build = buildFixtureSite('pulls-site');
    server = await serveStatic(build.outDir);
    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test.each(ROUTES)('%s has no serious or critical accessibility violations', async (route) => {
    expect(build.status).toBe(0);
    await page.goto(`${server.url}${route}`);
    await expect(contentViolations(page)).resolves.toEqual([]);
  });

  test('a card’s title leads to the item on its home page', async () => {
    await page.goto(`${server.url}/docs/plans/action-plan`);
    await page.locator('a.kb-status-ref__title').click();
    await page.waitForURL(/eval-2017#eval-2017-r3$/);
    // The URL changes before the client-side navigation has rendered the new page.
    const card = page.locator('article#eval-2017-r3');
    await card.waitFor({state: 'visible'});
    await expect(card.isVisible()).resolves.toBe(true);
  });
});
