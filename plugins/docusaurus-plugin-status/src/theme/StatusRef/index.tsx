import React, {type CSSProperties, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import StatusBadge from '@theme/StatusBadge';
import KbItemTitle from '@theme/KbItemTitle';
import StatusBlockFields from '@theme/StatusBlock/Fields';
import type {Props} from '@theme/StatusRef';

import styles from './styles.module.css';

function MissingRef({id}: {id: string}): ReactNode {
  return (
    <div
      role="note"
      className={clsx('kb-status-ref', 'kb-status-ref--missing', 'alert', 'alert--warning')}>
      <Translate
        id="theme.kb.statusRef.missing"
        description="Shown in place of a ::status-ref whose id no status block has"
        values={{id: <code translate="no">{id}</code>}}>
        {'No status item has the id {id}: check the id in this page’s ::status-ref.'}
      </Translate>
    </div>
  );
}

/** The live card of an item defined on another page: title linking to its home, status, owners, due date. */
export default function StatusRef({id, item}: Props): ReactNode {
  if (!item) return <MissingRef id={id} />;
  const style = {'--kb-status-color': item.status.color} as CSSProperties;
  return (
    <div
      className={clsx('kb-status-ref', `kb-status-ref--${item.status.value}`, styles.statusRef)}
      style={style}>
      <p className="kb-status-ref__header">
        <KbItemTitle
          to={item.href}
          title={item.title}
          untranslated={item.untranslated}
          className="kb-status-ref__title"
        />
        <span className={styles.visuallyHidden}>
          <Translate
            id="theme.kb.statusBlock.status"
            description="Hidden label before the status badge">
            Status:
          </Translate>{' '}
        </span>
        <StatusBadge status={item.status} className="kb-status-ref__status" />
        <span className="kb-status-ref__id" translate="no">
          {item.id}
        </span>
      </p>
      <StatusBlockFields owners={item.owners} due={item.due} status={item.status} />
      <p className="kb-status-ref__home">
        <Translate
          id="theme.kb.statusRef.home"
          description="Names the page that defines an item shown by ::status-ref"
          values={{page: <Link to={item.page.permalink}>{item.page.title}</Link>}}>
          {'Defined in {page}'}
        </Translate>
      </p>
    </div>
  );
}
