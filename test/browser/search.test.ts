// The search box, the search page and highlighting, in Chromium, on the search fixture site.
import type {Page} from 'playwright-core';
import {buildFixtureSite} from '../site/build';
import {seriousViolations, useBrowserSite} from './support';

jest.setTimeout(240_000);

const EVALUATION = '/docs/evaluations/cross-sectoral-collaboration-2017';

describe('search in Chromium', () => {
  let outDir = '';
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(() => {
    const build = buildFixtureSite('search-site');
    if (build.status !== 0) throw new Error(build.output);
    outDir = build.outDir;
  });
  // Registered after the build, so the server starts once the site is built.
  const web = useBrowserSite(() => outDir);

  beforeEach(async () => {
    page = await web.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });

  afterEach(() => page.context().close());

  /** Opens a page and waits for React to hydrate it (the search box answers only then). */
  const open = async (path: string) => {
    await page.goto(`${web.url}${path}`);
    // Hydrated, with Ctrl+K listened to.
    await page.locator('.kb-search-bar[data-ready]').first().waitFor();
  };

  const combobox = () => page.getByRole('combobox', {name: 'Search the portal'});

  /** Waits until the list answers `query`, with a result (an earlier keystroke's answer may show first). */
  const answered = (query: string) =>
    page.locator(`[role="listbox"][data-query="${query}"] [data-search-result]`).first().waitFor();

  test('the search box works with the keyboard only, and the target page highlights the words', async () => {
    await open('/docs/meetings/minutes-2019-03');
    await page.keyboard.press('Control+K');
    await expect(combobox().evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type('handover notes');
    // The list answers the query as typed (an earlier keystroke's answer may show first).
    await answered('handover notes');
    await expect(combobox().getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.locator('.kb-search-bar [role="status"]').innerText()).resolves.toMatch(
      /^\d+ results$/,
    );
    await page.keyboard.press('ArrowDown');
    const active = await combobox().getAttribute('aria-activedescendant');
    await expect(page.locator(`[id="${active}"]`).getAttribute('aria-selected')).resolves.toBe(
      'true',
    );
    await expect(page.locator(`[id="${active}"]`).innerText()).resolves.toContain(
      'Evaluation of cross-sectoral',
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${EVALUATION}?highlight=handover%20notes*`);
    const marks = page.locator('article mark.kb-search-highlight');
    await marks.first().waitFor();
    const texts = await marks.allInnerTexts();
    expect(texts.map((t) => t.toLowerCase())).toEqual(
      expect.arrayContaining(['handover', 'notes']),
    );
    await expect(marks.first().isVisible()).resolves.toBe(true);
    await expect(page.locator('pre mark.kb-search-highlight').innerText()).resolves.toBe(
      'handover',
    );
  });

  /** Resolves when the engine's chunk (with the index manifest) is requested. */
  const engineChunk = () =>
    page.waitForRequest((request) => /\/kmportal-search\.[0-9a-f]+\.js$/.test(request.url()));

  test('nothing of search loads before the box is focused; focus (or Ctrl+K) loads the engine', async () => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await open('/docs/meetings/minutes-2019-03');
    await page.waitForLoadState('networkidle');
    const searchRequests = () =>
      requested.filter((path) => /\/search\/|kmportal-search/.test(path));
    expect(searchRequests()).toEqual([]);
    const chunk = engineChunk();
    await page.keyboard.press('Control+K');
    await chunk;
    await page.keyboard.type('handover');
    await page.locator('[data-search-result]').first().waitFor();
    expect(searchRequests().some((path) => /\/search\/terms\./.test(path))).toBe(true);
    // On the page's thread: no worker is started.
    expect(page.workers()).toEqual([]);
  });

  test('pointing at the box loads the engine; a first letter, too short to search, loads its shards', async () => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await open('/docs/meetings/minutes-2019-03');
    await page.waitForLoadState('networkidle');
    expect(requested.some((path) => /kmportal-search/.test(path))).toBe(false);
    const chunk = engineChunk();
    await combobox().hover();
    await chunk;
    expect(requested.some((path) => /\/search\/terms\./.test(path))).toBe(false);
    const shards = page.waitForRequest((request) => /\/search\/terms\./.test(request.url()));
    await combobox().focus();
    await page.keyboard.type('h');
    await shards;
    // Answered at once: nothing shown, and no "No results" for one letter.
    await page.waitForFunction(
      () =>
        document.querySelector('.kb-search-bar [role="listbox"]')?.getAttribute('data-query') ===
        'h',
    );
    expect(await page.locator('[data-search-result]').count()).toBe(0);
    expect(await page.locator('.kb-search-bar [role="status"]').first().textContent()).toBe('');
  });

  test('a keystroke whose shards and texts are loaded is answered before the next frame', async () => {
    await open('/docs/meetings/minutes-2019-03');
    await combobox().focus();
    await combobox().fill('handover');
    await answered('handover');
    // What the list answers at the first animation frame after the keystroke's input event: the
    // engine runs in the page, so an answer that needs no file is rendered within that event's task
    // (a worker's answer would come as a task of its own, after that frame).
    type Waiting = {__atNextFrame?: Promise<string | null | undefined>};
    await page.evaluate(() => {
      (window as Waiting).__atNextFrame = new Promise((resolve) =>
        window.addEventListener(
          'input',
          () =>
            requestAnimationFrame(() =>
              resolve(
                document
                  .querySelector('.kb-search-bar [role="listbox"]')
                  ?.getAttribute('data-query'),
              ),
            ),
          {once: true, capture: true},
        ),
      );
    });
    await page.keyboard.type(' ');
    await expect(page.evaluate(() => (window as Waiting).__atNextFrame)).resolves.toBe('handover ');
  });

  test('a keystroke answered from loaded files renders its answer without a spinner in between', async () => {
    await open('/docs/meetings/minutes-2019-03');
    await combobox().focus();
    await combobox().fill('handover');
    await answered('handover');
    await page.waitForSelector('[data-testid="search-spinner"]', {state: 'detached'});
    // Every spinner added to the page from now on is counted, however briefly it stays.
    await page.evaluate(() => {
      const seen = {spinners: 0};
      (window as {__seen?: typeof seen}).__seen = seen;
      new MutationObserver((mutations) => {
        for (const mutation of mutations)
          for (const node of Array.from(mutation.addedNodes))
            if (node instanceof Element && node.matches('[data-testid="search-spinner"]'))
              seen.spinners++;
      }).observe(document.body, {subtree: true, childList: true});
    });
    await page.keyboard.type(' ');
    await answered('handover ');
    await page.keyboard.press('Backspace');
    await answered('handover');
    await expect(
      page.evaluate(() => (window as {__seen?: {spinners: number}}).__seen!.spinners),
    ).resolves.toBe(0);
  });

  test('Enter acts on the query as typed while its answer is still on its way', async () => {
    // Once "handover" is answered, the index's files are held until released: the shard of
    // "focal" (far from "handover" in the index) cannot arrive, and the list keeps showing the
    // answer to "handover" (a slow network, made certain). "handover" is filled in at once: typed
    // key by key, its prefixes' typo fallback would load every shard of this small index.
    const held: (() => void)[] = [];
    let holding = false;
    await page.route(/\/search\/(terms|docs)\.[0-9a-f]+\.bin$/, (route) => {
      if (holding) held.push(() => void route.continue());
      else void route.continue();
    });
    const release = () => {
      holding = false;
      held.splice(0).forEach((deliver) => deliver());
    };
    await open('/docs/meetings/minutes-2019-03');
    const before = await page.evaluate(() => location.pathname + location.search);
    await combobox().focus();
    await combobox().fill('handover');
    await answered('handover');
    holding = true;
    await page.keyboard.type(' focal');
    // Its shard is on its way: the box says it is loading.
    await page.getByTestId('search-spinner').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // The list still shows the answer to "handover" (its last keystroke, the space, needed nothing
    // more): Enter did not open its first option.
    await expect(page.getByRole('listbox').getAttribute('data-query')).resolves.toBe('handover ');
    await expect(page.evaluate(() => location.pathname + location.search)).resolves.toBe(before);
    release();
    await page.waitForURL((url) => url.searchParams.get('highlight') === 'handover focal');
    await page.locator('article mark.kb-search-highlight').first().waitFor();
    const marks = await page.locator('article mark.kb-search-highlight').allInnerTexts();
    expect(marks.map((t) => t.toLowerCase())).toEqual(
      expect.arrayContaining(['handover', 'focal']),
    );
  });

  test('Escape closes the list, and the last option opens the search page', async () => {
    await open('/docs/meetings/minutes-2019-03');
    await combobox().focus();
    await page.keyboard.type('steering');
    await page.locator('[data-search-result]').first().waitFor();
    await page.keyboard.press('Escape');
    await expect(combobox().getAttribute('aria-expanded')).resolves.toBe('false');
    await page.keyboard.press('ArrowUp');
    await expect(
      page.locator(`[id="${await combobox().getAttribute('aria-activedescendant')}"]`).innerText(),
    ).resolves.toBe('See all results');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search?q=steering');
    await page.locator('main ol > li').first().waitFor();
  });

  test('the search page reads the query and filters from the URL', async () => {
    await open('/search?q=handover&status=ongoing');
    await expect(page.getByLabel('Search the portal').last().inputValue()).resolves.toBe(
      'handover',
    );
    await expect(page.getByRole('checkbox', {name: 'Ongoing'}).isChecked()).resolves.toBe(true);
    await page.locator('main ol > li').first().waitFor();
    const results = await page.locator('main ol > li').allInnerTexts();
    expect(results).toHaveLength(1);
    expect(results[0]).toContain('Write handover notes when focal points rotate');
    await page.getByRole('checkbox', {name: 'Ongoing'}).uncheck();
    await expect(page.waitForURL('**/search?q=handover')).resolves.toBeUndefined();
    await page.waitForFunction(() =>
      document.querySelector('main ol')?.textContent?.includes('Findings'),
    );
  });

  test('a payload in a page or a status field shows as text', async () => {
    await open('/docs/meetings/minutes-2019-03');
    await combobox().focus();
    await page.keyboard.type('payloadword');
    await page.locator('[data-search-result]').first().waitFor();
    const listbox = page.getByRole('listbox');
    await expect(listbox.innerText()).resolves.toContain('<img src=x onerror=alert(1)>');
    await expect(listbox.locator('img').count()).resolves.toBe(0);
    await page.goto(`${web.url}/search?q=payloadword`);
    await page.locator('main ol > li').first().waitFor();
    await expect(page.locator('main ol img').count()).resolves.toBe(0);
    await expect(page.locator('main ol').innerText()).resolves.toContain(
      'Escape <img src=x onerror=alert(1)> in fields',
    );
    await page.goto(`${web.url}/docs/notes/payload?highlight=payloadword`);
    await page.locator('mark.kb-search-highlight').first().waitFor();
    await expect(page.locator('article img[src="x"]').count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('finds French and Russian words whatever their accents and endings', async () => {
    await page.goto(`${web.url}/search?q=developpement`);
    await page.locator('main ol > li').first().waitFor();
    await expect(page.locator('main ol').innerText()).resolves.toContain(
      'Développement des statistiques',
    );
    await page.goto(`${web.url}/search?q=${encodeURIComponent('показатели')}`);
    await page.locator('main ol > li').first().waitFor();
    await expect(page.locator('main ol').innerText()).resolves.toContain('Записка о передаче дел');
  });

  test.each(['light', 'dark'])(
    'the search page and the open list have no serious accessibility violations (%s)',
    async (theme) => {
      await open('/search?q=handover&type=evaluation');
      await page.locator('main ol > li').first().waitFor();
      // The theme as the colour-mode switch sets it (the fixture's storage key is namespaced by v4's flags).
      await page.evaluate(
        (value) => document.documentElement.setAttribute('data-theme', value),
        theme,
      );
      await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe(theme);
      // Links ease their colour in (Infima's transition): axe must read the colours they end on.
      await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
      // Marked words in result links and snippets: their contrast is checked too.
      await expect(page.locator('main ol mark').count()).resolves.toBeGreaterThan(0);
      await expect(seriousViolations(page)).resolves.toEqual([]);
      await combobox().first().focus();
      await page.keyboard.type('handover');
      await page.locator('[data-search-result]').first().waitFor();
      await page.keyboard.press('ArrowDown');
      await expect(seriousViolations(page)).resolves.toEqual([]);
    },
  );
});
