import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import KbStatusBreakdown from '@theme/KbStatusBreakdown';
import type {Props} from '@theme/KbSdgIndex';

import styles from './styles.module.css';

/** The 17 goals as cards in their official colours, with page and item counts. */
export default function KbSdgIndex({data}: Props): ReactNode {
  const title = translate({
    id: 'theme.kb.indexes.sdg.title',
    message: 'Sustainable Development Goals',
  });
  return (
    <Layout title={title}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
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
                <Translate
                  id="theme.kb.indexes.sdg.counts"
                  values={{pages: goal.pageCount, items: goal.itemCount}}>
                  {'{pages} pages · {items} items'}
                </Translate>
              </p>
              <KbStatusBreakdown counts={goal.statuses} />
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
