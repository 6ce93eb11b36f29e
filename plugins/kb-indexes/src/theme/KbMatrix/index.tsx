import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import useKbIntl from '@theme/useKbIntl';
import Layout from '@theme/Layout';
import type {Props} from '@theme/KbMatrix';

import styles from './styles.module.css';

/** Shading of a cell relative to the largest count (an enhancement: the number is the content). */
function shade(count: number, max: number): string {
  if (count === 0 || max === 0) return 'transparent';
  const alpha = 0.15 + 0.45 * (count / max);
  return `rgba(46, 133, 85, ${alpha.toFixed(2)})`;
}

/** Nexus areas × 17 goals as a table heat map; non-empty cells link to the filtered dashboard. */
export default function KbMatrix({data, meta}: Props): ReactNode {
  const {title, description} = meta;
  const intl = useKbIntl();
  const max = Math.max(0, ...data.rows.flatMap((row) => row.counts));
  return (
    <Layout title={title} description={description}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <div className={styles.scroll}>
          <table className={styles.matrix}>
            <caption>
              <Translate id="theme.kb.indexes.matrix.caption">
                Number of status items per nexus area (rows) and SDG (columns)
              </Translate>
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <Translate id="theme.kb.indexes.matrix.area">Nexus area</Translate>
                </th>
                {data.goals.map((goal) => (
                  <th key={goal.goal} scope="col" title={goal.short}>
                    <abbr title={goal.short}>{goal.goal}</abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.area.slug}>
                  <th scope="row">
                    <Link to={row.area.href}>{row.area.title}</Link>
                  </th>
                  {row.counts.map((count, index) => {
                    const goal = data.goals[index]!.goal;
                    const href = `${data.statusPath}?nexus=${row.area.slug}&sdg=${goal}`;
                    const actions = row.actionCounts[index] ?? 0;
                    return (
                      <td key={goal} style={{backgroundColor: shade(count, max)}}>
                        {count > 0 ? <Link to={href}>{count}</Link> : count}
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
