import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import type {DashboardData} from '@kmportal/kb-indexes';
import type {DashboardQuery} from './query.js';

import styles from './styles.module.css';

/** The dashboard's data for what it counts: status blocks, or their key actions (`?items=actions`). */
export function viewOf(data: DashboardData, items: DashboardQuery['items']): DashboardData {
  if (items !== 'actions' || !data.actions) return data;
  return {...data, ...data.actions};
}

/** Two buttons that choose what the dashboard counts; each thing is counted once, in one of them. */
export default function ItemsToggle({
  data,
  query,
  onChange,
}: {
  data: DashboardData;
  query: DashboardQuery;
  onChange: (items: DashboardQuery['items']) => void;
}): ReactNode {
  if (!data.actions) return null;
  const current = query.items;
  const button = (value: DashboardQuery['items'], count: number, label: ReactNode) => (
    <button
      type="button"
      className={`button button--sm ${current === value ? 'button--primary' : 'button--secondary'}`}
      aria-pressed={current === value}
      data-kb-items={value}
      onClick={() => onChange(value)}>
      {label} ({count})
    </button>
  );
  return (
    <div role="group" aria-labelledby="kb-items-toggle" className={styles.itemsToggle}>
      <span id="kb-items-toggle" className={styles.itemsToggleLabel}>
        <Translate id="theme.kb.indexes.status.count">Count</Translate>
      </span>
      {button(
        'recommendations',
        data.totals.count,
        <Translate id="theme.kb.indexes.status.countItems">Recommendations and items</Translate>,
      )}
      {button(
        'actions',
        data.actions.totals.count,
        <Translate id="theme.kb.indexes.status.countActions">Key actions</Translate>,
      )}
    </div>
  );
}
