import React, {useId, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useKbIntl, {type KbIntl} from '@theme/useKbIntl';
import useKbLabels from '@theme/useKbLabels';
import type {Props} from '@theme/KbResponseRates';

import styles from './styles.module.css';

/** `0.667` as `67%` (`67 %` in French); `–` when there is nothing to divide by. */
function percent(rate: number | null, intl: KbIntl): string {
  return rate === null ? '–' : intl.percent(rate);
}

/** Acceptance rate, implementation rate and overdue key actions per page or page type (JIU definitions). */
export default function KbResponseRates({rows, caption, kind}: Props): ReactNode {
  const intl = useKbIntl();
  const labels = useKbLabels();
  const captionId = useId();
  if (rows.length === 0) return null;
  // A wide table scrolls in a focusable region, so that a keyboard can scroll it too.
  // The caption stays outside the scrolling box (it would scroll away with the table on a phone).
  return (
    <div className={styles.scroll}>
      <p id={captionId} className={styles.caption}>
        {caption}
      </p>
      <div className="kb-table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
        <table
          className={`kb-table ${styles.rates}`}
          data-kb-rates={kind}
          aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col">
                {kind === 'page' ? (
                  <Translate id="theme.kb.indexes.rates.page">Page</Translate>
                ) : (
                  <Translate id="theme.kb.indexes.rates.type">Page type</Translate>
                )}
              </th>
              <th scope="col">
                <Translate id="theme.kb.indexes.rates.recommendations">Recommendations</Translate>
              </th>
              <th scope="col">
                <Translate id="theme.kb.indexes.rates.accepted">Accepted</Translate>
              </th>
              <th scope="col">
                <Translate id="theme.kb.indexes.rates.acceptanceRate">Acceptance rate</Translate>
              </th>
              <th scope="col">
                <Translate id="theme.kb.indexes.rates.implemented">Implemented</Translate>
              </th>
              <th scope="col">
                <Translate id="theme.kb.indexes.rates.implementationRate">
                  Implementation rate
                </Translate>
              </th>
              <th scope="col">
                <Translate id="theme.kb.indexes.rates.actions">Key actions</Translate>
              </th>
              <th scope="col">
                <Translate id="theme.kb.indexes.rates.overdue">Overdue actions</Translate>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.type}:${row.permalink ?? row.label}`} data-kb-rates-row={row.label}>
                <th scope="row">
                  {row.permalink ? (
                    <Link to={row.permalink}>{row.label}</Link>
                  ) : kind === 'type' && row.label ? (
                    labels.pageType(row.label)
                  ) : (
                    row.label || '—'
                  )}
                </th>
                <td className="kb-num">{row.recommendations}</td>
                <td className="kb-num">{row.accepted}</td>
                <td className="kb-num" data-rate="acceptance">
                  {percent(row.acceptanceRate, intl)}
                </td>
                <td className="kb-num">{row.implemented}</td>
                <td className="kb-num" data-rate="implementation">
                  {percent(row.implementationRate, intl)}
                </td>
                <td className="kb-num">{row.actions}</td>
                <td className="kb-num" data-overdue-actions={row.overdueActions}>
                  {row.overdueActions}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
