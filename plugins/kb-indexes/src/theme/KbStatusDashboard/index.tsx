import React, {useEffect, useMemo, useState, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useKbIntl from '@theme/useKbIntl';
import useKbLabels from '@theme/useKbLabels';
import Heading from '@theme/Heading';
import KbFeedLinks from '@theme/KbFeedLinks';
import Link from '@docusaurus/Link';
import {useKbReportPlaces} from '@theme/useKbReportPath';
import Layout from '@theme/Layout';
import LongDate from '@theme/LongDate';
import type {Props} from '@theme/KbStatusDashboard';
import KbResponseRates from '@theme/KbResponseRates';
import Filters from './Filters.js';
import ItemsToggle, {viewOf} from './ItemsToggle.js';
import ItemTable from './ItemTable.js';
import Pagination from './Pagination.js';
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
export default function KbStatusDashboard({data, meta}: Props): ReactNode {
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
  const showDue = (due: string) => (event: React.MouseEvent) => {
    event.preventDefault();
    setQuery({...EMPTY, due: [due], items: query.items});
    document.getElementById(TABLE_ID)?.scrollIntoView();
  };
  const failed = indexError || rowsError;
  return (
    <Layout title={title} description={description}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate id="theme.kb.indexes.status.builtOn">Data as of the build on</Translate>{' '}
          <LongDate date={data.builtOn} />
        </p>
        <KbFeedLinks />
        <ItemsToggle
          data={data}
          query={query}
          onChange={(items) => setQuery({...EMPTY, sort: query.sort, items})}
        />
        <div className={styles.totalsGrid}>
          <Totals
            name="status"
            bars={totals.status}
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
        </div>
        <div className={styles.dueGrid}>
          <section className={styles.due} aria-labelledby="kb-overdue">
            <Heading as="h2" id="kb-overdue">
              <Translate id="theme.kb.indexes.status.overdue">Overdue</Translate>
            </Heading>
            <p>
              <strong className={styles.dueCount} data-due-count="overdue">
                {intl.number(counts.overdue)}
              </strong>{' '}
              {intl.plural(
                translate({
                  id: 'theme.kb.indexes.status.overdueText',
                  message: 'open item is past its due date.|open items are past their due date.',
                  description: 'After the count of overdue items; plural forms separated by |',
                }),
                counts.overdue,
              )}{' '}
              <a
                className={styles.textLink}
                href={`?due=overdue#${TABLE_ID}`}
                onClick={showDue('overdue')}>
                <Translate id="theme.kb.indexes.status.showOverdue">List them</Translate>
              </a>
            </p>
          </section>
          <section className={styles.due} aria-labelledby="kb-soon">
            <Heading as="h2" id="kb-soon">
              <Translate id="theme.kb.indexes.status.soon">Due in the next 90 days</Translate>
            </Heading>
            <p>
              <strong className={styles.dueCount} data-due-count="next-90-days">
                {intl.number(counts.soon)}
              </strong>{' '}
              {intl.plural(
                translate({
                  id: 'theme.kb.indexes.status.soonText',
                  message:
                    'open item is due in the next 90 days.|open items are due in the next 90 days.',
                  description: 'After the count of items due soon; plural forms separated by |',
                }),
                counts.soon,
              )}{' '}
              <a
                className={styles.textLink}
                href={`?due=next-90-days#${TABLE_ID}`}
                onClick={showDue('next-90-days')}>
                <Translate id="theme.kb.indexes.status.showSoon">List them</Translate>
              </a>
            </p>
          </section>
        </div>
        {reportIndex && (
          <p data-kb-report-index="">
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
        <Heading as="h2" id={TABLE_ID}>
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
