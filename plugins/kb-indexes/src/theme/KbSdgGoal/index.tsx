import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import KbVersionSwitch from '@theme/KbVersionSwitch';
import Layout from '@theme/Layout';
import KbKeyActions from '@theme/KbKeyActions';
import KbPageList from '@theme/KbPageList';
import KbStatusBreakdown from '@theme/KbStatusBreakdown';
import type {Props} from '@theme/KbSdgGoal';
import Targets from './Targets.js';

import styles from './styles.module.css';

/** One goal: its targets with official text, items grouped by target, pages and nexus areas. */
export default function KbSdgGoal({data, versions}: Props): ReactNode {
  const {goal} = data;
  const title = translate(
    {id: 'theme.kb.indexes.goal.title', message: 'Goal {goal}: {short}'},
    {goal: goal.goal, short: goal.short},
  );
  return (
    <Layout title={title} description={goal.title}>
      <main className="container margin-vert--lg">
        <header
          className={styles.banner}
          style={{backgroundColor: goal.color, color: goal.textColor}}>
          <Heading as="h1">{title}</Heading>
          <KbVersionSwitch versions={versions} />
          <p>{goal.title}</p>
        </header>
        <KbStatusBreakdown counts={goal.statuses} />
        <Targets data={data} />
        <Heading as="h2">
          <Translate id="theme.kb.indexes.pages">Pages</Translate>
        </Heading>
        <KbPageList pages={data.pages} />
        <Heading as="h2">
          <Translate id="theme.kb.indexes.goal.nexus">Nexus areas reaching this goal</Translate>
        </Heading>
        {data.nexus.length > 0 ? (
          <ul>
            {data.nexus.map((area) => (
              <li key={area.slug}>
                <Link to={area.href}>{area.title}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>
            <Translate id="theme.kb.indexes.goal.noNexus">None.</Translate>
          </p>
        )}
        <KbKeyActions
          actions={data.actions}
          count={goal.actionCount}
          counts={goal.actionStatuses}
          href={data.actionsHref}
          statuses={data.statuses}
        />
      </main>
    </Layout>
  );
}
