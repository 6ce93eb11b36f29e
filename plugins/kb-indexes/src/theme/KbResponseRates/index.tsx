import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useKbIntl, {type KbIntl} from '@theme/useKbIntl';
import useKbLabels from '@theme/useKbLabels';
import KbTable, {NumCell} from '@theme/KbTable';
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
  if (rows.length === 0) return null;
  return (
    <KbTable
      caption={caption}
      blockClassName={styles.block}
      className={styles.rates}
      data-kb-rates={kind}>
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
            <NumCell>{row.recommendations}</NumCell>
            <NumCell>{row.accepted}</NumCell>
            <NumCell data-rate="acceptance">{percent(row.acceptanceRate, intl)}</NumCell>
            <NumCell>{row.implemented}</NumCell>
            <NumCell data-rate="implementation">{percent(row.implementationRate, intl)}</NumCell>
            <NumCell>{row.actions}</NumCell>
            <NumCell data-overdue-actions={row.overdueActions}>{row.overdueActions}</NumCell>
          </tr>
        ))}
      </tbody>
    </KbTable>
  );
}
