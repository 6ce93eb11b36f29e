import React, {useEffect, useMemo, useState, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useKbIntl from '@theme/useKbIntl';
import useKbLabels from '@theme/useKbLabels';
import Heading from '@theme/Heading';
import KbVersionSwitch from '@theme/KbVersionSwitch';
import KbFeedLinks from '@theme/KbFeedLinks';
import Link from '@docusaurus/Link';
import {useKbReportPlaces} from '@theme/useKbReportPath';
import Layout from '@theme/Layout';
import LongDate from '@theme/LongDate';
import type {Props} from '@theme/KbStatusDashboard';
import KbResponseRates from '@theme/KbResponseRates';
import kbStatusColor from '@theme/kbStatusColor';
import Filters from './Filters.js';
import ItemsToggle, {viewOf} from './ItemsToggle.js';
import ItemTable from './ItemTable.js';
import Pagination from './Pagination.js';
import Tiles from './Tiles.js';
import {headlineOf} from './headline.js';
import Totals from './Totals.js';
import {choicesOf, totalsBy} from './bars.js';
import {useDashboardIndex, useRows} from './rows.js';
import {
  dueCounts,
  filterIndex,
  hasFilters,
  pageOf,
  readQuery,
  sortPositions,
  writeQuery,
  type DashboardQuery,
  type FilterKey,
} from './query.js';

import styles from './styles.module.css';

const EMPTY = readQuery('');
const TABLE_ID = 'all-items';

/** Today in the browser after hydration; the build day in static HTML. */
function useToday(builtOn: string): string {
  const [today, setToday] = useState(builtOn);
  useEffect(() => setToday(new Date().toISOString().slice(0, 10)), []);
  return today;
}

/** The selection, read from the URL after hydration and written back with `history.replaceState`. */
function useUrlQuery(): [DashboardQuery, (next: DashboardQuery) => void] {
  const [query, setQuery] = useState<DashboardQuery>(EMPTY);
  useEffect(() => setQuery(readQuery(window.location.search)), []);
  const update = (next: DashboardQuery) => {
    setQuery(next);
    const url = `${window.location.pathname}${writeQuery(next)}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
  };
  return [query, update];
}

/** The status dashboard: totals, overdue and upcoming counts, and a filterable, paged table of every item. */
export default function KbStatusDashboard({data, meta, versions}: Props): ReactNode {
  const {title, description} = meta;
  const intl = useKbIntl();
  const labels = useKbLabels();
  const today = useToday(data.builtOn);
  const reportIndex = useKbReportPlaces()?.basePath;
  const [query, setQuery] = useUrlQuery();
  const view = viewOf(data, query.items);
  const {index, error: indexError} = useDashboardIndex(view.table);
  const closed = (status: string) => data.statuses.some((s) => s.value === status && s.closed);
  const matched = useMemo(
    () =>
      index ? sortPositions(index, filterIndex(index, query, {today, closed}), query.sort) : null,
    // `closed` depends on `data` only.
    [index, query, today, data],
  );
  const shown = matched ? pageOf(matched, query.page, view.table.pageSize) : null;
  // A page past the last (an old link, a narrower filter) shows the last: the address says so too.
  const shownPage = shown?.page;
  useEffect(() => {
    if (shownPage !== undefined && shownPage !== query.page) setQuery({...query, page: shownPage});
    // `setQuery` and the rest of `query` follow from `query.page` here.
  }, [shownPage, query.page]);
  const {rows, error: rowsError} = useRows(view.table, index, shown?.positions ?? null);
  const counts = dueCounts(view.totals.openDue, today);
  const totals = totalsBy(view, labels);
  const setFilter = (key: FilterKey, values: string[]) =>
    setQuery({...query, [key]: values, page: 1});
  const clear = () => setQuery({...EMPTY, sort: query.sort, items: query.items});
  const showList = (key: FilterKey, value: string) => (event: React.MouseEvent) => {
    event.preventDefault();
    setQuery({...EMPTY, [key]: [value], items: query.items});
    document.getElementById(TABLE_ID)?.scrollIntoView();
  };
  const failed = indexError || rowsError;
  const statusBars = totals.status.map((bar) => ({
    ...bar,
    color: kbStatusColor({value: bar.key, color: bar.color ?? ''}),
  }));
  return (
    <Layout title={title} description={description}>
      <main className={`container margin-vert--lg ${styles.dashboard}`}>
        <header className={styles.header}>
          <Heading as="h1">{title}</Heading>
          <KbVersionSwitch versions={versions} />
          <p className={styles.asOf} data-kb-built-on="">
            <Translate id="theme.kb.indexes.status.builtOn">Data as of the build on</Translate>{' '}
            <LongDate date={data.builtOn} />
          </p>
          <KbFeedLinks />
        </header>
        <ItemsToggle
          data={data}
          query={query}
          onChange={(items) => setQuery({...EMPTY, sort: query.sort, items})}
        />
        <Tiles headline={headlineOf(view, counts)} tableId={TABLE_ID} onList={showList} />
        <section className={styles.charts} aria-labelledby="kb-breakdown">
          <Heading as="h2" id="kb-breakdown" className="kb-visually-hidden">
            <Translate id="theme.kb.indexes.status.breakdown">Breakdown</Translate>
          </Heading>
          <Totals
            name="status"
            bars={statusBars}
            caption={translate({
              id: 'theme.kb.indexes.status.byStatus',
              message: 'Items by status',
            })}
            column={translate({id: 'theme.kb.indexes.filter.status', message: 'Status'})}
          />
          <Totals
            name="unit"
            bars={totals.unit}
            caption={translate({id: 'theme.kb.indexes.status.byUnit', message: 'Items by unit'})}
            column={translate({id: 'theme.kb.indexes.filter.owner', message: 'Owner'})}
          />
          <Totals
            name="type"
            bars={totals.type}
            caption={translate({
              id: 'theme.kb.indexes.status.byType',
              message: 'Items by page type',
            })}
            column={translate({id: 'theme.kb.indexes.filter.type', message: 'Page type'})}
          />
        </section>
        {reportIndex && (
          <p data-kb-report-index="" className={styles.reports}>
            <Link className={styles.textLink} to={reportIndex}>
              <Translate id="theme.kb.indexes.status.reports">
                Status of implementation reports
              </Translate>
            </Link>
            :{' '}
            <Translate id="theme.kb.indexes.status.reportsIntro">
              a printable report per action plan, evaluation or meeting page.
            </Translate>
          </p>
        )}
        <KbResponseRates
          kind="type"
          rows={data.rates.types}
          caption={translate({
            id: 'theme.kb.indexes.status.ratesByType',
            message: 'Management response by page type',
          })}
        />
        <KbResponseRates
          kind="page"
          rows={data.rates.pages}
          caption={translate({
            id: 'theme.kb.indexes.status.ratesByPage',
            message: 'Management response by page',
          })}
        />
        <Heading as="h2" id={TABLE_ID} className={styles.allHeading}>
          <Translate id="theme.kb.indexes.status.all">All items</Translate>
        </Heading>
        <Filters
          choices={choicesOf(view, labels)}
          query={query}
          onChange={setFilter}
          onClear={clear}
        />
        <p role="status" aria-live="polite" className={styles.count} data-kb-count="">
          {failed
            ? translate({
                id: 'theme.kb.indexes.status.failed',
                message: 'The item table could not be loaded.',
              })
            : shown && matched
              ? intl.plural(
                  translate(
                    {
                      id: 'theme.kb.indexes.status.matching',
                      message:
                        '{count} of {total} item matches; page {page} of {pages}|{count} of {total} items match; page {page} of {pages}',
                      description:
                        'Count of the items the filters keep; plural forms (by the total) separated by |',
                    },
                    {
                      count: intl.number(matched.length),
                      total: intl.number(view.totals.count),
                      page: intl.number(shown.page),
                      pages: intl.number(shown.pages),
                    },
                  ),
                  view.totals.count,
                )
              : translate({id: 'theme.kb.indexes.status.loading', message: 'Loading items…'})}
        </p>
        <ItemTable
          items={failed ? [] : rows}
          statuses={data.statuses}
          caption={
            hasFilters(query)
              ? translate({
                  id: 'theme.kb.indexes.status.filteredCaption',
                  message: 'Items matching the filters',
                })
              : translate({id: 'theme.kb.indexes.status.all', message: 'All items'})
          }
          sort={query.sort}
          onSort={(sort) => setQuery({...query, sort, page: 1})}
        />
        {shown ? (
          <Pagination
            page={shown.page}
            pages={shown.pages}
            href={(page) => `${writeQuery({...query, page}) || '?'}#${TABLE_ID}`}
            onPage={(page) => {
              setQuery({...query, page});
              document.getElementById(TABLE_ID)?.scrollIntoView();
            }}
          />
        ) : null}
      </main>
    </Layout>
  );
}
