import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import type {Props} from '@theme/KbReportList';

/** A list of the status-of-implementation reports, each with its page's item count. */
export default function KbReportList({reports: list}: Props): ReactNode {
  if (list.length === 0) {
    return (
      <p>
        <Translate id="theme.kb.indexes.reports.none">No reports.</Translate>
      </p>
    );
  }
  return (
    <ul data-kb-reports="">
      {list.map((report) => (
        <li key={report.report}>
          <Link to={report.report}>
            {translate(
              {id: 'theme.kb.indexes.report.title', message: 'Status of implementation: {title}'},
              {title: report.title},
            )}
          </Link>{' '}
          {translate(
            {id: 'theme.kb.indexes.reports.count', message: '({count} items)'},
            {count: report.itemCount},
          )}
        </li>
      ))}
    </ul>
  );
}
