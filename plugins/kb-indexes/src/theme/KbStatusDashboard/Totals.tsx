import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';

import styles from './styles.module.css';

/** One bar: a label, a count and an optional colour. */
export interface Bar {
  key: string;
  label: string;
  count: number;
  color?: string;
}

const BAR_HEIGHT = 22;
const LABEL_WIDTH = 160;
const CHART_WIDTH = 520;

function BarChart({bars, title}: {bars: readonly Bar[]; title: string}): ReactNode {
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const height = bars.length * BAR_HEIGHT + 4;
  const scale = (CHART_WIDTH - LABEL_WIDTH - 40) / max;
  return (
    <svg
      role="img"
      width={CHART_WIDTH}
      height={height}
      viewBox={`0 0 ${CHART_WIDTH} ${height}`}
      className={styles.chart}
      aria-label={title}>
      <title>{title}</title>
      {bars.map((bar, index) => (
        <g key={bar.key} transform={`translate(0, ${index * BAR_HEIGHT})`}>
          <text x={LABEL_WIDTH - 6} y={15} textAnchor="end" className={styles.chartText}>
            {bar.label}
          </text>
          <rect
            x={LABEL_WIDTH}
            y={3}
            height={BAR_HEIGHT - 6}
            width={bar.count * scale}
            fill={bar.color ?? 'var(--ifm-color-primary)'}
          />
          <text x={LABEL_WIDTH + bar.count * scale + 4} y={15} className={styles.chartText}>
            {bar.count}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** Totals as a bar chart and, for every reader, as a table with the same numbers. */
export default function Totals(props: {
  name: string;
  bars: readonly Bar[];
  caption: string;
  column: string;
}): ReactNode {
  const {name, bars, caption, column} = props;
  const chartTitle = translate(
    {id: 'theme.kb.indexes.status.chartTitle', message: 'Bar chart: {caption}'},
    {caption},
  );
  return (
    <figure className={styles.totals}>
      <BarChart bars={bars} title={chartTitle} />
      <table className={styles.totalsTable} data-totals={name}>
        <caption>{caption}</caption>
        <thead>
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
              <th scope="row">{bar.label}</th>
              <td>{bar.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
