import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import DueDate from '@theme/DueDate';
import OverdueBy from '@theme/OverdueBy';
import KbItemTitle from '@theme/KbItemTitle';
import UnitLink from '@theme/UnitLink';
import KbInvalidFlag from '@theme/KbInvalidFlag';
import StatusBadge from '@theme/StatusBadge';
import type {Props} from '@theme/KbItemList';

import styles from './styles.module.css';

/** A list of items, each linking to its card, with status badge, owners and due date. */
export default function KbItemList({items, statuses}: Props): ReactNode {
  if (items.length === 0) {
    return (
      <p className={styles.empty}>
        <Translate id="theme.kb.indexes.noItems">No items.</Translate>
      </p>
    );
  }
  return (
    <ul className={styles.list}>
      {items.map((item) => {
        const status = statuses.find(({value}) => value === item.status) ?? {
          value: item.status,
          label: item.status,
          color: 'gray',
        };
        return (
          <li key={item.id} className={styles.item} data-kb-item={item.id}>
            <KbItemTitle
              to={item.url}
              title={item.title}
              untranslated={item.untranslated}
              className={styles.title}
            />
            <StatusBadge status={status} className={styles.badge} />
            <span className={styles.meta}>
              {item.pageTitle}
              {item.owners.map((owner, index) => (
                <React.Fragment key={owner}>
                  {index === 0 ? ' · ' : ', '}
                  <UnitLink code={owner} />
                </React.Fragment>
              ))}
              {item.due ? (
                <>
                  {' · '}
                  <DueDate due={item.due} />
                  <OverdueBy due={item.due} status={item.status} />
                </>
              ) : null}
            </span>
            {item.invalid ? (
              <span className={styles.invalid}>
                <KbInvalidFlag invalid={item.invalid} />
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
