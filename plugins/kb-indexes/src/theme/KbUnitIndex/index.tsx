import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import KbStatusBreakdown from '@theme/KbStatusBreakdown';
import KbTable, {NumCell} from '@theme/KbTable';
import type {Props} from '@theme/KbUnitIndex';

import styles from './styles.module.css';

type Unit = Props['data']['units'][number];

function Column({children}: {children: ReactNode}): ReactNode {
  return <th scope="col">{children}</th>;
}

/** A count in the design system's number cell; `emphasis` makes a count above zero bold (overdue). */
function CountCell({count, emphasis = false}: {count: number; emphasis?: boolean}): ReactNode {
  return <NumCell>{emphasis && count > 0 ? <strong>{count}</strong> : count}</NumCell>;
}

function UnitRow({unit}: {unit: Unit}): ReactNode {
  return (
    <tr>
      <th scope="row">
        <Link to={unit.href}>{unit.name}</Link>{' '}
        <code translate="no" className={styles.code}>
          {unit.code}
        </code>
      </th>
      <td>{unit.parent ? <Link to={unit.parent.href}>{unit.parent.code}</Link> : '—'}</td>
      <td>{unit.focalPoint ?? '—'}</td>
      <CountCell count={unit.openCount} />
      <CountCell count={unit.overdueCount} emphasis />
      <CountCell count={unit.itemCount} />
      <CountCell count={unit.actionCount} />
      <CountCell count={unit.pageCount} />
      <td>
        <KbStatusBreakdown counts={unit.statuses} />
      </td>
    </tr>
  );
}

/** Every unit of `units.yml`, with what it is responsible for: open, overdue, items, key actions, pages. */
export default function KbUnitIndex({data}: Props): ReactNode {
  const title = translate({id: 'theme.kb.indexes.units.title', message: 'Units'});
  return (
    <Layout title={title}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate id="theme.kb.indexes.units.intro">
            Each unit of the registry with the status items and key actions it is responsible for
            and the pages it owns or reviews. A unit's page is its handover pack.
          </Translate>
        </p>
        {data.units.length === 0 ? (
          <p>
            <Translate id="theme.kb.indexes.units.none">
              The site has no units registry (units.yml).
            </Translate>
          </p>
        ) : (
          <KbTable
            caption={translate(
              {
                id: 'theme.kb.indexes.units.caption',
                message: 'Units and what they are responsible for, on {date}',
              },
              {date: data.builtOn},
            )}>
            <thead>
              <tr>
                <Column>
                  <Translate id="theme.kb.indexes.units.unit">Unit</Translate>
                </Column>
                <Column>
                  <Translate id="theme.kb.indexes.units.parent">Part of</Translate>
                </Column>
                <Column>
                  <Translate id="theme.kb.indexes.units.focalPoint">Focal point</Translate>
                </Column>
                <Column>
                  <Translate id="theme.kb.indexes.units.open">Open</Translate>
                </Column>
                <Column>
                  <Translate id="theme.kb.indexes.units.overdue">Overdue</Translate>
                </Column>
                <Column>
                  <Translate id="theme.kb.indexes.units.items">Items</Translate>
                </Column>
                <Column>
                  <Translate id="theme.kb.indexes.units.actions">Key actions</Translate>
                </Column>
                <Column>
                  <Translate id="theme.kb.indexes.pages">Pages</Translate>
                </Column>
                <Column>
                  <Translate id="theme.kb.indexes.units.statuses">By status</Translate>
                </Column>
              </tr>
            </thead>
            <tbody>
              {data.units.map((unit) => (
                <UnitRow key={unit.code} unit={unit} />
              ))}
            </tbody>
          </KbTable>
        )}
      </main>
    </Layout>
  );
}
