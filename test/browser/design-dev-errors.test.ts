import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Browser} from 'playwright-core';
import {BUNDLERS, copyFixtureSite, wrapperConfig} from '../site/build';
import {startDevServer, stopDevServer, type DevServer} from './dev-server';
import {launchChromium, seriousViolations} from './support';

// A dev server per bundler, started once: waits for what the page shows, never for a time.
jest.setTimeout(600_000);

const PAGE = '/docs/plans/action-plan';
const SOURCE = join('docs', 'plans', 'action-plan.md');
const WRITTEN = '{#ap-1 status=ongoing owner="PMU,OES" due=2019-Q4';
// An unclosed quote: Markdown no longer reads the line as a block.
const BROKEN = '{#ap-1 status=ongoing owner="PMU,OES due=2019-Q4';
/** Where the break is reported: the line of the block, the column where the line stops reading. */
const PLACE = 'docs/plans/action-plan.md:12:';

/** The terminal's lines naming `place` (`docs/plans/action-plan.md:12:`), each as printed. */
function linesAt(server: DevServer, place: string): string[] {
  return server.output
    .join('')
    .split('\n')
    .filter((line) => line.includes(place));
}

describe.each(BUNDLERS)('a broken block in the dev server (%s)', (bundler) => {
  let server: DevServer | undefined;
  let browser: Browser;
  let siteDir: string;

  beforeAll(async () => {
    siteDir = copyFixtureSite('indexes-site');
    // As `npm start` runs it: the error cards and the plugins' warnings are the dev server's.
    server = await startDevServer(siteDir, wrapperConfig(siteDir, bundler, undefined), PAGE, {
      NODE_ENV: 'development',
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await stopDevServer(server);
  });

  test('shows an error card at its place, stays on the dashboard flagged invalid, and is printed once', async () => {
    // A context of its own: axe needs one (browser.newPage's has none to add its script to).
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(240_000);
    await page.goto(`${server!.url}${PAGE}`);
    await page.locator('main #ap-2').waitFor();
    const file = join(siteDir, SOURCE);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(WRITTEN);
    writeFileSync(file, text.replace(WRITTEN, BROKEN));

    // The page is not reloaded by the test: the dev server recompiles it and pushes the update.
    const card = page.locator('main [data-kb-error-card]');
    try {
      await card.waitFor({timeout: 150_000});
    } catch (error) {
      console.log(
        server!.output.join(''),
        readFileSync(file, 'utf8'),
        await page.locator('main').innerHTML(),
      );
      throw error;
    }
    expect(await card.locator('[data-rule]').allTextContents()).toEqual([
      expect.stringMatching(
        /^Line 12, column 86: Malformed status block opening at column 86: found `1`/,
      ),
    ]);
    expect(await card.locator('[data-rule] a').getAttribute('href')).toMatch(
      /README\.md#malformed-attributes$/,
    );
    // In place of the block: after the paragraph before it, before the next block's card.
    const order = await page.evaluate(() => {
      const intro = Array.from(document.querySelectorAll('main p')).find((p) =>
        p.textContent?.startsWith('Intro paragraph'),
      );
      const error = document.querySelector('main [data-kb-error-card]');
      const next = document.querySelector('main #ap-2');
      const follows = (a?: Element | null, b?: Element | null) =>
        Boolean(a && b && a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      return {afterIntro: follows(intro, error), beforeNext: follows(error, next)};
    });
    expect(order).toEqual({afterIntro: true, beforeNext: true});
    // The suite's parts (in the portal's palette, as the fixture sets it), not the fixture's own theme.
    expect(await seriousViolations(page, 'main [data-kb-error-card]')).toEqual([]);

    // The item is not lost: the dashboard lists it, flagged at the place, and counts it.
    const dashboard = await context.newPage();
    dashboard.setDefaultTimeout(240_000);
    await dashboard.goto(`${server!.url}/status`);
    await dashboard.locator('table[data-kb-items][aria-busy="false"]').waitFor();
    const row = dashboard.locator('table[data-kb-items] tbody tr[data-item-id="ap-1"]');
    expect(await row.locator('[data-kb-invalid]').getAttribute('data-kb-invalid')).toBe(
      `${PLACE}86`,
    );
    const tile = dashboard.locator('[data-kb-tile="invalid"]');
    expect(await tile.locator('[data-invalid-count]').textContent()).toBe('1');
    await tile.locator('a').click();
    await dashboard.locator('[data-kb-count]', {hasText: '1 of'}).waitFor();
    expect(dashboard.url()).toMatch(/\/status\?validity=invalid$/);
    expect(
      await dashboard
        .locator('table[data-kb-items] tbody tr')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-item-id'))),
    ).toEqual(['ap-1']);
    expect(
      await seriousViolations(dashboard, '[data-kb-tile="invalid"], tr[data-item-id="ap-1"]'),
    ).toEqual([]);

    // Fixed again: the card is gone, and so is the dashboard's figure.
    writeFileSync(file, text);
    await page.locator('main #ap-1').waitFor();
    expect(await card.count()).toBe(0);
    await dashboard.goto(`${server!.url}/status`);
    await dashboard.locator('table[data-kb-items][aria-busy="false"]').waitFor();
    expect(await dashboard.locator('[data-kb-tile="invalid"]').count()).toBe(0);

    // The terminal said it once, with its place, through the edit that broke the block and the one
    // that fixed it (every plugin watching the docs reloaded for each).
    expect(linesAt(server!, PLACE)).toEqual([
      expect.stringMatching(
        /^\[WARNING\] docs\/plans\/action-plan\.md:12:86 {2}Malformed status block opening at column 86: .*\[malformed-attributes\]$/,
      ),
    ]);
    await context.close();
  });
});
