import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {BUNDLERS, copyFixtureSite, wrapperConfig} from '../site/build';
import {startDevServer, stopDevServer, type DevServer} from './dev-server';
import {launchChromium} from './support';

// A dev server per bundler, each started once and compiled once: limits, not timing assertions.
jest.setTimeout(600_000);

/** The status a page's `::status-ref` card and its table row of `eval-2017-r3` show, once both are rendered. */
async function shown(page: Page, status: string): Promise<void> {
  await page.locator('.kb-status-ref .kb-status-badge', {hasText: status}).waitFor();
  await page
    .locator('table.kb-status-table tbody tr', {hasText: 'eval-2017-r3'})
    .filter({hasText: status})
    .waitFor();
}

describe.each(BUNDLERS)('pulls in the dev server (%s)', (bundler) => {
  let server: DevServer | undefined;
  let browser: Browser;
  let siteDir: string;

  beforeAll(async () => {
    siteDir = copyFixtureSite('pulls-site');
    server = await startDevServer(
      siteDir,
      wrapperConfig(siteDir, bundler, undefined),
      '/docs/plans/action-plan',
    );
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await stopDevServer(server);
  });

  test('an edit of an item on one page shows on the page that pulls it, without a restart', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(240_000);
    await page.goto(`${server!.url}/docs/plans/action-plan`);
    await shown(page, 'Delayed');
    const home = join(siteDir, 'docs', 'evaluations', 'eval-2017.md');
    const text = readFileSync(home, 'utf8');
    writeFileSync(
      home,
      text.replace('{#eval-2017-r3 status=delayed', '{#eval-2017-r3 status=ongoing'),
    );
    // The page is not reloaded by the test: the dev server recompiles it and pushes the update.
    await shown(page, 'Ongoing');
    await page.close();
  });
});
