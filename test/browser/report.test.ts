import {loadSite} from '@kmportal/model';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {seriousViolations, useBrowserSite} from './support';

jest.setTimeout(120_000);

const DOC = '/docs/action-plans/km-action-plan-2017';
const REPORT = '/status/report?doc=action-plans/km-action-plan-2017';
const root = join(__dirname, '..', '..');
const site = loadSite({docsDir: join(root, 'docs'), cwd: root});
const page_ = site.pages.find(({page}) => page.source === 'action-plans/km-action-plan-2017.md')!;
const expected = page_.items;
const others = site.items.filter((item) => item.path !== page_.page.path);

describe('the status-of-implementation report of the KM action plan in Chromium', () => {
  const web = useBrowserSite();
  let page: Page;

  beforeAll(async () => {
    page = await web.newPage();
    await page.goto(`${web.url}${REPORT}`);
    // The report is loaded from its file after hydration.
    await page.locator('[data-kb-report] tr[data-item-id]').first().waitFor();
  });

  test('the source page has items to report', () => {
    expect(expected.length).toBeGreaterThanOrEqual(10);
    expect(others.length).toBeGreaterThan(0);
  });

  test('has the title, and every item of the page exactly once, and no other', async () => {
    await expect(page.locator('h1').innerText()).resolves.toBe(
      `Status of implementation: ${page_.page.title}`,
    );
    const rows = await page
      .locator('[data-kb-report] tr[data-item-id]')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-item-id')));
    expect(rows.sort()).toEqual(expected.map((item) => item.id).sort());
    for (const item of expected) {
      const row = page.locator(`tr[data-item-id="${item.id}"]`);
      await expect(row.count()).resolves.toBe(1);
      const text = await row.innerText();
      expect(text).toContain(item.title);
      expect(text).toContain(site.config.statusByValue.get(item.status)!.label);
    }
  });

  test('the summary counts every item, per status', async () => {
    const summary = await page.locator('[data-kb-report-summary]').innerText();
    expect(summary).toContain(`${expected.length} items`);
    const completed = expected.filter((item) => item.status === 'completed').length;
    expect(summary).toContain(`Completed: ${completed}`);
  });

  test('the Print button opens the print dialog', async () => {
    await page.evaluate(() => {
      const w = window as unknown as {printed: number; print: () => void};
      w.printed = 0;
      w.print = () => {
        w.printed += 1;
      };
    });
    await page.getByRole('button', {name: 'Print'}).click();
    await expect(
      page.evaluate(() => (window as unknown as {printed: number}).printed),
    ).resolves.toBe(1);
  });

  test('in print: no navbar, no Print button, repeated headers, unbroken rows, the document’s address', async () => {
    await page.emulateMedia({media: 'print'});
    try {
      await expect(page.locator('nav.navbar').isVisible()).resolves.toBe(false);
      await expect(page.getByRole('button', {name: 'Print'}).isVisible()).resolves.toBe(false);
      const styles = await page.evaluate(() => {
        const thead = document.querySelector('[data-kb-report] thead')!;
        const row = document.querySelector('[data-kb-report] tbody tr')!;
        const link = document.querySelector('[data-kb-report] a[data-print-url]')!;
        const item = document.querySelector('[data-kb-report] tbody a[data-print-ref]')!;
        return {
          thead: getComputedStyle(thead).display,
          row: getComputedStyle(row).breakInside,
          after: getComputedStyle(link, '::after').content,
          itemAfter: getComputedStyle(item, '::after').content,
          ref: item.getAttribute('data-print-ref'),
        };
      });
      expect(styles.thead).toBe('table-header-group');
      expect(styles.row).toBe('avoid');
      // The document's address prints once; an item's id is its short reference.
      expect(styles.after).toContain(DOC);
      expect(styles.itemAfter).toBe('none');
      expect(styles.ref).toContain(`${DOC}#${expected[0]!.id}`);
    } finally {
      await page.emulateMedia({media: 'screen'});
    }
  });

  test('has no serious or critical accessibility violations', async () => {
    await expect(seriousViolations(page)).resolves.toEqual([]);
  });

  test('the doc page links to its report, the dashboard to the report index', async () => {
    await page.goto(`${web.url}${DOC}`);
    await expect(page.locator('[data-kb-report-link] a').getAttribute('href')).resolves.toBe(
      REPORT,
    );
    await page.goto(`${web.url}/status`);
    await page.locator('[data-kb-report-index] a').click();
    await page.waitForURL(/\/status\/report\/?$/);
    // The URL changes before the client-side navigation has rendered the index: wait for its list.
    const link = page.locator(`[data-kb-reports] a[href="${REPORT}"]`);
    await link.first().waitFor();
    await expect(link.count()).resolves.toBe(1);
  });

  test('a report link of the index loads that report; an unknown page says it has none', async () => {
    await page.goto(`${web.url}/status/report`);
    await page.locator(`[data-kb-reports] a[href="${REPORT}"]`).click();
    await page.waitForURL((url) => url.search === `?doc=action-plans/km-action-plan-2017`);
    // The report file loads after the address changes: wait for its rows.
    await page.locator('[data-kb-report] tr[data-item-id]').first().waitFor();
    await expect(page.locator('h1').innerText()).resolves.toBe(
      `Status of implementation: ${page_.page.title}`,
    );
    await expect(page.locator('[data-kb-report] tr[data-item-id]').count()).resolves.toBe(
      expected.length,
    );
    await page.goto(`${web.url}/status/report?doc=no/such-page`);
    await expect(page.locator('[data-kb-report-state]').innerText()).resolves.toBe(
      'No page no/such-page has a status of implementation report.',
    );
    await expect(seriousViolations(page)).resolves.toEqual([]);
  });

  test('A4 pages while a report is shown, not on the page visited after it', async () => {
    const pageRules = () =>
      page.evaluate(
        () =>
          Array.from(document.styleSheets).flatMap((sheet) =>
            Array.from(sheet.cssRules).filter((rule) => rule instanceof CSSPageRule),
          ).length,
      );
    await page.goto(`${web.url}${REPORT}`);
    await page.locator('[data-kb-report] tr[data-item-id]').first().waitFor();
    await expect(pageRules()).resolves.toBe(1);
    await page.getByRole('link', {name: 'Back to the page'}).click();
    await page.waitForURL((url) => url.pathname === DOC);
    await page.locator('[data-kb-report]').waitFor({state: 'detached'});
    await expect(pageRules()).resolves.toBe(0);
  });
});
