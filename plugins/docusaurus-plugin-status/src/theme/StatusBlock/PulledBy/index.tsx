import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type {Props} from '@theme/StatusBlock/PulledBy';

import styles from './styles.module.css';

/** "Referenced from: …": the other pages that show a status block through a ref or a table. */
export default function StatusBlockPulledBy({pages}: Props): ReactNode {
  if (pages.length === 0) return null;
  return (
    <div className="kb-status-block__pulled-by">
      <span className={styles.label}>
        <Translate
          id="theme.kb.statusBlock.pulledBy"
          description="Label before the list of pages that show a status block through ::status-ref or ::status-table">
          Referenced from:
        </Translate>
      </span>{' '}
      <ul className={styles.pages}>
        {pages.map((page) => (
          <li key={page.permalink}>
            <Link to={page.permalink}>{page.title}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
