import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {seriousViolations, useBrowserSite} from './support';

jest.setTimeout(120_000);

const TEMPLATES = [
  'handover-note',
  'debriefing',
  'mission-report',
  'meeting-minutes',
  'action-plan',
  'recommendation-follow-up',
  'guidance',
];
const root = join(__dirname, '..', '..');

describe('the template gallery in Chromium', () => {
  const web = useBrowserSite();

  async function open(route: string): Promise<Page> {
    const page = await web.newPage();
    await page.goto(`${web.url}${route}`);
    return page;
  }

  test.each(TEMPLATES)('%s shows the same source kb new uses, with a copy button', async (name) => {
    const page = await open(`/docs/toolbox/templates/${name}`);
    const source = readFileSync(join(root, 'plugins', 'cli', 'templates', `${name}.md`), 'utf8');
    const code = page
      .locator('.theme-code-block')
      .filter({hasText: `plugins/cli/templates/${name}.md`})
      .first();
    const shown = await code.locator('code').innerText();
    expect(shown.trim().split('\n')[0]).toBe(source.trim().split('\n')[0]);
    expect(shown).toContain(source.trim().split('\n').at(-1)!.trim());
    await code.hover();
    // The copy button comes with hydration.
    await code.locator('button[aria-label*="Copy"]').first().waitFor({state: 'attached'});
    await expect(page.locator('main').innerText()).resolves.toContain(`kb new ${name}`);
  });

  test('the handover example pulls the live status of its items, with no serious axe violations', async () => {
    const page = await open('/docs/toolbox/templates/handover-note');
    const ref = page.locator('a[href$="#eval-2017-r1"]').first();
    await expect(ref.count()).resolves.toBe(1);
    await expect(page.locator('main table').count()).resolves.toBeGreaterThan(0);
    await expect(seriousViolations(page)).resolves.toEqual([]);
  });
});
