import React, {useEffect, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import useKbIntl from '@theme/useKbIntl';
import KbItemList from '@theme/KbItemList';
import type {GoalPageData} from '@kmportal/kb-indexes';

import styles from './styles.module.css';

type Target = GoalPageData['targets'][number];

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

/** Whether the address names a target that has no item (a link to its anchor must show it). */
function useHashNamesEmpty(empty: readonly Target[]): boolean {
  const [named, setNamed] = useState(false);
  useEffect(() => {
    const check = () => {
      const hash = decodeURIComponent(window.location.hash.slice(1));
      setNamed(empty.some((target) => `target-${target.code}` === hash));
    };
    check();
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, [empty]);
  return named;
}

function TargetSection({target, data}: {target: Target; data: GoalPageData}): ReactNode {
  return (
    <section className={styles.target} data-kb-target={target.code} data-count={target.count}>
      <Heading as="h3" id={`target-${target.code}`} className={styles.targetHeading}>
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
    </section>
  );
}

/**
 * The goal's items: the goal-level ones first, then each target that has items; the targets
 * without items are behind a "show all targets" toggle (opened by a link to one of them).
 */
export default function Targets({data}: {data: GoalPageData}): ReactNode {
  const empty = data.targets.filter((target) => target.count === 0);
  const [toggled, setToggled] = useState(false);
  const named = useHashNamesEmpty(empty);
  const all = toggled || named;
  useEffect(() => {
    if (named)
      document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView();
  }, [named]);
  const shown = all ? data.targets : data.targets.filter((target) => target.count > 0);
  return (
    <section aria-labelledby="kb-goal-items">
      <Heading as="h2" id="kb-goal-items">
        <Translate id="theme.kb.indexes.goal.items">Items by target</Translate>
      </Heading>
      {data.goalLevelCount > 0 ? (
        <section className={styles.target} data-kb-target="goal">
          <Heading as="h3" className={styles.targetHeading}>
            <Translate id="theme.kb.indexes.goal.goalLevel">Goal level</Translate>
          </Heading>
          <KbItemList items={data.goalLevel} statuses={data.statuses} />
          <More
            shown={data.goalLevel.length}
            count={data.goalLevelCount}
            href={data.goalLevelHref}
          />
        </section>
      ) : null}
      {shown.map((target) => (
        <TargetSection key={target.code} target={target} data={data} />
      ))}
      {empty.length > 0 ? (
        <button
          type="button"
          className={`button button--outline button--primary ${styles.toggle}`}
          aria-pressed={all}
          data-kb-all-targets=""
          onClick={() => setToggled(!all)}>
          {all
            ? translate({
                id: 'theme.kb.indexes.goal.hideEmpty',
                message: 'Hide targets without items',
              })
            : translate(
                {
                  id: 'theme.kb.indexes.goal.showAll',
                  message: 'Show all targets ({count} without items)',
                },
                {count: empty.length},
              )}
        </button>
      ) : null}
    </section>
  );
}
