import React, {type CSSProperties, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import KbVersionSwitch from '@theme/KbVersionSwitch';
import useKbIntl from '@theme/useKbIntl';
import Layout from '@theme/Layout';
import type {Props} from '@theme/KbMatrix';

import styles from './styles.module.css';

/**
 * A cell's shade: a tint of the heat colour relative to the largest count, mixed with the page
 * background so that the number (in the base text colour) keeps AA contrast in both themes.
 */
function heatStyle(count: number, max: number): CSSProperties | undefined {
  if (count === 0 || max === 0) return undefined;
  const share = (0.25 + 0.75 * (count / max)).toFixed(2);
  return {'--kb-heat-share': share} as CSSProperties;
}

/** A count, or for none a muted dash that reads as "0" to a screen reader. */
function Cell({count, href}: {count: number; href: string}): ReactNode {
  const intl = useKbIntl();
  if (count > 0) return <Link to={href}>{intl.number(count)}</Link>;
  return (
    <>
      <span aria-hidden="true" className={styles.none}>
        ·
      </span>
      <span className="kb-visually-hidden">0</span>
    </>
  );
}

/** Nexus areas × 17 goals as a table heat map; non-empty cells link to the filtered dashboard. */
export default function KbMatrix({data, meta, versions}: Props): ReactNode {
  const {title, description} = meta;
  const intl = useKbIntl();
  const max = Math.max(0, ...data.rows.flatMap((row) => row.counts));
  return (
    <Layout title={title} description={description}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <KbVersionSwitch versions={versions} />
        {/* Outside the scrolling box, so that a phone shows it whole. */}
        <p id="kb-matrix-caption" className={styles.caption}>
          <Translate id="theme.kb.indexes.matrix.caption">
            Number of status items per nexus area (rows) and SDG (columns)
          </Translate>
        </p>
        <div
          className="kb-table-scroll"
          tabIndex={0}
          role="region"
          aria-labelledby="kb-matrix-caption">
          <table className={`kb-table ${styles.matrix}`} aria-labelledby="kb-matrix-caption">
            <thead>
              <tr>
                <th scope="col">
                  <Translate id="theme.kb.indexes.matrix.area">Nexus area</Translate>
                </th>
                {data.goals.map((goal) => (
                  <th key={goal.goal} scope="col" title={goal.short} className={styles.goal}>
                    <abbr title={goal.short}>{goal.goal}</abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.area.slug}>
                  <th scope="row" className={styles.area}>
                    <Link to={row.area.href}>{row.area.title}</Link>
                  </th>
                  {row.counts.map((count, index) => {
                    const goal = data.goals[index]!.goal;
                    const href = `${data.statusPath}?nexus=${row.area.slug}&sdg=${goal}`;
                    const actions = row.actionCounts[index] ?? 0;
                    return (
                      <td
                        key={goal}
                        className={count > 0 ? styles.heat : styles.empty}
                        style={heatStyle(count, max)}
                        data-count={count}>
                        <Cell count={count} href={href} />
                        {actions > 0 && (
                          <Link to={`${href}&items=actions`} className={styles.actions}>
                            {intl.plural(
                              translate({
                                id: 'theme.kb.indexes.matrix.actionCount',
                                message: '{count} action|{count} actions',
                                description:
                                  'Key actions in a cell of the matrix, under its item count; plural forms separated by |',
                              }),
                              actions,
                            )}
                          </Link>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {data.rows.some((row) => row.actionCounts.some((n) => n > 0)) && (
          <p>
            <Translate id="theme.kb.indexes.matrix.actionsNote">
              Key actions are counted apart from the items: under a cell's item count, the key
              actions tagged with the area and goal or whose recommendation is.
            </Translate>
          </p>
        )}
      </main>
    </Layout>
  );
}
