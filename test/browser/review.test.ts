import {loadSite} from '@kmportal/model';
import {join} from 'node:path';
import {seriousViolations, useBrowserSite} from './support';

jest.setTimeout(120_000);

const root = join(__dirname, '..', '..');
const site = loadSite({docsDir: join(root, 'docs'), cwd: root});
const toolbox = site.pages.find((p) => p.page.path === 'docs/toolbox/index.md')!.page;
const reviewed = site.pages.filter((p) => p.page.review);
// Far beyond every next review: each page with a review cycle is overdue on this day.
const FUTURE = new Date('2100-01-01T12:00:00');

describe('review badge and /review page in Chromium', () => {
  const web = useBrowserSite();

  async function pageOn(day: Date, route: string) {
    const context = await web.browser.newContext();
    await context.clock.setFixedTime(day);
    const page = await context.newPage();
    await page.goto(`${web.url}${route}`);
    await page.waitForLoadState('networkidle');
    return page;
  }

  test('the static HTML shows the review dates read from the front matter', async () => {
    const html = await (await fetch(`${web.url}${toolbox.permalink}`)).text();
    const times = [
      ...html.matchAll(
        /Reviewed <time datetime="([\d-]+)"[^>]*>.*?next review <time datetime="([\d-]+)"/gi,
      ),
    ];
    expect(times.map((m) => [m[1], m[2]])).toEqual([
      [toolbox.review!.lastReviewed, toolbox.review!.next],
    ]);
  });

  test("after hydration the badge is recomputed on the reader's day", async () => {
    const page = await pageOn(FUTURE, toolbox.permalink!);
    await expect(page.locator('.kb-review-state--overdue').textContent()).resolves.toBe('Overdue');
    const past = await pageOn(
      new Date(`${toolbox.review!.lastReviewed}T12:00:00`),
      toolbox.permalink!,
    );
    await past.waitForTimeout(200);
    await expect(past.locator('.kb-review-state').count()).resolves.toBe(0);
  });

  test('the badge sits right under the page title, once, and the navbar leads to /review', async () => {
    const page = await pageOn(FUTURE, toolbox.permalink!);
    await expect(page.locator('.kb-review-badge').count()).resolves.toBe(1);
    await expect(page.locator('article h1 + .kb-review-badge').count()).resolves.toBe(1);
    await page.getByRole('link', {name: 'Review', exact: true}).click();
    await page.waitForURL(/\/review\/?$/);
    // A client-side navigation: the URL changes before the review page renders.
    const title = page.getByRole('heading', {level: 1, name: 'Pages to review'});
    await title.waitFor();
    await expect(page.getByRole('heading', {level: 1}).count()).resolves.toBe(1);
  });

  test('/review lists every page with a review cycle under its owner when all are overdue', async () => {
    const page = await pageOn(FUTURE, '/review');
    await page.locator('.kb-review-state--overdue').first().waitFor();
    const rows = await page.locator('main tbody tr th a').allTextContents();
    const expected = reviewed.flatMap((p) => {
      const owners = p.page.owners.length || p.page.review!.reviewers.length || 1;
      return Array.from({length: owners}, () => p.page.title);
    });
    expect(rows.sort()).toEqual(expected.sort());
    expect(await seriousViolations(page)).toEqual([]);
  });
});
