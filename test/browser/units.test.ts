import {isPastDue, loadSite, withActions} from '@kmportal/model';
import {daysBetween} from '@kmportal/model/intl';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {seriousViolations, useBrowserSite} from './support';

jest.setTimeout(180_000);

const root = join(__dirname, '..', '..');
const site = loadSite({docsDir: join(root, 'docs'), cwd: root});
const units = [...site.config.units!.values()];
const everything = withActions(site.items);
const closed = (status: string) => site.config.statusByValue.get(status)?.closed ?? false;
const ownedBy = (code: string) => everything.filter((item) => item.owners.includes(code));
// The unit with the most open items and key actions: its page shows the ordering best.
const busiest = [...units].sort(
  (a, b) =>
    ownedBy(b.code).filter((i) => !closed(i.status)).length -
    ownedBy(a.code).filter((i) => !closed(i.status)).length,
)[0]!;

describe('unit pages in Chromium', () => {
  const web = useBrowserSite();

  async function open(route: string, theme: 'light' | 'dark' = 'light'): Promise<Page> {
    const page = await web.newPage();
    await page.addInitScript((value) => window.localStorage.setItem('theme', value), theme);
    await page.goto(`${web.url}${route}`);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe(theme);
    return page;
  }

  test.each(['light', 'dark'] as const)(
    '/units lists every unit of the registry with its counts (%s, axe)',
    async (theme) => {
      const page = await open('/units', theme);
      const rows = page.locator('main table tbody tr');
      await expect(rows.count()).resolves.toBe(units.length);
      const codes = await rows.locator('th code').allInnerTexts();
      expect(codes).toEqual(units.map((unit) => unit.code));
      const first = rows.nth(units.indexOf(busiest));
      const openCount = ownedBy(busiest.code).filter((i) => !closed(i.status)).length;
      await expect(first.locator('td').nth(2).innerText()).resolves.toBe(String(openCount));
      await first.locator('th a').click();
      await page.waitForURL(`**/units/${busiest.code}`);
      await page.locator(`[data-kb-unit="${busiest.code}"]`).waitFor();
      // Docusaurus's route progress bar (nprogress, `role="bar"`) is gone once the navigation ends.
      await page.locator('#nprogress').waitFor({state: 'detached'});
      await expect(seriousViolations(page)).resolves.toEqual([]);
    },
  );

  test.each(['light', 'dark'] as const)(
    "a unit's page: open items overdue first, closed folded, registry place; printable (%s, axe)",
    async (theme) => {
      const page = await open(`/units/${encodeURIComponent(busiest.code)}`, theme);
      await expect(page.locator('h1').innerText()).resolves.toBe(busiest.name);
      const today = await page.evaluate(() => {
        const d = new Date();
        const pad = (n: number) => String(n).padStart(2, '0');
        return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
      });
      const openItems = ownedBy(busiest.code).filter((item) => !closed(item.status));
      const openTable = page.locator('section').first().locator('table').first();
      const ids = await openTable.locator('tbody tr th code').allInnerTexts();
      expect(new Set(ids)).toEqual(new Set(openItems.map((item) => item.id)));
      const late = openItems.filter((item) => isPastDue(item.due, today)).map((item) => item.id);
      expect(ids.slice(0, late.length).sort()).toEqual([...late].sort());
      // Each late row says by how many days, as the cards and the dashboard do; no other row does.
      const marks = openTable.locator('tbody tr:has(.kb-overdue-by)');
      await expect(marks.locator('th code').allInnerTexts()).resolves.toEqual(
        ids.slice(0, late.length),
      );
      for (const item of openItems.filter((candidate) => late.includes(candidate.id))) {
        const mark = openTable.locator(
          `tbody tr:has(th code:text-is("${item.id}")) .kb-overdue-by`,
        );
        const days = daysBetween(item.due!.end!, today)!;
        await expect(mark.getAttribute('data-kb-overdue')).resolves.toBe(String(days));
        await expect(mark.innerText()).resolves.toBe(
          `overdue by ${days.toLocaleString('en')} ${days === 1 ? 'day' : 'days'}`,
        );
      }
      const closedCount = ownedBy(busiest.code).length - openItems.length;
      const details = page.locator('main details').filter({hasText: `(${closedCount})`});
      if (closedCount > 0) {
        await expect(details.getAttribute('open')).resolves.toBeNull();
      }
      await expect(seriousViolations(page)).resolves.toEqual([]);
      await page.emulateMedia({media: 'print'});
      await expect(page.locator('.navbar').isVisible()).resolves.toBe(false);
      await expect(page.locator('main button').isVisible()).resolves.toBe(false);
      await expect(openTable.isVisible()).resolves.toBe(true);
      await page.emulateMedia({media: 'screen'});
    },
  );

  test('owner chips on a card, in the dashboard and the list of units link to the unit page', async () => {
    const item = everything.find((candidate) =>
      candidate.owners.some((code) => site.config.units!.has(code)),
    )!;
    const code = item.owners.find((owner) => site.config.units!.has(owner))!;
    const page = await open(item.url ?? '/status');
    const chip = page.locator(`a.kb-unit-link[href="/units/${encodeURIComponent(code)}"]`).first();
    await expect(chip.count()).resolves.toBeGreaterThan(0);
    const dashboard = await open('/status');
    await dashboard.locator('table[data-kb-items][aria-busy="false"]').waitFor();
    await expect(
      dashboard.locator('table[data-kb-items] tbody a.kb-unit-link').count(),
    ).resolves.toBeGreaterThan(0);
    // The totals by unit: each registered unit's row names it and links to its page.
    const totals = dashboard.locator('table[data-totals="unit"] tbody th a.kb-unit-link');
    const owning = new Set(
      everything.flatMap((i) => i.owners).filter((o) => site.config.units!.has(o)),
    );
    await expect(totals.count()).resolves.toBe(owning.size);
    await expect(
      dashboard
        .locator(`table[data-totals="unit"] a[href="/units/${encodeURIComponent(code)}"]`)
        .innerText(),
    ).resolves.toBe(site.config.units!.get(code)!.name);
    await chip.click();
    await page.waitForURL(`**/units/${encodeURIComponent(code)}`);
    await expect(page.locator('[data-kb-unit]').getAttribute('data-kb-unit')).resolves.toBe(code);
  });

  test("a search result's owners link to their unit pages", async () => {
    const item = everything.find(
      (candidate) =>
        candidate.title.split(/\s+/).length >= 3 &&
        candidate.owners.some((code) => site.config.units!.has(code)),
    )!;
    const code = item.owners.find((owner) => site.config.units!.has(owner))!;
    const page = await open(`/search?q=${encodeURIComponent(item.title)}`);
    const result = page.locator('main ol li', {hasText: item.title}).first();
    await result.waitFor();
    const link = result.locator(`a.kb-unit-link[href="/units/${encodeURIComponent(code)}"]`);
    await expect(link.first().innerText()).resolves.toBe(code);
    await link.first().click();
    await page.waitForURL(`**/units/${encodeURIComponent(code)}`);
    await expect(page.locator('[data-kb-unit]').getAttribute('data-kb-unit')).resolves.toBe(code);
  });
});
