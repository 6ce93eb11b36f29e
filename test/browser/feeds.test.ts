import ICAL from 'ical.js';
import {XMLParser} from 'fast-xml-parser';
import {dashboardTotals} from '@kmportal/kb-indexes';
import {loadSite, withActions} from '@kmportal/model';
import {join} from 'node:path';
import {main} from '../../plugins/cli/src/main';
import {removeRepos} from '../../plugins/kb-feeds/src/__tests__/history-repo';
import {historySite} from '../../plugins/kb-feeds/src/__tests__/site-history';
import {launchChromium, seriousViolations, useBrowserSite} from './support';

jest.setTimeout(120_000);

const root = join(__dirname, '..', '..');
/** The site's own address (docusaurus.config.ts `url`): the feeds' links are absolute to it. */
const SITE_URL = 'https://km-portal.example.org';

/** The digest of the fixture with a git history, as `kb digest --format html` prints it. */
async function digestHtml(): Promise<string> {
  const {repo} = historySite();
  const out: string[] = [];
  const io = {cwd: repo, stdout: {write: (t: string) => out.push(t)}, stderr: {write: () => 0}};
  const args = ['--site-url', 'https://km.example.org/', '--today', '2026-12-01'];
  const code = await main(['digest', ...args, '--since', '2026-01-01', '--format', 'html'], io);
  if (code !== 0) throw new Error(`kb digest exited ${code}`);
  return out.join('');
}

afterAll(removeRepos);

describe('the digest in Chromium', () => {
  test('no serious or critical axe violations, no script, every link absolute', async () => {
    const html = await digestHtml();
    const browser = await launchChromium();
    try {
      const page = await (await browser.newContext()).newPage();
      await page.setContent(html);
      await expect(page.title()).resolves.toBe('Status digest: all units');
      await expect(
        page.getByRole('heading', {level: 2, name: /^Overdue \(1\)$/}).count(),
      ).resolves.toBe(1);
      await expect(page.locator('script, style, link[rel="stylesheet"]').count()).resolves.toBe(0);
      const hrefs = await page
        .locator('a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.filter((href) => !href.startsWith('https://km.example.org'))).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('feeds of the built site', () => {
  const web = useBrowserSite();
  const site = loadSite({docsDir: join(root, 'docs'), cwd: root});
  const local = (href: string) =>
    href.replace(SITE_URL, web.url).replace(/^webcal:\/\/[^/]+/, web.url);

  test('the dashboard links the calendar (webcal: and https) and names its change feed in the head', async () => {
    const page = await web.newPage();
    await page.goto(`${web.url}/status`);
    const webcal = await page.locator('a[data-kb-feed="webcal"]').getAttribute('href');
    const https = await page.locator('a[data-kb-feed="ics"]').getAttribute('href');
    expect(webcal).toBe('webcal://km-portal.example.org/kb/calendar.ics');
    expect(https).toBe(`${SITE_URL}/kb/calendar.ics`);
    const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(alternate.getAttribute('href')).resolves.toBe(`${SITE_URL}/kb/changes.atom`);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("the calendar has one event per open item with a due date (the dashboard's count) and key action", async () => {
    const response = await fetch(local(`${SITE_URL}/kb/calendar.ics`));
    expect(response.ok).toBe(true);
    const events = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents(
      'vevent',
    );
    const openDue = dashboardTotals(site)
      .openDue.filter((_, i) => i % 2 === 1)
      .reduce((a, b) => a + b, 0);
    const closed = (status: string) => site.config.statusByValue.get(status)?.closed;
    const actions = withActions(site.items).filter(
      (a) => a.parent && a.due?.end && !closed(a.status),
    );
    expect(openDue).toBeGreaterThan(0);
    expect(events).toHaveLength(openDue + actions.length);
  });

  test('a document page names its own change feed, and the feed is there', async () => {
    const doc = site.pages.find((p) => p.items.length > 0)!.page;
    const page = await web.newPage();
    await page.goto(`${web.url}${doc.permalink}`);
    const href = await page
      .locator('head link[rel="alternate"][type="application/atom+xml"]')
      .getAttribute('href');
    expect(href).toBe(`${SITE_URL}/kb/changes/page/${doc.source!.replace(/\.mdx?$/, '')}.atom`);
    const feed = new XMLParser().parse(await (await fetch(local(href!))).text());
    expect(feed.feed.title).toMatch(/^Status changes: /);
  });
});
