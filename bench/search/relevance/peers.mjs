// The peers' rankings of the query set, in headless Chromium on their built sites: easyops through its
// search page (`/search?q=`, the same ranking as its box, up to 100 results), Pagefind through its JS API
// (`pagefind.search(q)`, what its UI calls).
import {launch} from '../chromium.mjs';
import {rankedPages} from './score.mjs';

async function withPage(run) {
  const browser = await launch();
  try {
    return await run(await (await browser.newContext()).newPage());
  } finally {
    await browser.close();
  }
}

/** easyops's ranked pages for each query: its search page, read once it says how many it found. */
export function easyopsPages(url, queries) {
  return withPage(async (page) => {
    const ranked = [];
    for (const {query} of queries) {
      await page.goto(`${url}/search?q=${encodeURIComponent(query)}`);
      // Its search page prints "N documents found" or "No documents were found" once the answer is in.
      await page.waitForFunction(
        () =>
          /documents? (were )?found/i.test(
            document.querySelector('main, .main-wrapper')?.textContent ?? '',
          ),
        undefined,
        {timeout: 60_000},
      );
      const hrefs = await page.$$eval('article h2 a', (links) =>
        links.map((a) => a.getAttribute('href')),
      );
      ranked.push(rankedPages(hrefs));
    }
    return ranked;
  });
}

/** Pagefind's ranked pages for each query, through its JS API on a page of the site. */
export function pagefindPages(url, queries) {
  return withPage(async (page) => {
    await page.goto(`${url}/`);
    const ranked = [];
    for (const {query} of queries) {
      const urls = await page.evaluate(async (q) => {
        const pagefind = await import('/pagefind/pagefind.js');
        const search = await pagefind.search(q);
        const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
        return data.map((d) => d.url);
      }, query);
      ranked.push(rankedPages(urls));
    }
    return ranked;
  });
}
