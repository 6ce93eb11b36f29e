import Translate from '@docusaurus/Translate';
import LongDate from '@theme/LongDate';
import type {Props} from '@theme/StatusHistory';
import type {ReactNode} from 'react';

import styles from './styles.module.css';

/** The status changes of an item read from git, oldest first, folded under a summary. */
export default function StatusHistory({entries}: Props): ReactNode {
  return (
    <details className={`kb-status-history ${styles.history}`}>
      <summary>
        <Translate
          id="theme.kb.statusHistory.summary"
          description="Summary of the folded list of an item's status changes"
          values={{count: entries.length}}>
          {'Status history ({count})'}
        </Translate>
      </summary>
      <ol className={styles.list}>
        {entries.map((entry) => (
          <li key={`${entry.commit}-${entry.to}`}>
            <LongDate date={entry.date} />
            {': '}
            {entry.fromLabel ? `${entry.fromLabel} → ${entry.toLabel}` : entry.toLabel}
            {' · '}
            <span className={styles.author}>{entry.author}</span>{' '}
            <code translate="no">{entry.commit.slice(0, 7)}</code>
          </li>
        ))}
      </ol>
    </details>
  );
}
