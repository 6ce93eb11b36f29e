import {seriousViolations, useBrowserSite} from './support';
import {compareWithBaseline} from './visual';
import {
  THEMES,
  VIEWS,
  WIDTHS,
  fixBuildDay,
  navbarOverlaps,
  openView,
  overflowingText,
  type View,
} from './views';

jest.setTimeout(180_000);

// Every view at the phone, tablet and desktop widths, in both themes.
const CASES = VIEWS.flatMap((view) =>
  WIDTHS.flatMap((width) => THEMES.map((theme) => ({view, width, theme}))),
);
/** axe runs at the phone and desktop widths. */
const axeChecked = (c: {view: View; width: number; theme: string}) => c.width !== 768;
const label = ({view, width, theme}: {view: View; width: number; theme: string}) =>
  `${view.name} at ${width} px, ${theme}`;

describe('the design at 390, 768 and 1280 px in light and dark', () => {
  const web = useBrowserSite();

  test.each(CASES.map((c) => [label(c), c] as const))(
    '%s: no text overflows its box, nothing overlaps the navbar, the screenshot matches',
    async (_, {view, width, theme}) => {
      const page = await openView(web.browser, web.url, view, {width, theme});
      try {
        expect(await overflowingText(page)).toEqual([]);
        expect(await navbarOverlaps(page)).toEqual([]);
        await fixBuildDay(page);
        const png = await page.screenshot({fullPage: true, animations: 'disabled', caret: 'hide'});
        const {verdict, baseline} = compareWithBaseline(`${view.name}-${width}-${theme}`, png);
        expect([baseline, verdict]).toEqual([
          baseline,
          expect.stringMatching(/^(matches|updated)$/),
        ]);
      } finally {
        await page.context().close();
      }
    },
  );

  test.each(CASES.filter(axeChecked).map((c) => [label(c), c] as const))(
    '%s: axe finds no serious or critical violation, colour contrast included',
    async (_, c) => {
      const page = await openView(web.browser, web.url, c.view, c);
      try {
        // Open every disclosure, so that what it holds is checked too.
        for (const summary of await page.locator('main details summary').all())
          await summary.click();
        expect(await seriousViolations(page)).toEqual([]);
      } finally {
        await page.context().close();
      }
    },
  );

  test('on a phone the navbar search is an icon that opens over the navbar', async () => {
    const page = await openView(web.browser, web.url, VIEWS[0], {width: 390, theme: 'light'});
    try {
      const input = page.locator('.navbar .kb-search-bar input');
      const closed = await input.boundingBox();
      expect(closed!.width).toBeLessThanOrEqual(44);
      await input.focus();
      const open = await input.boundingBox();
      expect(open!.width).toBeGreaterThan(250);
      const brand = await page.locator('.navbar__inner .navbar__brand').boundingBox();
      // Open, it covers the navbar (the title is behind it), so nothing shows through.
      const bar = await page.locator('.navbar .kb-search-bar').boundingBox();
      expect(bar!.x).toBeLessThanOrEqual(brand!.x + 1);
    } finally {
      await page.context().close();
    }
  });
});
