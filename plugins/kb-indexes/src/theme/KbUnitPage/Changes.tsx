import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import LongDate from '@theme/LongDate';
import type {UnitChange} from '@kmportal/kb-indexes';

import styles from './styles.module.css';

/** The unit's latest status changes from the git history, newest first. */
export default function Changes({changes}: {changes: readonly UnitChange[]}): ReactNode {
  if (changes.length === 0) {
    return (
      <p>
        <Translate id="theme.kb.indexes.unit.noChanges">
          No status changes recorded in the git history.
        </Translate>
      </p>
    );
  }
  return (
    <ol className={styles.changes}>
      {changes.map((change) => (
        <li key={`${change.commit}-${change.id}-${change.to}`}>
          <LongDate date={change.date} />
          {': '}
          <Link to={change.url}>{change.title}</Link>
          {' — '}
          {change.fromLabel ? `${change.fromLabel} → ${change.toLabel}` : change.toLabel}
          {' · '}
          {change.author}
        </li>
      ))}
    </ol>
  );
}
