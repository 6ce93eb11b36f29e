import React, {useEffect, useState, type ReactNode} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Layout from '@theme/Layout';
import SearchResults from '@theme/SearchResults';
import type {Props} from '@theme/SearchPage';
import {FACETS, type Facet, type IndexedVersion} from '../../client/format.js';
import {resultCountMessage} from '../SearchBar/resultCount.js';
import {readSearchParams, toggleFacet, writeSearchParams} from '../../client/searchParams.js';
import {useSearch} from '../../client/useSearch.js';
import {useSearchVersions} from '../../client/versions.js';
import styles from './styles.module.css';

const PAGE = 50;

function facetLegend(facet: Facet): string {
  const legends: Record<Facet, string> = {
    type: translate({id: 'theme.kb.search.facet.type', message: 'Page type'}),
    status: translate({id: 'theme.kb.search.facet.status', message: 'Status'}),
    unit: translate({id: 'theme.kb.search.facet.unit', message: 'Unit'}),
    nexus: translate({id: 'theme.kb.search.facet.nexus', message: 'Nexus area'}),
    sdg: translate({id: 'theme.kb.search.facet.sdg', message: 'SDG'}),
  };
  return legends[facet];
}

/** A version's label, with its docs instance when the site has several. */
function versionLabel(version: IndexedVersion, versions: readonly IndexedVersion[]): string {
  const several = new Set(versions.map((v) => v.instance)).size > 1;
  return several ? `${version.instance} · ${version.label}` : version.label;
}

function sortedValues(props: Props, facet: Facet) {
  const values = [...props.facets[facet]];
  return facet === 'sdg' ? values.sort((a, b) => Number(a.value) - Number(b.value)) : values;
}

/** The search page: the query and facet filters live in the URL, results are grouped by page. */
export default function SearchPage(props: Props): ReactNode {
  const location = useLocation();
  const {i18n} = useDocusaurusContext();
  const history = useHistory();
  const params = readSearchParams(location.search);
  const [query, setQuery] = useState(params.query);
  const [limit, setLimit] = useState(PAGE);
  useEffect(() => setQuery(readSearchParams(location.search).query), [location.search]);
  const {versions, reading} = useSearchVersions();
  // No version in the URL: the reader's version of each docs instance (on this page: the last released).
  const versionFilter = params.filter.version ?? reading;
  const filter = versions.length > 1 ? {...params.filter, version: versionFilter} : params.filter;
  const state = useSearch(query, limit, filter);
  const update = (next: typeof params) =>
    history.replace({...location, search: writeSearchParams(next)});
  const title = translate({id: 'theme.kb.search.pageTitle', message: 'Search'});
  return (
    <Layout title={title}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <h1>{title}</h1>
        <form role="search" onSubmit={(event) => event.preventDefault()} className={styles.form}>
          <label htmlFor="kb-search-page-input" className={styles.queryLabel}>
            <Translate id="theme.kb.search.label">Search the portal</Translate>
          </label>
          <input
            id="kb-search-page-input"
            type="search"
            className={styles.input}
            value={query}
            autoComplete="off"
            onChange={(event) => {
              setQuery(event.target.value);
              setLimit(PAGE);
              update({...params, query: event.target.value});
            }}
          />
          <div className={styles.facets}>
            {versions.length > 1 && (
              <fieldset className={styles.facet}>
                <legend>
                  <Translate id="theme.kb.search.facet.version">Version</Translate>
                </legend>
                {versions.map((version) => (
                  <label key={version.id} className={styles.facetValue}>
                    <input
                      type="checkbox"
                      name="version"
                      value={version.id}
                      checked={versionFilter.includes(version.id)}
                      onChange={() =>
                        update({
                          ...params,
                          query,
                          filter: toggleFacet(
                            {...params.filter, version: versionFilter},
                            'version',
                            version.id,
                          ),
                        })
                      }
                    />{' '}
                    {versionLabel(version, versions)}
                  </label>
                ))}
              </fieldset>
            )}
            {FACETS.filter((facet) => props.facets[facet].length > 0).map((facet) => (
              <fieldset key={facet} className={styles.facet}>
                <legend>{facetLegend(facet)}</legend>
                {sortedValues(props, facet).map(({value, label}) => (
                  <label key={value} className={styles.facetValue}>
                    <input
                      type="checkbox"
                      name={facet}
                      value={value}
                      checked={params.filter[facet]?.includes(value) ?? false}
                      onChange={() =>
                        update({...params, query, filter: toggleFacet(params.filter, facet, value)})
                      }
                    />{' '}
                    {facet === 'sdg' ? `${value}. ${label}` : label}
                  </label>
                ))}
              </fieldset>
            ))}
          </div>
        </form>
        <p role="status" aria-live="polite" className={styles.count}>
          {resultCountMessage(state, i18n.currentLocale)}
        </p>
        {state.error && <p className={styles.error}>{state.error}</p>}
        <SearchResults hits={state.hits} />
        {state.hits.length < state.total && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setLimit(limit + PAGE)}>
            <Translate id="theme.kb.search.more">Show more results</Translate>
          </button>
        )}
      </main>
    </Layout>
  );
}
