import React, {useEffect, useMemo, useState, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import KbItemList from '@theme/KbItemList';
import LongDate from '@theme/LongDate';
import type {Props} from '@theme/KbStatusDashboard';
import Filters from './Filters.js';
import ItemTable from './ItemTable.js';
import Totals from './Totals.js';
import {choicesOf, totalsBy} from './bars.js';
import {filterItems, isDueSoon, isOverdue, readQuery, sortItems, writeQuery} from './query.js';
import type {DashboardQuery, FilterKey} from './query.js';

import styles from './styles.module.css';

const EMPTY = readQuery('');

/** Today in the browser after hydration; the build day in static HTML. */
function useToday(builtOn: string): string {
  const [today, setToday] = useState(builtOn);
  useEffect(() => setToday(new Date().toISOString().slice(0, 10)), []);
  return today;
}

/** The selection, read from the URL after hydration and written back with `history.replaceState`. */
function useUrlQuery(): [DashboardQuery, (key: FilterKey, values: string[]) => void] {
  const [query, setQuery] = useState<DashboardQuery>(EMPTY);
  useEffect(() => setQuery(readQuery(window.location.search)), []);
  const update = (key: FilterKey, values: string[]) => {
    const next = {...query, [key]: values};
    setQuery(next);
    const url = `${window.location.pathname}${writeQuery(next)}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
  };
  return [query, update];
}

/** The status dashboard: totals, overdue and upcoming items, and a filterable table of every item. */
export default function KbStatusDashboard({data}: Props): ReactNode {
  const title = translate({id: 'theme.kb.indexes.status.title', message: 'Status dashboard'});
  const today = useToday(data.builtOn);
  const [query, setFilter] = useUrlQuery();
  const closed = (status: string) => data.statuses.some((s) => s.value === status && s.closed);
  const ctx = {today, closed};
  const rows = useMemo(
    () => sortItems(filterItems(data.items, query, ctx), query.sort),
    [data.items, query, today],
  );
  const totals = totalsBy(data);
  return (
    <Layout title={title}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate id="theme.kb.indexes.status.builtOn">Data as of the build on</Translate>{' '}
          <LongDate date={data.builtOn} />
        </p>
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
        <Heading as="h2">
          <Translate id="theme.kb.indexes.status.overdue">Overdue</Translate>
        </Heading>
        <KbItemList
          items={data.items.filter((item) => isOverdue(item, today, closed))}
          statuses={data.statuses}
        />
        <Heading as="h2">
          <Translate id="theme.kb.indexes.status.soon">Due in the next 90 days</Translate>
        </Heading>
        <KbItemList
          items={data.items.filter((item) => isDueSoon(item, today, closed))}
          statuses={data.statuses}
        />
        <Heading as="h2">
          <Translate id="theme.kb.indexes.status.all">All items</Translate>
        </Heading>
        <Filters choices={choicesOf(data)} query={query} onChange={setFilter} />
        <p role="status" aria-live="polite" className={styles.count}>
          {translate(
            {id: 'theme.kb.indexes.status.shown', message: '{shown} of {total} items shown'},
            {shown: rows.length, total: data.items.length},
          )}
        </p>
        <ItemTable items={rows} statuses={data.statuses} caption={title} />
      </main>
    </Layout>
  );
}
