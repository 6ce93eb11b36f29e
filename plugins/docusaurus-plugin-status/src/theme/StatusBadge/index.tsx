import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import useKbLabels from '@theme/useKbLabels';
import {kbStatusStyle} from '@theme/kbStatusColor';
import type {Props} from '@theme/StatusBadge';

import './styles.module.css';

/** A status as its label in a pill tinted with the status colour (the design system's `.kb-badge`). */
export default function StatusBadge({status, className}: Props): ReactNode {
  const labels = useKbLabels();
  return (
    <span
      className={clsx('kb-badge', 'kb-status-badge', `kb-status-badge--${status.value}`, className)}
      style={kbStatusStyle(status)}>
      <span className="kb-badge__dot" aria-hidden="true" />
      {labels.status(status.value, status.label)}
    </span>
  );
}
