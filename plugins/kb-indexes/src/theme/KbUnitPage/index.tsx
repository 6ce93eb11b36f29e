import React, {useEffect, useRef, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import KbStatusBreakdown from '@theme/KbStatusBreakdown';
import useKbIntl from '@theme/useKbIntl';
import useKbToday from '@theme/useKbToday';
import type {Props} from '@theme/KbUnitPage';
import Changes from './Changes.js';
import ItemsTable, {isOverdue} from './ItemsTable.js';
import PagesTable from './PagesTable.js';
import {keyActionCount} from '../keyActionCount.js';

import styles from './styles.module.css';

type Data = Props['data'];

function Registry({data}: {data: Data}): ReactNode {
  const {unit, children} = data;
  return (
    <dl className={`kb-meta ${styles.meta}`}>
      <dt>
        <Translate id="theme.kb.indexes.unit.code">Code</Translate>
      </dt>
      <dd>
        <code translate="no">{unit.code}</code>
      </dd>
      <dt>
        <Translate id="theme.kb.indexes.units.parent">Part of</Translate>
      </dt>
      <dd>{unit.parent ? <Link to={unit.parent.href}>{unit.parent.name}</Link> : '—'}</dd>
      <dt>
        <Translate id="theme.kb.indexes.unit.children">Units under it</Translate>
      </dt>
      <dd>
        {children.length === 0
          ? '—'
          : children.map((child, index) => (
              <React.Fragment key={child.code}>
                {index > 0 && ', '}
                <Link to={child.href}>{child.name}</Link>
              </React.Fragment>
            ))}
      </dd>
      <dt>
        <Translate id="theme.kb.indexes.units.focalPoint">Focal point</Translate>
      </dt>
      <dd>{unit.focalPoint ?? '—'}</dd>
    </dl>
  );
}

/** Folded closed items, unfolded for printing so the handover pack has them all. */
function ClosedItems({data, today}: {data: Data; today: string}): ReactNode {
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const unfold = () => details.current?.setAttribute('open', '');
    window.addEventListener('beforeprint', unfold);
    return () => window.removeEventListener('beforeprint', unfold);
  }, []);
  if (data.closedCount === 0) return null;
  const summary = translate(
    {id: 'theme.kb.indexes.unit.closed', message: 'Closed items and key actions ({count})'},
    {count: data.closedCount},
  );
  return (
    <details ref={details} className={styles.closed}>
      <summary>{summary}</summary>
      <ItemsTable
        items={data.closed}
        statuses={data.statuses}
        today={today}
        caption={summary}
        captionHidden
      />
      {data.closedCount > data.closed.length && (
        <p>
          <Link to={data.closedHref}>
            <Translate id="theme.kb.indexes.unit.allInDashboard">
              Every item of the unit in the status dashboard
            </Translate>
          </Link>
        </p>
      )}
    </details>
  );
}

/** "5 open · 2 overdue · 12 items · 4 key actions · 3 pages", each with the locale's plural form. */
function UnitCounts({data, overdue}: {data: Data; overdue: number}): ReactNode {
  const intl = useKbIntl();
  const {unit} = data;
  const description = 'A count on a unit page; plural forms separated by |';
  return [
    intl.plural(
      translate({
        id: 'theme.kb.indexes.unit.count.open',
        message: '{count} open|{count} open',
        description,
      }),
      data.open.length,
    ),
    intl.plural(
      translate({
        id: 'theme.kb.indexes.unit.count.overdue',
        message: '{count} overdue|{count} overdue',
        description,
      }),
      overdue,
    ),
    intl.plural(
      translate({
        id: 'theme.kb.indexes.count.items',
        message: '{count} item|{count} items',
        description: 'A count of status items; plural forms separated by |',
      }),
      unit.itemCount,
    ),
    keyActionCount(intl, unit.actionCount),
    intl.plural(
      translate({
        id: 'theme.kb.indexes.count.pages',
        message: '{count} page|{count} pages',
        description: 'A count of pages; plural forms separated by |',
      }),
      unit.pageCount,
    ),
  ].join(' · ');
}

function Toolbar({data}: {data: Data}): ReactNode {
  return (
    <div className={`kb-toolbar ${styles.toolbar}`}>
      <Link to={data.unitsPath}>
        <Translate id="theme.kb.indexes.unit.allUnits">All units</Translate>
      </Link>
      <span>
        <Translate
          id="theme.kb.indexes.unit.handoverHint"
          values={{command: <code translate="no">kb handover {data.unit.code}</code>}}>
          {'Draft a handover note with {command}'}
        </Translate>
      </span>
      <button type="button" className="button button--primary" onClick={() => window.print()}>
        <Translate id="theme.kb.indexes.unit.print">Print handover pack</Translate>
      </button>
    </div>
  );
}

/** One unit: what it is responsible for (open first, overdue first), its pages, recent changes, place in the registry. */
export default function KbUnitPage({data}: Props): ReactNode {
  const today = useKbToday(data.builtOn);
  const {unit} = data;
  const overdue = data.open.filter((item) => isOverdue(item, today)).length;
  const open = [...data.open].sort(
    (a, b) => Number(isOverdue(b, today)) - Number(isOverdue(a, today)),
  );
  return (
    <Layout title={unit.name} description={`${unit.name} (${unit.code})`}>
      <main className={`container margin-vert--lg ${styles.unit}`} data-kb-unit={unit.code}>
        <Toolbar data={data} />
        <Heading as="h1">{unit.name}</Heading>
        <Registry data={data} />
        <p className={`kb-summary ${styles.summary}`}>
          <UnitCounts data={data} overdue={overdue} />
        </p>
        <KbStatusBreakdown counts={unit.statuses} />
        <section>
          <Heading as="h2" id="open">
            <Translate id="theme.kb.indexes.unit.openHeading">Open items and key actions</Translate>
          </Heading>
          {open.length === 0 ? (
            <p>
              <Translate id="theme.kb.indexes.unit.noOpen">Nothing open.</Translate>
            </p>
          ) : (
            <ItemsTable
              items={open}
              statuses={data.statuses}
              today={today}
              caption={translate({
                id: 'theme.kb.indexes.unit.openCaption',
                message: 'Open, overdue first, then by due date',
              })}
            />
          )}
          <ClosedItems data={data} today={today} />
        </section>
        <section>
          <Heading as="h2" id="pages">
            <Translate id="theme.kb.indexes.unit.pagesHeading">Pages it owns or reviews</Translate>
          </Heading>
          <PagesTable pages={data.pages} labelledBy="pages" />
        </section>
        <section>
          <Heading as="h2" id="changes">
            <Translate id="theme.kb.indexes.unit.changesHeading">Recent status changes</Translate>
          </Heading>
          <Changes changes={data.changes} />
        </section>
      </main>
    </Layout>
  );
}
