import React, {type CSSProperties, type ReactNode} from 'react';
import clsx from 'clsx';
import useKbLabels from '@theme/useKbLabels';
import kbStatusColor from '@theme/kbStatusColor';
import type {Props} from '@theme/StatusBadge';

import styles from './styles.module.css';

/** A status as its label in a pill tinted with the status colour (the design system's `.kb-badge`). */
export default function StatusBadge({status, className}: Props): ReactNode {
  const labels = useKbLabels();
  const style = {'--kb-status-color': kbStatusColor(status)} as CSSProperties;
  return (
    <span
      className={clsx(
        'kb-badge',
        'kb-status-badge',
        `kb-status-badge--${status.value}`,
        styles.statusBadge,
        className,
      )}
      style={style}>
      <span className="kb-badge__dot" aria-hidden="true" />
      {labels.status(status.value, status.label)}
    </span>
  );
}
