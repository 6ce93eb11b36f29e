import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import DueDate from '@theme/DueDate';
import OverdueBy from '@theme/OverdueBy';
import StatusBadge from '@theme/StatusBadge';
import StatusHistory from '@theme/StatusHistory';
import KbTable from '@theme/KbTable';
import type {UnitItem} from '@kmportal/kb-indexes';
import type {StatusValue} from '@theme/StatusBlock';

import styles from './styles.module.css';

/** Whether an open item's due period ended before `today`. */
export function isOverdue(item: UnitItem, today: string): boolean {
  return !item.closed && Boolean(item.due?.end && item.due.end < today);
}

function statusOf(statuses: readonly StatusValue[], value: string): StatusValue {
  return statuses.find((status) => status.value === value) ?? {value, label: value, color: 'gray'};
}

function ItemTitle({item}: {item: UnitItem}): ReactNode {
  return (
    <>
      <Link to={item.url}>{item.title}</Link>{' '}
      <code translate="no" className={styles.id}>
        {item.id}
      </code>
      {item.parent && (
        <span className={styles.parent}>
          {translate(
            {
              id: 'theme.kb.indexes.unit.actionOf',
              message: 'Key action of {parent}',
              description: 'Under a key action on a unit page: the recommendation it belongs to',
            },
            {parent: item.parent.title},
          )}
        </span>
      )}
    </>
  );
}

function Row(props: {item: UnitItem; statuses: readonly StatusValue[]; today: string}) {
  const {item, statuses, today} = props;
  const late = isOverdue(item, today);
  return (
    <tr className={clsx(late && styles.overdueRow)}>
      <th scope="row">
        <ItemTitle item={item} />
      </th>
      <td>
        <StatusBadge status={statusOf(statuses, item.status)} />
        {item.history.length > 0 && <StatusHistory entries={item.history} />}
      </td>
      <td className={styles.nowrap}>
        {item.due ? <DueDate due={item.due} /> : '—'}
        <OverdueBy due={item.due} status={item.status} closed={item.closed} layout="block" />
      </td>
      <td>
        <Link to={item.url.split('#')[0]!}>{item.pageTitle}</Link>
      </td>
    </tr>
  );
}

/** Items and key actions of a unit in the order given (open: overdue first, then by due date). */
export default function ItemsTable(props: {
  items: readonly UnitItem[];
  statuses: readonly StatusValue[];
  today: string;
  caption: ReactNode;
  /** The caption for screen readers only (the disclosure's summary above says it). */
  captionHidden?: boolean;
}): ReactNode {
  const {items, statuses, today, caption} = props;
  return (
    <KbTable caption={caption} captionHidden={props.captionHidden} className={styles.table}>
      <thead>
        <tr>
          <th scope="col" className={styles.colItem}>
            <Translate id="theme.kb.indexes.unit.item">Item or key action</Translate>
          </th>
          <th scope="col" className={styles.colStatus}>
            <Translate id="theme.kb.indexes.column.status">Status</Translate>
          </th>
          <th scope="col" className={styles.colDue}>
            <Translate id="theme.kb.indexes.column.due">Due</Translate>
          </th>
          <th scope="col">
            <Translate id="theme.kb.indexes.column.page">Page</Translate>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <Row key={item.id} item={item} statuses={statuses} today={today} />
        ))}
      </tbody>
    </KbTable>
  );
}
