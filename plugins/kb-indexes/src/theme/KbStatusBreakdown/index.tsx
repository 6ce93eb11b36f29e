import React, {type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useKbIntl from '@theme/useKbIntl';
import useKbLabels from '@theme/useKbLabels';
import kbStatusColor from '@theme/kbStatusColor';
import type {Props} from '@theme/KbStatusBreakdown';

import styles from './styles.module.css';

/** Item counts per status, as text (the colour dot only repeats it). */
export default function KbStatusBreakdown({counts}: Props): ReactNode {
  const intl = useKbIntl();
  const labels = useKbLabels();
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
          <span
            className={styles.dot}
            style={{backgroundColor: kbStatusColor({value, color})}}
            aria-hidden="true"
          />
          {translate(
            {
              id: 'theme.kb.indexes.breakdown.count',
              message: '{status}: {count}',
              description: 'A status and its item count on an SDG or nexus card, e.g. "Ongoing: 3"',
            },
            {status: labels.status(value, label), count: intl.number(count)},
          )}
        </li>
      ))}
    </ul>
  );
}
