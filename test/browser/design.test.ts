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
  type Theme,
  type View,
} from './views';

jest.setTimeout(180_000);

interface Case {
  view: View;
  width: number;
  theme: Theme;
}

// Every view at the phone, tablet and desktop widths, in both themes.
const CASES: Case[] = VIEWS.flatMap((view) =>
  WIDTHS.flatMap((width) => THEMES.map((theme) => ({view, width, theme}))),
);
/** axe runs at the phone and desktop widths. */
const axeChecked = (c: Case) => c.width !== 768;
const label = ({view, width, theme}: Case) => `${view.name} at ${width} px, ${theme}`;

describe('the design at 390, 768 and 1280 px in light and dark', () => {
  const web = useBrowserSite();

  // One visit of each view per width and theme: the layout checks and the screenshot first, then (with
  // every disclosure opened, so that what it holds is checked too) axe; every finding is reported at once.
  test.each(CASES.map((c) => [label(c), axeChecked(c) ? ', axe' : '', c] as const))(
    '%s: no text overflows its box, nothing overlaps the navbar, the screenshot matches%s',
    async (_, __, c) => {
      const page = await openView(web.browser, web.url, c.view, c);
      try {
        const overflowing = await overflowingText(page);
        const overlapping = await navbarOverlaps(page);
        await fixBuildDay(page);
        const png = await page.screenshot({fullPage: true, animations: 'disabled', caret: 'hide'});
        const name = `${c.view.name}-${c.width}-${c.theme}`;
        const {verdict, baseline} = await compareWithBaseline(name, png, page.context());
        let axe: string[] = [];
        if (axeChecked(c)) {
          for (const summary of await page.locator('main details summary').all())
            await summary.click();
          axe = await seriousViolations(page);
        }
        expect({overflowing, overlapping, baseline, verdict, axe}).toEqual({
          overflowing: [],
          overlapping: [],
          baseline,
          verdict: expect.stringMatching(/^(matches|updated)$/),
          axe: [],
        });
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
