import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import useKbReportLinks from '@theme/useKbReportLinks';
import type {Props} from '@theme/KbReportLink';

import styles from './styles.module.css';

const trim = (path: string) => path.replace(/\/+$/, '');

/** A link to the status-of-implementation report of a doc page, or nothing when it has none. */
export default function KbReportLink({permalink}: Props): ReactNode {
  const {withBaseUrl} = useBaseUrlUtils();
  const report = useKbReportLinks().find(({doc}) => trim(withBaseUrl(doc)) === trim(permalink));
  if (!report) return null;
  return (
    <p className={styles.reportLink} data-kb-report-link="">
      <Link to={report.report}>
        <Translate id="theme.kb.indexes.reportLink">Status of implementation report</Translate>
      </Link>
    </p>
  );
}
