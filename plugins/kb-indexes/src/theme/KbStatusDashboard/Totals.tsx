import React, {type CSSProperties, type ReactNode} from 'react';
import Heading from '@theme/Heading';
import {translate} from '@docusaurus/Translate';
import UnitLink from '@theme/UnitLink';
import useKbIntl from '@theme/useKbIntl';

import styles from './styles.module.css';

/** One bar: a label, a count and an optional CSS colour. */
export interface Bar {
  key: string;
  label: string;
  count: number;
  color?: string;
  /** The unit a bar counts the items of: its label links to the unit's page. */
  unit?: string;
}

/** The bar's length as a share of the longest, so the longest bar fills its track. */
function barStyle(bar: Bar, max: number): CSSProperties {
  return {
    inlineSize: `${((100 * bar.count) / Math.max(1, max)).toFixed(1)}%`,
    backgroundColor: bar.color ?? 'var(--ifm-color-primary)',
  } as CSSProperties;
}

/**
 * Totals as a bar chart drawn in a table: the labels are text that wraps (never clipped), the counts
 * are numbers in their cells, and a screen reader reads the same table. The heading comes first.
 */
export default function Totals(props: {
  name: string;
  bars: readonly Bar[];
  caption: string;
  column: string;
}): ReactNode {
  const {name, bars, caption, column} = props;
  const intl = useKbIntl();
  const headingId = `kb-totals-${name}`;
  const max = Math.max(0, ...bars.map((bar) => bar.count));
  return (
    <section className={styles.totals} aria-labelledby={headingId}>
      <Heading as="h3" id={headingId} className={styles.totalsHeading}>
        {caption}
      </Heading>
      <table className={`kb-table ${styles.chart}`} data-totals={name} aria-labelledby={headingId}>
        <thead className="kb-visually-hidden">
          <tr>
            <th scope="col">{column}</th>
            <th scope="col">
              {translate({id: 'theme.kb.indexes.status.totalsItems', message: 'Items'})}
            </th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.key} data-total={bar.key}>
              <th scope="row" className={styles.chartLabel}>
                {bar.unit ? <UnitLink code={bar.unit}>{bar.label}</UnitLink> : bar.label}
              </th>
              <td className={styles.chartValue}>
                <span className={styles.chartTrack} aria-hidden="true">
                  <span className={styles.chartBar} style={barStyle(bar, max)} />
                </span>
                <span className={styles.chartCount}>{intl.number(bar.count)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
