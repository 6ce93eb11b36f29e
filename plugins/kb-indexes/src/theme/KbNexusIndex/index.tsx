import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useKbIntl from '@theme/useKbIntl';
import Heading from '@theme/Heading';
import KbVersionSwitch from '@theme/KbVersionSwitch';
import Layout from '@theme/Layout';
import KbStatusBreakdown from '@theme/KbStatusBreakdown';
import type {Props} from '@theme/KbNexusIndex';

import {keyActionCount} from '../keyActionCount.js';
import {pageItemCounts} from '../pageItemCounts.js';
import styles from './styles.module.css';

/** Every nexus area with its description and counts, and a link to the matrix. */
export default function KbNexusIndex({data, meta, versions}: Props): ReactNode {
  const intl = useKbIntl();
  const {title, description} = meta;
  return (
    <Layout title={title} description={description}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <KbVersionSwitch versions={versions} />
        <p>
          <Link to={data.matrixPath}>
            <Translate id="theme.kb.indexes.nexus.matrixLink">Nexus × SDG matrix</Translate>
          </Link>
        </p>
        <ul className={styles.areas}>
          {data.areas.map((area) => (
            <li key={area.slug} className={styles.area}>
              <Heading as="h2">
                <Link to={area.href}>{area.title}</Link>
              </Heading>
              <p>{area.description}</p>
              <p>{pageItemCounts(intl, area.pageCount, area.itemCount)}</p>
              {area.actionCount > 0 && <p>{keyActionCount(intl, area.actionCount)}</p>}
              <KbStatusBreakdown counts={area.statuses} />
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
