// Drives headless Chromium against a served site: what the first query costs and how fast keystrokes answer.
import {launch} from './chromium.mjs';
import {SITES, typeMeasured} from './keystrokes.mjs';

// Requests of search made before the query (idle prefetch) still count toward the first query.
const SEARCH_ASSET = /\/search\/|kmportal-search|search-index|lunr|autocomplete|\/pagefind\//;

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
 * Keystrokes of `query` typed on a freshly opened doc page, every key timed from the first: the box is
 * clicked (our engine chunk starts loading then), then the query typed as `typeMeasured` types, so the keys
 * that load index files count as much as the others.
 */
export async function measureFirstTyping(variant, url, query, path) {
  const site = SITES[variant];
  const browser = await launch();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(url + path, {waitUntil: 'networkidle'});
    await page.waitForTimeout(1000);
    await page.locator(site.input).click();
    return await typeMeasured(page, site, query);
  } finally {
    await browser.close();
  }
}

/** First-query bytes, requests and time of `query` on a freshly opened doc page, then its keystrokes typed twice. */
export async function measureBrowser(
  variant,
  url,
  query,
  path = '/docs/action-plan/batch-1/page-1',
) {
  const site = SITES[variant];
  const browser = await launch();
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
      again: {latencies, timeouts},
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
  const browser = await launch();
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
