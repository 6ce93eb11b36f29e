import {execFileSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {PNG} from 'pngjs';
import {useBrowserSite} from './support';
import {FIXED_NOW} from './views';

jest.setTimeout(180_000);

const REPORT = '/status/report?doc=action-plans/km-action-plan-2017';
/** Rendering resolution of the PDF's pages: enough to tell ink from paper. */
const DPI = 40;
/** The bottom margin (16 mm of 297 mm) holds the footer on every page: it does not count as content. */
const FOOTER_SHARE = 16 / 297;

/** The report printed to PDF by Chromium, as Chromium's print dialog would, in `orientation`. */
async function printReport(
  page: Page,
  origin: string,
  dir: string,
  orientation: string,
): Promise<string> {
  await page.goto(`${origin}${REPORT}&orientation=${orientation}`);
  await page.locator('[data-kb-report] tr[data-item-id]').first().waitFor();
  await page.waitForFunction(
    (o) => document.querySelector('[data-kb-report]')?.getAttribute('data-orientation') === o,
    orientation,
  );
  const file = join(dir, `report-${orientation}.pdf`);
  writeFileSync(file, await page.pdf({preferCSSPageSize: true, printBackground: false}));
  return file;
}

/** The PDF's pages as PNG images (poppler's pdftoppm). */
function renderPages(pdf: string, dir: string): PNG[] {
  const prefix = join(dir, pdf.replace(/.*\//, '').replace('.pdf', ''));
  execFileSync('pdftoppm', ['-r', String(DPI), '-png', pdf, prefix]);
  return readdirSync(dir)
    .filter((name) => name.startsWith(prefix.replace(/.*\//, '')) && name.endsWith('.png'))
    .sort()
    .map((name) => PNG.sync.read(readFileSync(join(dir, name))));
}

/** The share of a page below its last line of ink, leaving out the footer's margin. */
function blankShare(png: PNG): number {
  const bottom = Math.floor(png.height * (1 - FOOTER_SHARE));
  let last = 0;
  for (let y = 0; y < bottom; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if (png.data[i]! < 200 || png.data[i + 1]! < 200 || png.data[i + 2]! < 200) {
        last = y;
        break;
      }
    }
  }
  return (bottom - last) / png.height;
}

/** The PDF's text as poppler reads it, line by line in the page's layout. */
function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], {encoding: 'utf8'});
}

describe('the printed status-of-implementation report', () => {
  const web = useBrowserSite();
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kb-report-pdf-'));
    const context = await web.browser.newContext({locale: 'en-GB', timezoneId: 'UTC'});
    page = await context.newPage();
    await page.clock.setFixedTime(FIXED_NOW);
  });

  afterAll(async () => {
    await page?.context().close();
    rmSync(dir, {recursive: true, force: true});
  });

  test.each(['portrait', 'landscape'])(
    '%s: no page but the last is more than half blank; headers and dates print whole',
    async (orientation) => {
      const pdf = await printReport(page, web.url, dir, orientation);
      const pages = renderPages(pdf, dir);
      expect(pages.length).toBeGreaterThan(1);
      const landscape = pages[0]!.width > pages[0]!.height;
      expect(landscape).toBe(orientation === 'landscape');
      const blank = pages.slice(0, -1).map((png, index) => [index + 1, blankShare(png) > 0.5]);
      expect(blank).toEqual(blank.map(([n]) => [n, false]));
      // The words of the column headers and of every date, each whole on its line.
      const {headers, dates} = await page.evaluate(() => ({
        headers: Array.from(document.querySelectorAll('[data-kb-report] thead th')).map(
          (th) => th.textContent ?? '',
        ),
        dates: Array.from(document.querySelectorAll('[data-kb-report] tbody time')).map(
          (time) => time.textContent ?? '',
        ),
      }));
      const text = pdfText(pdf);
      const words = [...new Set([...headers, ...dates].flatMap((s) => s.split(/\s+/)))].filter(
        (word) => word.length > 3,
      );
      expect(words.length).toBeGreaterThan(5);
      const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const broken = words.filter((word) => !new RegExp(`(^|\\s)${escape(word)}`, 'm').test(text));
      expect(broken).toEqual([]);
      // No line holds a fragment of a header word (as "Responsib" then "le").
      for (const header of headers.filter((h) => h.length > 4))
        expect(text).not.toMatch(new RegExp(`(^|\\s)${escape(header.slice(0, -2))}(\\s|$)`, 'm'));
      // The footer: the as-at date and "Page n of m" on every page.
      const pagesCount = pages.length;
      expect(text).toContain(`Page 1 of ${pagesCount}`);
      expect(text).toContain(`Page ${pagesCount} of ${pagesCount}`);
      expect(text).toMatch(/Status as at \d{1,2} \w+ \d{4}/);
    },
  );

  test('the document address prints once; an item prints its id, not its address', async () => {
    const pdf = await printReport(page, web.url, dir, 'portrait');
    const text = pdfText(pdf);
    // An address may wrap at a hyphen or a slash: one address, whatever its lines.
    const addresses = text.match(/https?:\/\//g) ?? [];
    expect(addresses).toHaveLength(1);
    expect(text.replace(/\s+/g, '')).toContain('/docs/action-plans/km-action-plan-2017>');
    expect(text).not.toMatch(/km-action-plan-2017#/);
  });
});
