import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useKbIntl from '@theme/useKbIntl';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import KbItemList from '@theme/KbItemList';
import KbKeyActions from '@theme/KbKeyActions';
import KbPageList from '@theme/KbPageList';
import KbStatusBreakdown from '@theme/KbStatusBreakdown';
import type {Props} from '@theme/KbSdgGoal';

import styles from './styles.module.css';

type Data = Props['data'];

/** A link to every item of a group in the dashboard, when the page lists only the first ones. */
function More(props: {shown: number; count: number; href: string}): ReactNode {
  const intl = useKbIntl();
  if (props.count <= props.shown) return null;
  return (
    <p>
      <Link to={props.href}>
        {intl.plural(
          translate({
            id: 'theme.kb.indexes.more',
            message:
              'The {count} item in the status dashboard|All {count} items in the status dashboard',
            description:
              'Link to the dashboard when a page lists only the first items; plural forms separated by |',
          }),
          props.count,
        )}
      </Link>
    </p>
  );
}

function Targets({data}: {data: Data}): ReactNode {
  return (
    <section>
      <Heading as="h2">
        <Translate id="theme.kb.indexes.goal.items">Items by target</Translate>
      </Heading>
      <Heading as="h3">
        <Translate id="theme.kb.indexes.goal.goalLevel">Goal level</Translate>
      </Heading>
      <KbItemList items={data.goalLevel} statuses={data.statuses} />
      <More shown={data.goalLevel.length} count={data.goalLevelCount} href={data.goalLevelHref} />
      {data.targets.map((target) => (
        <div key={target.code} className={styles.target}>
          <Heading as="h3" id={`target-${target.code}`}>
            {translate(
              {id: 'theme.kb.indexes.goal.target', message: 'Target {code}'},
              {code: target.code},
            )}
          </Heading>
          <p className={styles.targetText}>{target.title}</p>
          {target.items.length > 0 ? (
            <KbItemList items={target.items} statuses={data.statuses} />
          ) : null}
          <More shown={target.items.length} count={target.count} href={target.moreHref} />
        </div>
      ))}
    </section>
  );
}

/** One goal: its targets with official text, items grouped by target, pages and nexus areas. */
export default function KbSdgGoal({data}: Props): ReactNode {
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
          <p>{goal.title}</p>
        </header>
        <KbStatusBreakdown counts={goal.statuses} />
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
        <Targets data={data} />
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
