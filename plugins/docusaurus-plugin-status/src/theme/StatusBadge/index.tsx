import React, {type CSSProperties, type ReactNode} from 'react';
import clsx from 'clsx';
import useKbLabels from '@theme/useKbLabels';
import type {Props} from '@theme/StatusBadge';

import styles from './styles.module.css';

/** A status shown as its label on a neutral background, with a dot and border in the status colour. */
export default function StatusBadge({status, className}: Props): ReactNode {
  const labels = useKbLabels();
  const style = {'--kb-status-color': status.color} as CSSProperties;
  return (
    <span
      className={clsx(
        'kb-status-badge',
        `kb-status-badge--${status.value}`,
        styles.statusBadge,
        className,
      )}
      style={style}>
      <span className={styles.statusDot} aria-hidden="true" />
      {labels.status(status.value, status.label)}
    </span>
  );
}
