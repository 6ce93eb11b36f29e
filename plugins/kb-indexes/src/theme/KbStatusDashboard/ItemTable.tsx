import React, {type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import DueDate from '@theme/DueDate';
import OverdueBy from '@theme/OverdueBy';
import KbItemTitle from '@theme/KbItemTitle';
import UnitLink from '@theme/UnitLink';
import KbInvalidFlag from '@theme/KbInvalidFlag';
import StatusBadge from '@theme/StatusBadge';
import KbTable, {SortHeader} from '@theme/KbTable';
import type {LeanItem} from '@kmportal/kb-indexes';
import type {StatusValue} from '@theme/StatusBlock';
import {sortOf, type SortKey} from './query.js';

import styles from './styles.module.css';

/** The status of an item as a badge value (unknown values shown as written). */
export function statusValue(statuses: readonly StatusValue[], value: string): StatusValue {
  return statuses.find((status) => status.value === value) ?? {value, label: value, color: 'gray'};
}

type Column = {key: string; label: () => string; sort?: SortKey};

const COLUMNS: Column[] = [
  {
    key: 'item',
    sort: 'title',
    label: () => translate({id: 'theme.kb.indexes.column.item', message: 'Item'}),
  },
  {
    key: 'status',
    sort: 'status',
    label: () => translate({id: 'theme.kb.indexes.column.status', message: 'Status'}),
  },
  {
    key: 'owners',
    label: () => translate({id: 'theme.kb.indexes.column.owners', message: 'Owners'}),
  },
  {
    key: 'due',
    sort: 'due',
    label: () => translate({id: 'theme.kb.indexes.column.due', message: 'Due'}),
  },
  {
    key: 'page',
    sort: 'page',
    label: () => translate({id: 'theme.kb.indexes.column.page', message: 'Page'}),
  },
  {
    key: 'tags',
    label: () => translate({id: 'theme.kb.indexes.column.tags', message: 'SDG / nexus'}),
  },
];

/** A column's label, shown before each value when the table is laid out as cards (on a phone). */
function label(key: string): string {
  return COLUMNS.find((column) => column.key === key)!.label();
}

/** A column header; sortable ones hold a button and tell their order with `aria-sort`. */
function Header(props: {column: Column; sort: string; onSort: (sort: string) => void}): ReactNode {
  const {column} = props;
  if (!column.sort) return <th scope="col">{column.label()}</th>;
  const current = sortOf(props.sort);
  const active = current?.key === column.sort;
  const descending = active && current.descending;
  const next = active && !descending ? `-${column.sort}` : column.sort;
  return (
    <SortHeader
      order={active ? (descending ? 'descending' : 'ascending') : 'none'}
      onSort={() => props.onSort(next)}
      data-sort={column.sort}>
      {column.label()}
    </SortHeader>
  );
}

/** A table of items, one row per item, each linking to its card; `null` rows while loading. */
export default function ItemTable(props: {
  items: readonly LeanItem[] | null;
  statuses: readonly StatusValue[];
  caption: ReactNode;
  sort: string;
  onSort: (sort: string) => void;
}): ReactNode {
  const {items} = props;
  return (
    // Cards on a phone, not a scrolling box.
    <KbTable
      caption={props.caption}
      captionHidden
      scroll={false}
      blockClassName={styles.itemsBox}
      className={styles.items}
      data-kb-items=""
      aria-busy={items === null}>
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <Header key={column.key} column={column} sort={props.sort} onSort={props.onSort} />
          ))}
        </tr>
      </thead>
      <tbody>
        {items === null ? (
          <tr>
            <td colSpan={COLUMNS.length}>
              <Translate id="theme.kb.indexes.status.loading">Loading items…</Translate>
            </td>
          </tr>
        ) : items.length === 0 ? (
          <tr>
            <td colSpan={COLUMNS.length}>
              <Translate id="theme.kb.indexes.status.none">No item matches the filters.</Translate>
            </td>
          </tr>
        ) : (
          items.map((item) => (
            <tr
              key={item.id}
              data-item-id={item.id}
              data-status={item.status}
              data-invalid={item.invalid ? '' : undefined}>
              <th scope="row" className={styles.itemTitle}>
                <KbItemTitle to={item.url} title={item.title} untranslated={item.untranslated} />
                {item.invalid ? <KbInvalidFlag invalid={item.invalid} /> : null}
              </th>
              <td data-label={label('status')}>
                <span className={styles.cellValue}>
                  <StatusBadge status={statusValue(props.statuses, item.status)} />
                </span>
              </td>
              <td data-label={label('owners')}>
                <span className={styles.cellValue}>
                  {item.owners.length === 0
                    ? '–'
                    : item.owners.map((owner, index) => (
                        <React.Fragment key={owner}>
                          {index > 0 && ', '}
                          <UnitLink code={owner} />
                        </React.Fragment>
                      ))}
                </span>
              </td>
              <td data-label={label('due')} className={styles.nowrap}>
                <span className={styles.cellValue}>
                  {item.due ? (
                    <>
                      <DueDate due={item.due} />
                      <OverdueBy due={item.due} status={item.status} layout="block" />
                    </>
                  ) : (
                    '–'
                  )}
                </span>
              </td>
              <td data-label={label('page')}>
                <span className={styles.cellValue}>{item.pageTitle}</span>
              </td>
              <td data-label={label('tags')}>
                <span className={styles.cellValue}>
                  {[...item.sdg, ...item.nexus].join(', ') || '–'}
                </span>
              </td>
            </tr>
          ))
        )}
      </tbody>
    </KbTable>
  );
}
