import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import type {Props} from '@theme/KbVersionSwitch';

import styles from './styles.module.css';

/**
 * The docs versions an index page can be shown in, as links to the same page in each (the one shown
 * marked as current); nothing when the docs have one version.
 */
export default function KbVersionSwitch({versions}: Props): ReactNode {
  if (!versions || versions.length < 2) return null;
  const label = translate({
    id: 'theme.kb.indexes.versions.label',
    message: 'Docs version',
    description: 'Label of the list of docs versions an index page can be shown in',
  });
  return (
    <nav className={clsx('kb-version-switch', styles.switch)} aria-label={label}>
      <span className={styles.label}>{label}</span>
      <ul className={styles.list}>
        {versions.map((version) => (
          <li key={version.name}>
            <Link
              to={version.href}
              className={clsx('kb-chip', styles.version, version.shown && styles.shown)}
              aria-current={version.shown ? 'page' : undefined}>
              {version.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
