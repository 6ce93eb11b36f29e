import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import DueDate from '@theme/DueDate';
import OverdueBy from '@theme/OverdueBy';
import StatusBadge from '@theme/StatusBadge';
import KbItemTitle from '@theme/KbItemTitle';
import UnitLink from '@theme/UnitLink';
import type {PulledItem} from '@theme/StatusRef';
import type {Props} from '@theme/StatusTable';
import useKbLabels from '@theme/useKbLabels';
import {filterText} from './filterText.js';

import styles from './styles.module.css';

function Caption({caption, filter}: {caption?: string; filter: string}): ReactNode {
  const summary =
    filter ||
    translate({
      id: 'theme.kb.statusTable.all',
      message: 'all status items',
      description: 'Caption of a table without filter',
    });
  if (!caption) {
    return (
      <caption className={styles.caption}>
        <Translate
          id="theme.kb.statusTable.caption"
          description="Caption of a status table: the filter in words"
          values={{filter: summary}}>
          {'Status items: {filter}'}
        </Translate>
      </caption>
    );
  }
  return (
    <caption className={styles.caption}>
      {caption} <span className={styles.filter}>({summary})</span>
    </caption>
  );
}

function Row({item}: {item: PulledItem}): ReactNode {
  return (
    <tr className={clsx('kb-status-table__row', `kb-status-table__row--${item.status.value}`)}>
      <td>
        <code translate="no">{item.id}</code>
      </td>
      <td>
        <KbItemTitle to={item.href} title={item.title} untranslated={item.untranslated} />
      </td>
      <td>
        <StatusBadge status={item.status} />
      </td>
      <td>
        {item.owners.map((owner, index) => (
          <React.Fragment key={owner.code}>
            {index > 0 && ', '}
            <UnitLink code={owner.code} name={owner.name} />
          </React.Fragment>
        ))}
      </td>
      <td>
        {item.due ? (
          <>
            <DueDate due={item.due} />
            <OverdueBy due={item.due} status={item.status.value} layout="block" />
          </>
        ) : (
          '—'
        )}
      </td>
      <td>
        <Link to={item.page.permalink}>{item.page.title}</Link>
      </td>
    </tr>
  );
}

function Heading({children}: {children: ReactNode}): ReactNode {
  return <th scope="col">{children}</th>;
}

/** The items matching a `::status-table` filter, as a table with the filter as its caption. */
export default function StatusTable({caption, filter, items}: Props): ReactNode {
  const labels = useKbLabels();
  const text = filterText(filter, labels);
  if (items.length === 0) {
    return (
      <p role="note" className={clsx('kb-status-table', 'kb-status-table--empty', styles.empty)}>
        {caption && <strong>{caption}: </strong>}
        <Translate
          id="theme.kb.statusTable.empty"
          description="Shown instead of a status table when no item matches its filter"
          values={{
            filter:
              text ||
              translate({
                id: 'theme.kb.statusTable.all',
                message: 'all status items',
                description: 'Caption of a table without filter',
              }),
          }}>
          {'No items match {filter}.'}
        </Translate>
      </p>
    );
  }
  return (
    <table className={clsx('kb-status-table', styles.statusTable)}>
      <Caption caption={caption} filter={text} />
      <thead>
        <tr>
          <Heading>
            <Translate id="theme.kb.statusTable.id" description="Column of item ids">
              Id
            </Translate>
          </Heading>
          <Heading>
            <Translate id="theme.kb.statusTable.title" description="Column of item titles">
              Title
            </Translate>
          </Heading>
          <Heading>
            <Translate id="theme.kb.statusTable.status" description="Column of statuses">
              Status
            </Translate>
          </Heading>
          <Heading>
            <Translate
              id="theme.kb.statusBlock.responsible"
              description="Label of the units responsible for a status block">
              Responsible
            </Translate>
          </Heading>
          <Heading>
            <Translate
              id="theme.kb.statusBlock.due"
              description="Label of the due date of a status block">
              Due
            </Translate>
          </Heading>
          <Heading>
            <Translate
              id="theme.kb.statusTable.page"
              description="Column of the pages that define the items">
              Page
            </Translate>
          </Heading>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <Row key={item.id} item={item} />
        ))}
      </tbody>
    </table>
  );
}
