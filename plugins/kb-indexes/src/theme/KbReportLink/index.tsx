import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useKbReportPath from '@theme/useKbReportPath';
import type {Props} from '@theme/KbReportLink';

import styles from './styles.module.css';

/** A link to the status-of-implementation report of a doc page, or nothing when it has none. */
export default function KbReportLink({permalink, type}: Props): ReactNode {
  const report = useKbReportPath(permalink, type);
  if (!report) return null;
  return (
    <p className={styles.reportLink} data-kb-report-link="">
      <Link to={report}>
        <Translate id="theme.kb.indexes.reportLink">Status of implementation report</Translate>
      </Link>
    </p>
  );
}
