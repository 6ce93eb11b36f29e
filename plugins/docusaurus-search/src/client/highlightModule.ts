// Client module: on a page opened from a search result (`?highlight=term+term`), marks the searched
// words in the article once it has rendered (code blocks included), and scrolls the first into view.
import type {ClientModule} from '@docusaurus/types';
import i18n from '@generated/i18n';

/** Name of the URL parameter carrying the words searched, as typed. */
export const HIGHLIGHT_PARAM = 'highlight';

function nextFrames(count: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) =>
      left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
    step(count);
  });
}

let highlighted = false;

async function highlightFromUrl(location: {search: string; hash: string}): Promise<void> {
  const query = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM)?.trim();
  // The highlighter (with the analyzer and its stemmers) loads only on a page opened from a result.
  if (!query && !highlighted) return;
  const {clearHighlights, firstMarkToShow, highlightWords, useLocaleLanguages} =
    await import('./highlight.js');
  useLocaleLanguages(i18n.currentLocale);
  clearHighlights();
  highlighted = Boolean(query);
  if (!query) return;
  // Wait for React to commit the page and for Prism to render code blocks.
  await nextFrames(2);
  const article =
    document.querySelector('article .markdown, article') ?? document.querySelector('main');
  if (!article) return;
  const marks = highlightWords(article, query);
  firstMarkToShow(marks, location.hash)?.scrollIntoView({block: 'center'});
}

const clientModule: ClientModule = {
  onRouteDidUpdate({location}) {
    if (typeof document === 'undefined') return;
    void highlightFromUrl(location);
  },
};

export default clientModule;
