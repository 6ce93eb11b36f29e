import AxeBuilder from '@axe-core/playwright';
import type {Page} from 'playwright-core';
import {buildFixtureSite, type BuildResult} from '../site/build';
import {useBrowserSite} from './support';

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
  let page: Page;

  beforeAll(() => {
    build = buildFixtureSite('pulls-site');
  });
  // Registered after the build, so the server starts once the site is built.
  const web = useBrowserSite(() => build.outDir);

  beforeAll(async () => {
    page = await web.newPage();
  });

  test.each(ROUTES)('%s has no serious or critical accessibility violations', async (route) => {
    expect(build.status).toBe(0);
    await page.goto(`${web.url}${route}`);
    await expect(contentViolations(page)).resolves.toEqual([]);
  });

  test('a card’s title leads to the item on its home page', async () => {
    await page.goto(`${web.url}/docs/plans/action-plan`);
    await page.locator('a.kb-status-ref__title').click();
    await page.waitForURL(/eval-2017#eval-2017-r3$/);
    // The URL changes before the client-side navigation has rendered the new page.
    const card = page.locator('article#eval-2017-r3');
    await card.waitFor({state: 'visible'});
    await expect(card.isVisible()).resolves.toBe(true);
  });
});
