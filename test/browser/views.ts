import type {Browser, Page} from 'playwright-core';

/** The views the design is checked on: each kind of page of the suite. */
export const VIEWS = [
  {name: 'dashboard', route: '/status', ready: 'table[data-kb-items][aria-busy="false"]'},
  {name: 'matrix', route: '/nexus/matrix', ready: 'main table'},
  {name: 'sdg-goal', route: '/sdg/17', ready: 'main [data-kb-target]'},
  {name: 'cards', route: '/docs/action-plans/km-action-plan-2017', ready: 'main .kb-badge'},
  {
    name: 'report',
    route: '/status/report?doc=action-plans/km-action-plan-2017',
    ready: '[data-kb-report] tr[data-item-id]',
  },
  {name: 'search', route: '/search?q=knowledge', ready: 'main a[href*="/docs/"]'},
] as const;

export type View = (typeof VIEWS)[number];

/** Phone, tablet and desktop widths. */
export const WIDTHS = [390, 768, 1280] as const;
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The day every view is rendered on, so that "overdue", "due soon" and review states hold still. */
export const FIXED_NOW = new Date('2026-12-01T09:00:00Z');
const FIXED_DAY_TEXT = '1 December 2026';

/** No animation, no transition, no caret: a frame is the same every time. */
const STILL_CSS = `*, *::before, *::after {
  animation: none !important; transition: none !important; caret-color: transparent !important;
  scroll-behavior: auto !important; }`;

/**
 * A page at `width` in `theme`, with the clock fixed, motion reduced and the theme chosen before
 * any script runs (Docusaurus reads it from localStorage).
 */
export async function openView(
  browser: Browser,
  origin: string,
  view: View,
  options: {width: number; theme: Theme},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: {width: options.width, height: 900},
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    colorScheme: options.theme,
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  await context.addInitScript(
    (theme) => window.localStorage.setItem('theme', theme),
    options.theme,
  );
  const page = await context.newPage();
  await page.clock.setFixedTime(FIXED_NOW);
  await page.goto(`${origin}${view.route}`);
  await page.locator(view.ready).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.addStyleTag({content: STILL_CSS});
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page;
}

/** Replaces the build day (it changes with every build) by a fixed day, for screenshots only. */
export async function fixBuildDay(page: Page): Promise<void> {
  await page.evaluate((text) => {
    document.querySelectorAll('[data-kb-built-on] time').forEach((time) => {
      time.textContent = text;
    });
  }, FIXED_DAY_TEXT);
}

/** Cells, labels, badges, chips and tiles whose text does not fit their box, as readable strings. */
export function overflowingText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'main th, main td, main label, main summary, main .kb-badge, main .kb-chip, main .kb-tile > *, main button, main caption';
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    return Array.from(document.querySelectorAll(selector))
      .filter((el) => {
        const box = el as HTMLElement;
        if (box.offsetParent === null || box.closest('.kb-visually-hidden')) return false;
        return box.scrollWidth > box.clientWidth + 1;
      })
      .map(describe);
  });
}

/** Navbar items that overlap one another, or stick out of the viewport. */
export function navbarOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const items = Array.from(
      document.querySelectorAll(
        '.navbar__inner .navbar__brand, .navbar__inner .navbar__toggle, .navbar__inner .navbar__items > .navbar__item, .navbar__inner .navbar__items > .kb-search-bar, .navbar__inner .navbar__items > div',
      ),
    ).filter((el) => (el as HTMLElement).offsetParent !== null);
    const rects = items.map((el) => ({el, rect: el.getBoundingClientRect()}));
    const name = (el: Element) =>
      `${el.className.split(' ')[0]} "${(el.textContent ?? '').trim().slice(0, 20)}"`;
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    for (const [i, a] of rects.entries()) {
      if (a.rect.width === 0) continue;
      if (a.rect.right > width + 1 || a.rect.left < -1)
        problems.push(`${name(a.el)} outside the viewport`);
      for (const b of rects.slice(i + 1)) {
        if (b.rect.width === 0 || a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const overlap =
          a.rect.left < b.rect.right - 1 &&
          b.rect.left < a.rect.right - 1 &&
          a.rect.top < b.rect.bottom - 1 &&
          b.rect.top < a.rect.bottom - 1;
        if (overlap) problems.push(`${name(a.el)} overlaps ${name(b.el)}`);
      }
    }
    if (document.documentElement.scrollWidth > width + 1)
      problems.push('the page scrolls sideways');
    return problems;
  });
}
