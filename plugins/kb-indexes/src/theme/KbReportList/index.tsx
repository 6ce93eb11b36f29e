import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useKbIntl from '@theme/useKbIntl';
import type {Props} from '@theme/KbReportList';

/** A list of the status-of-implementation reports, each with its page's item count. */
export default function KbReportList({reports: list}: Props): ReactNode {
  const intl = useKbIntl();
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
          {intl.plural(
            translate({
              id: 'theme.kb.indexes.reports.count',
              message: '({count} item)|({count} items)',
              description: 'Item count after a report link; plural forms separated by |',
            }),
            report.itemCount,
          )}
        </li>
      ))}
    </ul>
  );
}
