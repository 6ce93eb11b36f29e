import {FACETS, type FacetFilter} from './format.js';

/** A search page's state as its URL holds it: `?q=…&type=…&status=…` (a facet may repeat). */
export interface SearchPageParams {
  query: string;
  filter: FacetFilter;
}

/** Reads the query and the facet filter from a URL's search string. */
export function readSearchParams(search: string): SearchPageParams {
  const params = new URLSearchParams(search);
  const filter: FacetFilter = {};
  for (const facet of [...FACETS, 'version' as const]) {
    const values = params.getAll(facet).filter(Boolean);
    if (values.length) filter[facet] = values;
  }
  return {query: params.get('q') ?? '', filter};
}

/** Writes the query and filter back as a search string, facets in a fixed order. */
export function writeSearchParams({query, filter}: SearchPageParams): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const facet of [...FACETS, 'version' as const])
    for (const value of filter[facet] ?? []) params.append(facet, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The filter with one value switched on or off. */
export function toggleFacet(
  filter: FacetFilter,
  facet: (typeof FACETS)[number] | 'version',
  value: string,
): FacetFilter {
  const current = filter[facet] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const copy = {...filter};
  if (next.length) copy[facet] = next;
  else delete copy[facet];
  return copy;
}
