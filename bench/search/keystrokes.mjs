// Keystroke latency in headless Chromium: how each UI says it answered the query in its box, and typing
// a query key by key, each key timed from its keydown to the frame after that answer.

// How each UI says a keystroke is answered: ours names the query its list answers (`data-query`);
// Pagefind's message says "N results for <query>"; easyops renders its list only when results arrive.
export const SITES = {
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

/** Types `query` into the emptied box key by key, timing every key, the first one included. */
export async function typeMeasured(page, site, query) {
  const latencies = [];
  let timeouts = 0;
  await page.locator(site.input).fill('');
  await page.waitForTimeout(300);
  for (const char of query) {
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
