import {loadSite} from '@kmportal/model';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {seriousViolations, useBrowserSite} from './support';

jest.setTimeout(120_000);

const ROUTE = '/docs/evaluations/cross-sectoral-collaboration-2017';
const root = join(__dirname, '..', '..');
const site = loadSite({docsDir: join(root, 'docs'), cwd: root});
const expected = site.items.filter(
  (item) => item.path === 'docs/evaluations/cross-sectoral-collaboration-2017.md',
);
const label = (status: string) => site.config.statusByValue.get(status)!.label;

describe('the evaluation follow-up page in Chromium', () => {
  const web = useBrowserSite();
  let page: Page;

  beforeAll(async () => {
    page = await web.newPage();
    await page.goto(`${web.url}${ROUTE}`);
  });

  test('the source has the seven recommendations', () => {
    expect(expected.map((item) => item.id)).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => `eval-2017-r${n}`),
    );
  });

  test('shows the seven blocks with their badges, owners and chips', async () => {
    const blocks = page.locator('article.kb-status-block');
    await expect(blocks.count()).resolves.toBe(7);
    for (const item of expected) {
      const block = page.locator(`article#${item.id}`);
      await expect(block.locator('h3').innerText()).resolves.toContain(item.title);
      await expect(block.locator('.kb-status-block__status').innerText()).resolves.toBe(
        label(item.status),
      );
      const text = await block.innerText();
      for (const owner of item.owners) expect(text).toContain(`(${owner})`);
      await expect(block.locator('.kb-sdg-chip').count()).resolves.toBe(item.sdg.length);
      await expect(block.locator('.kb-nexus-chip').count()).resolves.toBe(item.nexus.length);
    }
  });

  test('each block has a working anchor', async () => {
    const item = expected[2];
    await page.locator(`article#${item.id} a.hash-link`).click();
    expect(new URL(page.url()).hash).toBe(`#${item.id}`);
    await page.goto(`${web.url}${ROUTE}#${expected[6].id}`);
    await expect(page.locator(`article#${expected[6].id}`).isVisible()).resolves.toBe(true);
  });

  test('has no serious or critical accessibility violations', async () => {
    await expect(seriousViolations(page)).resolves.toEqual([]);
  });
});
