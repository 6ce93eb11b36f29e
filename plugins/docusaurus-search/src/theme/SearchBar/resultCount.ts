import {translate} from '@docusaurus/Translate';
import {formatPlural} from '@kmportal/model/intl';
import {MIN_QUERY_LENGTH, type SearchState} from '../../client/useSearch.js';

/** What the live region announces: loading, no results, or how many (plural forms of `locale`). */
export function resultCountMessage(
  state: Pick<SearchState, 'loading' | 'total' | 'hits' | 'query'>,
  locale: string,
): string {
  if (state.loading && state.hits.length === 0)
    return translate({id: 'theme.kb.search.loading', message: 'Loading search results…'});
  if (state.query.trim().length < MIN_QUERY_LENGTH) return '';
  if (state.total === 0) return translate({id: 'theme.kb.search.none', message: 'No results'});
  const message = translate({
    id: 'theme.kb.search.count',
    message: '{count} result|{count} results',
    description:
      'Number of matching sections, items and pages; plural forms separated by | (as the locale orders them)',
  });
  return formatPlural(message, state.total, locale);
}
