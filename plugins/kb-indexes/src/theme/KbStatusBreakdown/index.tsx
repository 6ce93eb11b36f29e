import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import type {Props} from '@theme/KbStatusBreakdown';

import styles from './styles.module.css';

/** Item counts per status, as text (the colour dot only repeats it). */
export default function KbStatusBreakdown({counts}: Props): ReactNode {
  if (counts.length === 0) {
    return (
      <p className={styles.none}>
        <Translate id="theme.kb.indexes.noStatus">No items yet.</Translate>
      </p>
    );
  }
  return (
    <ul className={styles.breakdown}>
      {counts.map(({value, label, color, count}) => (
        <li key={value}>
          <span className={styles.dot} style={{backgroundColor: color}} aria-hidden="true" />
          {label}: {count}
        </li>
      ))}
    </ul>
  );
}
