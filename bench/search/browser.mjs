// Drives headless Chromium against a served site: what the first query costs and how fast keystrokes answer.
import {chromium} from 'playwright-core';
import {percentile} from './stats.mjs';

// How each UI says a keystroke is answered: ours names the query its list answers (`data-query`);
// Pagefind's message says "N results for <query>"; easyops renders its list only when results arrive.
const SITES = {
  kmportal: {
    input: 'input[role="combobox"]',
    result: '[data-search-result]',
    answered: {attribute: '[role="listbox"]', name: 'data-query'},
  },
  easyops: {
    input: 'input.navbar__search-input',
    result: '[role="option"]',
    answered: {mutation: '[role="listbox"]'},
  },
  pagefind: {
    input: '.pagefind-ui__search-input',
    result: '.pagefind-ui__result',
    answered: {message: '.pagefind-ui__message'},
  },
};
// Requests of search made before the query (idle prefetch) still count toward the first query.
const SEARCH_ASSET = /\/search\/|kmportal-search|search-index|lunr|autocomplete|\/pagefind\//;
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
];

/** Records in `window.__firstResultAt` (ms since epoch) when a result first shows. */
function watchFirstResult(selector) {
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    window.__firstResultAt = performance.timeOrigin + performance.now();
    observer.disconnect();
  });
  observer.observe(document.body, {subtree: true, childList: true, attributes: true});
}

/**
 * Resolves with the milliseconds from the next keydown to the frame after the UI answers the query then
 * in the box (`answered`, per UI), or null after 3 s.
 */
function awaitAnswer({answered, input}) {
  return new Promise((resolve) => {
    let start;
    const box = document.querySelector(input);
    window.addEventListener('keydown', () => (start = performance.now()), {
      once: true,
      capture: true,
    });
    const isAnswered = (mutations) => {
      const query = box.value;
      if (answered.attribute)
        return document.querySelector(answered.attribute)?.getAttribute(answered.name) === query;
      if (answered.message) {
        const text = document.querySelector(answered.message)?.textContent ?? '';
        return text.includes(`for ${query.trim()}`);
      }
      const list = document.querySelector(answered.mutation);
      return mutations.some((m) => list?.contains(m.target));
    };
    const observer = new MutationObserver((mutations) => {
      if (start === undefined || !isAnswered(mutations)) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - start));
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    setTimeout(() => (observer.disconnect(), resolve(null)), 3000);
  });
}

async function typeMeasured(page, site, query) {
  const latencies = [];
  let timeouts = 0;
  await page.locator(site.input).fill('');
  await page.waitForTimeout(300);
  await page.keyboard.type(query[0]);
  await page.waitForTimeout(300);
  for (const char of query.slice(1)) {
    const rendered = page.evaluate(awaitAnswer, {answered: site.answered, input: site.input});
    await page.waitForTimeout(20);
    await page.keyboard.type(char);
    const ms = await rendered;
    if (ms === null) timeouts++;
    else latencies.push(ms);
    await page.waitForTimeout(50);
  }
  return {latencies, timeouts};
}

/** First-query bytes, requests and time of `query` on a freshly opened doc page, then its keystrokes typed twice. */
export async function measureBrowser(
  variant,
  url,
  query,
  path = '/docs/action-plan/batch-1/page-1',
) {
  const site = SITES[variant];
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ARGS,
  });
  try {
    const page = await (await browser.newContext()).newPage();
    const finished = [];
    let phase = 'load';
    page.on('requestfinished', async (request) => {
      const timing = request.timing();
      const entry = {
        url: request.url(),
        phase,
        bytes: 0,
        end: timing.startTime + timing.responseEnd,
      };
      finished.push(entry);
      const sizes = await request.sizes().catch(() => undefined);
      entry.bytes = sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0;
      if (!sizes?.responseBodySize) {
        // Chromium reports no body size for a worker's own script: take the served Content-Length.
        const headers = await (await request.response())?.allHeaders().catch(() => undefined);
        entry.bytes += Number(headers?.['content-length'] ?? 0);
      }
    });
    await page.goto(url + path, {waitUntil: 'networkidle'});
    await page.waitForTimeout(3000);
    phase = 'query';
    const input = page.locator(site.input);
    await input.click();
    await page.evaluate(watchFirstResult, site.result);
    const start = performance.now();
    await input.fill(query);
    await page.locator(site.result).first().waitFor({state: 'visible', timeout: 60_000});
    const firstResultMs = performance.now() - start;
    const firstResultAt = await page.evaluate(() => window.__firstResultAt);
    phase = 'after';
    await page.waitForTimeout(500);
    // Until the first result: what finished before it appeared (timestamps from Chromium, ms since epoch).
    const counted = finished.filter(
      (r) =>
        (r.phase === 'query' && r.end <= firstResultAt) ||
        (r.phase === 'load' && SEARCH_ASSET.test(new URL(r.url).pathname)),
    );
    // The query typed again character by character, twice: keystrokes after the first query.
    const latencies = [];
    let timeouts = 0;
    for (let round = 0; round < 2; round++) {
      const typed = await typeMeasured(page, site, query);
      latencies.push(...typed.latencies);
      timeouts += typed.timeouts;
    }
    return {
      query,
      bytes: counted.reduce((sum, r) => sum + r.bytes, 0),
      requests: counted.length,
      urls: counted.map((r) => new URL(r.url).pathname.replace(/^.*\//, '')),
      firstResultMs,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      latencies,
      keystrokes: latencies.length,
      timeouts,
    };
  } finally {
    await browser.close();
  }
}

/**
 * Bytes (as transferred, gzip) and requests of opening a doc page and letting it go idle, without
 * searching: what every page view pays. Compared with the build without search, it is what search adds.
 */
export async function measurePageWeight(url, path) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ARGS,
  });
  try {
    const page = await (await browser.newContext()).newPage();
    const sizes = [];
    page.on('requestfinished', (request) =>
      sizes.push(
        request.sizes().then(
          (s) => s.responseBodySize + s.responseHeadersSize,
          () => 0,
        ),
      ),
    );
    await page.goto(url + path, {waitUntil: 'networkidle'});
    // Idle callbacks and lazy chunks: wait for the network to stay quiet a while longer.
    await page.waitForTimeout(3000);
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    return {bytes, requests: sizes.length};
  } finally {
    await browser.close();
  }
}
