import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import DueDate from '@theme/DueDate';
import StatusBadge from '@theme/StatusBadge';
import type {LeanItem} from '@kmportal/kb-indexes';
import type {StatusValue} from '@theme/StatusBlock';

import styles from './styles.module.css';

/** The status of an item as a badge value (unknown values shown as written). */
export function statusValue(statuses: readonly StatusValue[], value: string): StatusValue {
  return statuses.find((status) => status.value === value) ?? {value, label: value, color: 'gray'};
}

/** A table of items, one row per item, each linking to its card. */
export default function ItemTable(props: {
  items: readonly LeanItem[];
  statuses: readonly StatusValue[];
  caption: ReactNode;
}): ReactNode {
  return (
    <div className={styles.scroll}>
      <table className={styles.items} data-kb-items="">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="theme.kb.indexes.column.item">Item</Translate>
            </th>
            <th scope="col">
              <Translate id="theme.kb.indexes.column.status">Status</Translate>
            </th>
            <th scope="col">
              <Translate id="theme.kb.indexes.column.owners">Owners</Translate>
            </th>
            <th scope="col">
              <Translate id="theme.kb.indexes.column.due">Due</Translate>
            </th>
            <th scope="col">
              <Translate id="theme.kb.indexes.column.page">Page</Translate>
            </th>
            <th scope="col">
              <Translate id="theme.kb.indexes.column.tags">SDG / nexus</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((item) => (
            <tr key={item.id} data-item-id={item.id} data-status={item.status}>
              <th scope="row">
                <Link to={item.url}>{item.title}</Link>
              </th>
              <td>
                <StatusBadge status={statusValue(props.statuses, item.status)} />
              </td>
              <td>{item.owners.join(', ')}</td>
              <td>{item.due ? <DueDate due={item.due} /> : '–'}</td>
              <td>{item.pageTitle}</td>
              <td>{[...item.sdg, ...item.nexus].join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
