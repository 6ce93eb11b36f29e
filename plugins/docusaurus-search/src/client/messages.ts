import {translate} from '@docusaurus/Translate';
import type {SearchState} from './useSearch.js';

/** What the live region announces: loading, no results, or how many. */
export function resultCountMessage(
  state: Pick<SearchState, 'loading' | 'total' | 'hits' | 'query'>,
): string {
  if (state.loading && state.hits.length === 0)
    return translate({id: 'theme.kb.search.loading', message: 'Loading search results…'});
  if (!state.query) return '';
  if (state.total === 0) return translate({id: 'theme.kb.search.none', message: 'No results'});
  return translate(
    {
      id: 'theme.kb.search.count',
      message: '{count} results',
      description: 'Number of matching sections, items and pages',
    },
    {count: state.total},
  );
}
