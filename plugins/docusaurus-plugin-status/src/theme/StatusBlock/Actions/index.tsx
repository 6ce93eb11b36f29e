import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import DueDate from '@theme/DueDate';
import OverdueBy from '@theme/OverdueBy';
import StatusBadge from '@theme/StatusBadge';
import StatusHistory from '@theme/StatusHistory';
import UnitLink from '@theme/UnitLink';
import type {Props} from '@theme/StatusBlock/Actions';
import type {ActionRef, EvidenceRef} from '@theme/StatusBlock';

import styles from './styles.module.css';

function EvidenceLinks({evidence}: {evidence: readonly EvidenceRef[]}) {
  return (
    <ul className={styles.evidence}>
      {evidence.map((ref) => (
        <li key={ref.href}>
          {ref.to ? <Link to={ref.to}>{ref.href}</Link> : <code>{ref.href}</code>}
        </li>
      ))}
    </ul>
  );
}

function ActionRow({action}: {action: ActionRef}) {
  const brokenLinks = useBrokenLinks();
  brokenLinks.collectAnchor(action.id);
  // The body of a `:::action` is a plain element of the page's MDX, which registers no anchor itself.
  if (action.hasBody) brokenLinks.collectAnchor(`${action.id}-body`);
  return (
    <tr
      id={action.id}
      className={clsx('kb-status-action', `kb-status-action--${action.status.value}`)}>
      <th scope="row" className={styles.title}>
        {action.title}{' '}
        <span className={styles.actionId} translate="no">
          {action.id}
        </span>
        {action.hasBody && (
          <>
            {' '}
            <Link to={`#${action.id}-body`} className={styles.details}>
              <Translate
                id="theme.kb.statusBlock.actionDetails"
                description="Link from a key action's row to its longer body below the table">
                Details
              </Translate>
            </Link>
          </>
        )}
      </th>
      <td>
        {action.owners.map((owner, index) => (
          <React.Fragment key={owner.code}>
            {index > 0 && ', '}
            <UnitLink code={owner.code} name={owner.name} />
          </React.Fragment>
        ))}
      </td>
      <td className={styles.nowrap}>
        {action.due ? (
          <>
            <DueDate due={action.due} />
            <OverdueBy due={action.due} status={action.status.value} layout="block" />
          </>
        ) : (
          '—'
        )}
      </td>
      <td className={styles.nowrap}>
        <StatusBadge status={action.status} />
        {action.history && action.history.length > 0 && <StatusHistory entries={action.history} />}
      </td>
      <td>{action.evidence?.length ? <EvidenceLinks evidence={action.evidence} /> : '—'}</td>
      <td>{action.note ?? ''}</td>
    </tr>
  );
}

function Caption({actions, derived}: Pick<Props, 'actions' | 'derived'>) {
  const finished = actions.filter((a) => ['completed', 'continuing'].includes(a.status.value));
  return (
    <caption className={styles.caption}>
      <Translate
        id="theme.kb.statusBlock.actionsCaption"
        description="Caption of the table of a recommendation's key actions"
        values={{count: actions.length, done: finished.length}}>
        {'Key actions ({done} of {count} completed)'}
      </Translate>
      {derived && derived.length > 0 && (
        <span className={styles.derived}>
          {' '}
          <Translate
            id="theme.kb.statusBlock.actionsDerived"
            description="Note under the key actions caption when the recommendation's fields follow from them"
            values={{fields: derived.join(', ')}}>
            {'(the recommendation’s {fields} follow from them)'}
          </Translate>
        </span>
      )}
    </caption>
  );
}

/** The compact table of a recommendation's key actions: title, units, due, status, evidence, comments. */
export default function StatusBlockActions({id, actions, derived}: Props): ReactNode {
  if (actions.length === 0) return null;
  return (
    <div className="kb-status-block__actions">
      <table className={styles.actions} id={`${id}-actions`}>
        <Caption actions={actions} derived={derived} />
        <thead>
          <tr>
            <th scope="col">
              {translate({
                id: 'theme.kb.statusBlock.actions.title',
                message: 'Key action',
                description: 'Column of the key actions table',
              })}
            </th>
            <th scope="col">
              {translate({
                id: 'theme.kb.statusBlock.actions.owners',
                message: 'Responsible',
                description: 'Column of the key actions table',
              })}
            </th>
            <th scope="col">
              {translate({
                id: 'theme.kb.statusBlock.actions.due',
                message: 'Due',
                description: 'Column of the key actions table',
              })}
            </th>
            <th scope="col">
              {translate({
                id: 'theme.kb.statusBlock.actions.status',
                message: 'Status',
                description: 'Column of the key actions table',
              })}
            </th>
            <th scope="col">
              {translate({
                id: 'theme.kb.statusBlock.actions.evidence',
                message: 'Evidence',
                description: 'Column of the key actions table',
              })}
            </th>
            <th scope="col">
              {translate({
                id: 'theme.kb.statusBlock.actions.note',
                message: 'Comments',
                description: 'Column of the key actions table',
              })}
            </th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <ActionRow key={action.id} action={action} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
