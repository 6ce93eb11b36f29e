import {loadSite, withActions} from '@kmportal/model';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {seriousViolations, useBrowserSite} from './support';

jest.setTimeout(120_000);

const root = join(__dirname, '..', '..');
const site = loadSite({docsDir: join(root, 'docs'), cwd: root});
const sample = site.pages.find(
  ({page}) => page.source === 'evaluations/sample-audit-follow-up.md',
)!;
const actions = withActions(site.items).filter((item) => item.parent);
const label = (status: string) => site.config.statusByValue.get(status)!.label;
const DOC = '/docs/evaluations/sample-audit-follow-up';
const REPORT = '/status/report?doc=evaluations/sample-audit-follow-up';

describe('key actions in Chromium', () => {
  const web = useBrowserSite();

  async function open(route: string): Promise<Page> {
    const page = await web.newPage();
    await page.goto(`${web.url}${route}`);
    await page.waitForLoadState('networkidle');
    return page;
  }

  test('a card lists its key actions in a table: title, units, due, status, evidence, comment', async () => {
    const page = await open(DOC);
    const [r1] = sample.items;
    const rows = page.locator(`article#${r1!.id} tr.kb-status-action`);
    await expect(rows.count()).resolves.toBe(r1!.actions!.length);
    for (const action of r1!.actions!) {
      const row = page.locator(`tr#${action.id}`);
      const text = await row.innerText();
      expect(text).toContain(action.title);
      expect(text).toContain(action.owners.join(', '));
      await expect(row.locator('.kb-status-badge').innerText()).resolves.toBe(label(action.status));
      if (action.note) expect(text).toContain(action.note);
    }
    await expect(
      page
        .locator(`tr#sample-r1-a1 a[href="/docs/toolbox/templates/recommendation-follow-up"]`)
        .count(),
    ).resolves.toBe(1);
    await expect(
      page.locator('article#sample-r1 .kb-status-block__status').innerText(),
    ).resolves.toBe(label(r1!.status));
    // A container action's body stays on the card under its title, linked from its row.
    await expect(page.locator('#sample-r2-a1-body').innerText()).resolves.toContain(
      'three products',
    );
    await expect(
      page.locator('tr#sample-r2-a1 a[href="#sample-r2-a1-body"]').count(),
    ).resolves.toBe(1);
    await expect(seriousViolations(page)).resolves.toEqual([]);
  });

  test('the report lists each action under its recommendation and the rates; print media, axe', async () => {
    const page = await open(REPORT);
    await page.locator('[data-kb-report] tr[data-item-id]').first().waitFor();
    const rows = await page
      .locator('[data-kb-report] tr[data-item-id]')
      .evaluateAll((trs) =>
        trs.map(
          (tr) => `${tr.getAttribute('data-parent') ?? '-'}>${tr.getAttribute('data-item-id')}`,
        ),
      );
    expect(rows).toEqual(
      sample.items.flatMap((item) => [
        `->${item.id}`,
        ...(item.actions ?? []).map((action) => `${item.id}>${action.id}`),
      ]),
    );
    const rates = page.locator('[data-kb-rates="page"] tbody tr').first();
    await expect(rates.locator('[data-rate="acceptance"]').innerText()).resolves.toBe('75%');
    await expect(rates.locator('[data-rate="implementation"]').innerText()).resolves.toBe('33%');
    await page.emulateMedia({media: 'print'});
    await expect(page.locator('tr[data-item-id="sample-r2-a2"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-kb-rates="page"]').isVisible()).resolves.toBe(true);
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await page.emulateMedia({media: 'screen'});
  });

  test('the dashboard counts key actions apart, and says so in the URL', async () => {
    const page = await open('/status');
    await page.locator('table[data-kb-items][aria-busy="false"]').waitFor();
    await page.locator('button[data-kb-items="actions"]').click();
    await page.waitForURL((url) => url.search === '?items=actions');
    await page.locator('table[data-kb-items][aria-busy="false"]').waitFor();
    await expect(page.locator('[data-kb-count]').innerText()).resolves.toContain(
      `${actions.length} of ${actions.length}`,
    );
    const ids = await page
      .locator('table[data-kb-items] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-item-id')));
    expect(ids).toEqual(actions.slice(0, 50).map((action) => action.id));
    await expect(
      page.locator('button[data-kb-items="actions"]').getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await expect(page.locator('[data-kb-rates="type"]').count()).resolves.toBe(1);
    await expect(seriousViolations(page)).resolves.toEqual([]);
  });
});
