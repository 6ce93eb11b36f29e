import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import type {Props} from '@theme/KbInvalidFlag';

import styles from './styles.module.css';

/** `invalid — fix at docs/a.md:12:5`: an item whose block has errors, with the first error's place and text. */
export default function KbInvalidFlag({invalid}: Props): ReactNode {
  return (
    <span className={styles.flag} data-kb-invalid={invalid.at}>
      <strong className={styles.label}>
        <Translate id="theme.kb.indexes.invalid.label">invalid</Translate>
      </strong>{' '}
      <Translate
        id="theme.kb.indexes.invalid.fixAt"
        description="After 'invalid': where the item's first error is, a file:line:column place"
        values={{place: <code className={styles.place}>{invalid.at}</code>}}>
        {'— fix at {place}'}
      </Translate>
      <span className={styles.reason}>{invalid.reason}</span>
    </span>
  );
}
