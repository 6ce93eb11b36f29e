import React, {useEffect, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useKbIntl from '@theme/useKbIntl';
import useKbLabels from '@theme/useKbLabels';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import DueDate from '@theme/DueDate';
import UnitLink from '@theme/UnitLink';
import LongDate from '@theme/LongDate';
import StatusBadge from '@theme/StatusBadge';
import UntranslatedMark from '@theme/UntranslatedMark';
import KbResponseRates from '@theme/KbResponseRates';
import KbTable from '@theme/KbTable';
import type {Props} from '@theme/KbStatusReport';
import type {ReportData, ReportItem, UnitRef} from '@kmportal/kb-indexes';
import {daysOverdue, isOverdue, statusMark} from './marks.js';
import {pageRule} from './pageRule.js';
import Toolbar, {footerText, useOrientation} from './Toolbar.js';

import styles from './styles.module.css';

type Vocabulary = ReportData['statuses'];

/** Today in the browser after hydration; the build day in static HTML. */
function useToday(builtOn: string): string {
  const [today, setToday] = useState(builtOn);
  useEffect(() => setToday(new Date().toISOString().slice(0, 10)), []);
  return today;
}

function statusOf(statuses: Vocabulary, value: string) {
  return (
    statuses.find((s) => s.value === value) ?? {value, label: value, color: 'gray', closed: false}
  );
}

/** A status as a black-and-white mark, its badge (label and colour) and, if so, "overdue". */
function StatusCell({status, overdue}: {status: Vocabulary[number]; overdue: number | undefined}) {
  const intl = useKbIntl();
  return (
    <>
      {/* The mark and the badge stay on one line. */}
      <span className={styles.statusLine}>
        <span className={styles.mark} aria-hidden="true">
          {statusMark(status.value, status.closed)}
        </span>
        <StatusBadge status={status} />
      </span>
      {overdue !== undefined && (
        <strong className={styles.overdue}>
          {intl.plural(
            translate({
              id: 'theme.kb.indexes.report.overdueMark',
              message: 'Overdue by {count} day|Overdue by {count} days',
              description:
                'Beside the status of an open item past its due date; plural forms separated by |',
            }),
            overdue,
          )}
        </strong>
      )}
    </>
  );
}

/** Responsible units, each linking to its unit page. */
function Units({owners}: {owners: readonly UnitRef[]}): ReactNode {
  if (owners.length === 0) return '–';
  return owners.map(({code, name}, index) => (
    <React.Fragment key={code}>
      {index > 0 && ', '}
      <UnitLink code={code} name={name}>
        {name === code ? code : `${name} (${code})`}
      </UnitLink>
    </React.Fragment>
  ));
}

/**
 * An internal link. On paper the document's link prints its full address once, in the title block;
 * an item's link is its id, the short reference to `<document address>#<id>`.
 */
function PrintLink(props: {to: string; siteUrl: string; full?: boolean; children: ReactNode}) {
  const address = `${props.siteUrl}${props.to}`;
  return (
    <Link
      to={props.to}
      data-print-url={props.full ? address : undefined}
      data-print-ref={props.full ? undefined : address}>
      {props.children}
    </Link>
  );
}

function Progress({item, data}: {item: ReportItem; data: ReportData}) {
  const {statuses} = data;
  const labels = useKbLabels();
  return (
    <>
      {item.response && (
        <p className={styles.response}>
          <strong>
            <Translate id="theme.kb.indexes.report.response">Management response:</Translate>
          </strong>{' '}
          {labels.response(item.response.value, item.response.label)}
        </p>
      )}
      {item.responseNote && (
        <p className={styles.response}>
          <strong>
            <Translate id="theme.kb.indexes.report.justification">Justification:</Translate>
          </strong>{' '}
          {item.responseNote}
        </p>
      )}
      {item.note && <p className={styles.note}>{item.note}</p>}
      {item.evidence.length > 0 && (
        <p className={styles.note}>
          <strong>
            <Translate id="theme.kb.indexes.report.evidence">Evidence:</Translate>
          </strong>{' '}
          {item.evidence.join(', ')}
        </p>
      )}
      {item.body.map((line, index) => (
        <p key={index} className={styles.note}>
          {line}
        </p>
      ))}
      {item.asOf && item.asOf !== data.page.asOf && (
        <p className={styles.note}>
          <Translate id="theme.kb.indexes.report.itemAsOf">Progress as at</Translate>{' '}
          <LongDate date={item.asOf} />
        </p>
      )}
      {item.history.length > 0 && (
        <div className={styles.history}>
          <strong>
            <Translate id="theme.kb.indexes.report.history">Status history</Translate>
          </strong>
          <ol>
            {item.history.map((entry) => (
              <li key={`${entry.commit}-${entry.to}`}>
                <LongDate date={entry.date} />
                {': '}
                {entry.fromLabel
                  ? `${statusMark(entry.from ?? '', statusOf(statuses, entry.from ?? '').closed)} ${labels.status(entry.from ?? '', entry.fromLabel)} → `
                  : ''}
                {`${statusMark(entry.to, statusOf(statuses, entry.to).closed)} ${labels.status(entry.to, entry.toLabel)}`}
                {' · '}
                {entry.author}
              </li>
            ))}
          </ol>
        </div>
      )}
    </>
  );
}

function GroupTable({
  items,
  labelledBy,
  data,
  today,
}: {
  items: readonly ReportItem[];
  labelledBy: string;
  data: ReportData;
  today: string;
}) {
  const closed = (value: string) => statusOf(data.statuses, value).closed;
  return (
    <KbTable labelledBy={labelledBy} blockClassName={styles.tableBlock} className={styles.table}>
      <colgroup>
        <col className={styles.colItem} />
        <col className={styles.colUnit} />
        <col className={styles.colDue} />
        <col className={styles.colStatus} />
        <col className={styles.colProgress} />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">
            <Translate id="theme.kb.indexes.report.column.item">Item</Translate>
          </th>
          <th scope="col">
            <Translate id="theme.kb.indexes.report.column.responsible">Responsible</Translate>
          </th>
          <th scope="col">
            <Translate id="theme.kb.indexes.report.column.due">Due</Translate>
          </th>
          <th scope="col">
            <Translate id="theme.kb.indexes.report.column.status">Status</Translate>
          </th>
          <th scope="col">
            <Translate id="theme.kb.indexes.report.column.progress">Progress</Translate>
          </th>
        </tr>
      </thead>
      <tbody>
        {items
          .flatMap((item) => [item, ...item.actions])
          .map((item) => (
            <tr
              key={item.id}
              data-item-id={item.id}
              data-status={item.status}
              data-parent={item.parent ?? undefined}
              className={item.parent ? styles.actionRow : undefined}>
              <th scope="row">
                {item.parent && (
                  <span className={styles.actionMark}>
                    <Translate
                      id="theme.kb.indexes.report.keyAction"
                      description="Label before a key action in the report, under its recommendation">
                      Key action
                    </Translate>{' '}
                  </span>
                )}
                <PrintLink to={item.url} siteUrl={data.siteUrl}>
                  <code translate="no">{item.id}</code>
                </PrintLink>
                <span className={styles.itemTitle} lang={item.untranslated}>
                  {item.title}
                </span>
                {item.untranslated && <UntranslatedMark locale={item.untranslated} />}
              </th>
              <td>
                <Units owners={item.owners} />
              </td>
              <td>{item.due ? <DueDate due={item.due} /> : '–'}</td>
              <td>
                <StatusCell
                  status={statusOf(data.statuses, item.status)}
                  overdue={daysOverdue(item, today, closed)}
                />
              </td>
              <td>
                <Progress item={item} data={data} />
              </td>
            </tr>
          ))}
      </tbody>
    </KbTable>
  );
}

function Metadata({data, today}: {data: ReportData; today: string}) {
  const {page} = data;
  return (
    <dl className={`kb-meta ${styles.meta}`}>
      <dt>
        <Translate id="theme.kb.indexes.report.page">Document</Translate>
      </dt>
      <dd>
        <PrintLink to={page.permalink} siteUrl={data.siteUrl} full>
          {page.title}
        </PrintLink>
      </dd>
      {page.symbol && (
        <>
          <dt>
            <Translate id="theme.kb.indexes.report.symbol">Symbol</Translate>
          </dt>
          <dd translate="no">{page.symbol}</dd>
        </>
      )}
      {page.source && (
        <>
          <dt>
            <Translate id="theme.kb.indexes.report.source">Source</Translate>
          </dt>
          <dd>{page.source}</dd>
        </>
      )}
      {page.owners.length > 0 && (
        <>
          <dt>
            <Translate id="theme.kb.indexes.report.owner">Owner</Translate>
          </dt>
          <dd>
            <Units owners={page.owners} />
          </dd>
        </>
      )}
      {page.asOf && (
        <>
          <dt>
            <Translate id="theme.kb.indexes.report.asOf">Progress reported as at</Translate>
          </dt>
          <dd>
            <LongDate date={page.asOf} />
          </dd>
        </>
      )}
      <dt>
        <Translate id="theme.kb.indexes.report.builtOn">Data as of the build on</Translate>
      </dt>
      <dd data-kb-built-on="">
        <LongDate date={data.builtOn} />
      </dd>
      <dt>
        <Translate id="theme.kb.indexes.report.today">Report as at</Translate>
      </dt>
      <dd data-kb-report-today="" data-kb-built-on="">
        <LongDate date={today} />
      </dd>
    </dl>
  );
}

function Summary({data, today}: {data: ReportData; today: string}) {
  const intl = useKbIntl();
  const labels = useKbLabels();
  const closed = (value: string) => statusOf(data.statuses, value).closed;
  const overdue = data.groups
    .flatMap((group) => group.items)
    .filter((item) => isOverdue(item, today, closed)).length;
  return (
    <p className={`kb-summary ${styles.summary}`} data-kb-report-summary="">
      {intl.plural(
        translate({
          id: 'theme.kb.indexes.report.total',
          message: '{count} item:|{count} items:',
          description:
            'Start of the report summary, before the counts by status; plural forms separated by |',
        }),
        data.total,
      )}{' '}
      {data.counts.map((count, index) => (
        <span key={count.value} data-status={count.value} className={styles.count}>
          {index > 0 ? ' · ' : ''}
          <span aria-hidden="true">{statusMark(count.value, closed(count.value))}</span>{' '}
          {`${labels.status(count.value, count.label)}: ${intl.number(count.count)}`}
        </span>
      ))}
      {'. '}
      <span data-kb-report-overdue={overdue}>
        {translate(
          {id: 'theme.kb.indexes.report.overdueCount', message: 'Overdue today: {count}.'},
          {count: overdue},
        )}
      </span>
    </p>
  );
}

/** A printable "status of implementation" report of one page: metadata, counts and every item by heading. */
export default function KbStatusReport({data}: Props): ReactNode {
  const today = useToday(data.builtOn);
  const intl = useKbIntl();
  const title = translate(
    {id: 'theme.kb.indexes.report.title', message: 'Status of implementation: {title}'},
    {title: data.page.title},
  );
  const [orientation, setOrientation] = useOrientation();
  return (
    <Layout title={title} description={data.page.description ?? undefined}>
      <main
        className={clsx('container margin-vert--lg', styles.report)}
        data-kb-report=""
        data-orientation={orientation}>
        {/* The page size only while a report is shown: a style sheet's @page would stay for every page after. */}
        <style data-kb-report-page="">
          {pageRule(orientation, footerText(data.page.asOf ?? today, intl))}
        </style>
        <Toolbar
          back={data.page.permalink}
          orientation={orientation}
          onOrientation={setOrientation}
        />
        <Heading as="h1">{title}</Heading>
        <Metadata data={data} today={today} />
        {data.total === 0 ? (
          <p data-kb-report-empty="">
            <Translate id="theme.kb.indexes.report.empty">
              This page has no status items yet.
            </Translate>
          </p>
        ) : (
          <Summary data={data} today={today} />
        )}
        {(data.rates.page.recommendations > 0 || data.rates.page.actions > 0) && (
          <KbResponseRates
            kind="page"
            rows={[
              {...data.rates.page, label: data.page.title, type: data.page.type},
              ...(data.rates.type ? [{...data.rates.type, label: data.page.type}] : []),
            ]}
            caption={
              <Translate
                id="theme.kb.indexes.report.rates"
                description="Caption of the report's table of acceptance and implementation rates">
                Management response: this page and every page of its type
              </Translate>
            }
          />
        )}
        {data.groups.map((group, index) => {
          const id = `kb-report-group-${index + 1}`;
          return (
            <section key={id} className={styles.group}>
              <h2 id={id} className={styles.groupHeading}>
                {group.trail.length > 0
                  ? group.trail.join(' › ')
                  : translate({id: 'theme.kb.indexes.report.items', message: 'Items'})}
              </h2>
              <GroupTable items={group.items} labelledBy={id} data={data} today={today} />
            </section>
          );
        })}
      </main>
    </Layout>
  );
}
