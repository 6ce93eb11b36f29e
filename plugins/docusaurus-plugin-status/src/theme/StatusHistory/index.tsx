import Translate from '@docusaurus/Translate';
import LongDate from '@theme/LongDate';
import useKbLabels from '@theme/useKbLabels';
import type {Props} from '@theme/StatusHistory';
import type {ReactNode} from 'react';

import styles from './styles.module.css';

/** The status changes of an item read from git, oldest first, folded under a summary. */
export default function StatusHistory({entries}: Props): ReactNode {
  const labels = useKbLabels();
  const to = (entry: Props['entries'][number]) => labels.status(entry.to, entry.toLabel);
  return (
    <details className="kb-status-history">
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
            {entry.from && entry.fromLabel
              ? `${labels.status(entry.from, entry.fromLabel)} → ${to(entry)}`
              : to(entry)}
            {' · '}
            <span className={styles.author}>{entry.author}</span>{' '}
            <code translate="no">{entry.commit.slice(0, 7)}</code>
          </li>
        ))}
      </ol>
    </details>
  );
}
