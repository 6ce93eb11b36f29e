import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useKbIntl from '@theme/useKbIntl';
import Heading from '@theme/Heading';
import KbVersionSwitch from '@theme/KbVersionSwitch';
import Layout from '@theme/Layout';
import KbStatusBreakdown from '@theme/KbStatusBreakdown';
import type {Props} from '@theme/KbSdgIndex';

import {keyActionCount} from '../keyActionCount.js';
import {pageItemCounts} from '../pageItemCounts.js';
import styles from './styles.module.css';

/** The 17 goals as cards in their official colours, with page and item counts. */
export default function KbSdgIndex({data, meta, versions}: Props): ReactNode {
  const intl = useKbIntl();
  const {title, description} = meta;
  return (
    <Layout title={title} description={description}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <KbVersionSwitch versions={versions} />
        <ul className={styles.grid}>
          {data.goals.map((goal) => (
            <li key={goal.goal} className={styles.card}>
              <Link
                to={goal.href}
                className={styles.header}
                style={{backgroundColor: goal.color, color: goal.textColor}}>
                <span className={styles.number}>{goal.goal}</span> {goal.short}
              </Link>
              <p className={styles.counts}>
                {pageItemCounts(intl, goal.pageCount, goal.itemCount)}
              </p>
              {goal.actionCount > 0 && (
                <p className={styles.counts}>{keyActionCount(intl, goal.actionCount)}</p>
              )}
              <KbStatusBreakdown counts={goal.statuses} />
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
