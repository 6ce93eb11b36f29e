import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useKbIntl from '@theme/useKbIntl';
import Heading from '@theme/Heading';
import KbVersionSwitch from '@theme/KbVersionSwitch';
import Layout from '@theme/Layout';
import KbItemList from '@theme/KbItemList';
import KbKeyActions from '@theme/KbKeyActions';
import KbPageList from '@theme/KbPageList';
import KbStatusBreakdown from '@theme/KbStatusBreakdown';
import type {Props} from '@theme/KbNexusArea';

import styles from './styles.module.css';

/** One nexus area: description, focal point, status breakdown, SDGs reached, items and pages. */
export default function KbNexusArea({data, versions}: Props): ReactNode {
  const {area} = data;
  const intl = useKbIntl();
  return (
    <Layout title={area.title} description={area.description}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{area.title}</Heading>
        <KbVersionSwitch versions={versions} />
        <p>{area.description}</p>
        {area.focalPoint ? (
          <p>
            <Translate id="theme.kb.indexes.nexus.focalPoint" values={{name: area.focalPoint}}>
              {'Focal point: {name}'}
            </Translate>
          </p>
        ) : null}
        <KbStatusBreakdown counts={area.statuses} />
        <Heading as="h2">
          <Translate id="theme.kb.indexes.nexus.goals">SDGs reached</Translate>
        </Heading>
        <ul className={styles.goals}>
          {data.goals.map((goal) => (
            <li key={goal.goal}>
              <Link
                to={goal.href}
                className={styles.goal}
                style={{backgroundColor: goal.color, color: goal.textColor}}>
                {goal.goal}. {goal.short}
              </Link>
            </li>
          ))}
        </ul>
        <Heading as="h2">
          <Translate id="theme.kb.indexes.items">Items</Translate>
        </Heading>
        <KbItemList items={data.items} statuses={data.statuses} />
        {area.itemCount > data.items.length ? (
          <p>
            <Link to={data.itemsHref}>
              {intl.plural(
                translate({
                  id: 'theme.kb.indexes.more',
                  message:
                    'The {count} item in the status dashboard|All {count} items in the status dashboard',
                  description:
                    'Link to the dashboard when a page lists only the first items; plural forms separated by |',
                }),
                area.itemCount,
              )}
            </Link>
          </p>
        ) : null}
        <KbKeyActions
          actions={data.actions}
          count={area.actionCount}
          counts={area.actionStatuses}
          href={data.actionsHref}
          statuses={data.statuses}
        />
        <Heading as="h2">
          <Translate id="theme.kb.indexes.pages">Pages</Translate>
        </Heading>
        <KbPageList pages={data.pages} />
      </main>
    </Layout>
  );
}
