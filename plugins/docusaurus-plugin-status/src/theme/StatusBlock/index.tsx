import React, {type CSSProperties, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import NexusChip from '@theme/NexusChip';
import SdgChip from '@theme/SdgChip';
import StatusBadge from '@theme/StatusBadge';
import StatusBlockActions from '@theme/StatusBlock/Actions';
import StatusBlockFields from '@theme/StatusBlock/Fields';
import StatusBlockPulledBy from '@theme/StatusBlock/PulledBy';
import StatusHistory from '@theme/StatusHistory';
import type {Props} from '@theme/StatusBlock';

import styles from './styles.module.css';

function StatusBlockHeader({id, title, status}: Pick<Props, 'id' | 'title' | 'status'>) {
  const anchorTitle = translate(
    {
      id: 'theme.kb.statusBlock.directLink',
      message: 'Direct link to {title}',
      description: 'ARIA label and title of the "#" link to a status block',
    },
    {title},
  );
  return (
    <div className={clsx('kb-status-block__header', styles.header)}>
      <h3 id={`${id}-title`} className={clsx('kb-status-block__title', styles.title)}>
        {title}
        <Link
          className={clsx('hash-link', styles.hashLink)}
          to={`#${id}`}
          aria-label={anchorTitle}
          title={anchorTitle}
          translate="no">
          &#8203;
        </Link>
      </h3>
      <span className={styles.visuallyHidden}>
        <Translate
          id="theme.kb.statusBlock.status"
          description="Hidden label before the status badge">
          Status:
        </Translate>{' '}
      </span>
      <StatusBadge status={status} className="kb-status-block__status" />
      <span className={clsx('kb-status-block__id', styles.itemId)} translate="no">
        {id}
      </span>
    </div>
  );
}

function StatusBlockLinks({sdg, nexus}: Pick<Props, 'sdg' | 'nexus'>) {
  if (sdg.length === 0 && nexus.length === 0) return null;
  return (
    <div className={clsx('kb-status-block__links', styles.links)}>
      {sdg.length > 0 && (
        <ul
          className={clsx('kb-status-block__sdg', styles.chips)}
          aria-label={translate({
            id: 'theme.kb.statusBlock.sdgList',
            message: 'Sustainable Development Goals',
            description: 'ARIA label of the list of SDG links of a status block',
          })}>
          {sdg.map((ref) => (
            <li key={ref.code}>
              <SdgChip sdg={ref} />
            </li>
          ))}
        </ul>
      )}
      {nexus.length > 0 && (
        <ul
          className={clsx('kb-status-block__nexus', styles.chips)}
          aria-label={translate({
            id: 'theme.kb.statusBlock.nexusList',
            message: 'Nexus areas',
            description: 'ARIA label of the list of nexus area links of a status block',
          })}>
          {nexus.map((ref) => (
            <li key={ref.slug}>
              <NexusChip nexus={ref} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A status block (action item, recommendation, decision): title, status, owners, dates, SDG and nexus links, progress notes. */
export default function StatusBlock(props: Props): ReactNode {
  const {id, title, status, sdg, nexus, children} = props;
  useBrokenLinks().collectAnchor(id);
  const style = {'--kb-status-color': status.color} as CSSProperties;
  return (
    <article
      id={id}
      aria-labelledby={`${id}-title`}
      className={clsx('kb-status-block', `kb-status-block--${status.value}`, styles.statusBlock)}
      style={style}>
      <StatusBlockHeader id={id} title={title} status={status} />
      <StatusBlockFields
        owners={props.owners}
        due={props.due}
        response={props.response}
        responseNote={props.responseNote}
        asOf={props.asOf}
      />
      <StatusBlockLinks sdg={sdg} nexus={nexus} />
      {props.actions && props.actions.length > 0 && (
        <StatusBlockActions id={id} actions={props.actions} derived={props.derived} />
      )}
      {props.pulledBy && <StatusBlockPulledBy pages={props.pulledBy} />}
      {props.history && props.history.length > 0 && <StatusHistory entries={props.history} />}
      {children && <div className={clsx('kb-status-block__body', styles.body)}>{children}</div>}
    </article>
  );
}
