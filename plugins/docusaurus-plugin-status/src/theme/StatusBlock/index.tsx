import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import NexusChip from '@theme/NexusChip';
import SdgChip from '@theme/SdgChip';
import StatusBadge from '@theme/StatusBadge';
import {kbStatusStyle} from '@theme/kbStatusColor';
import StatusBlockActions from '@theme/StatusBlock/Actions';
import StatusBlockError from '@theme/StatusBlockError';
import StatusBlockFields from '@theme/StatusBlock/Fields';
import StatusBlockPulledBy from '@theme/StatusBlock/PulledBy';
import StatusHistory from '@theme/StatusHistory';
import type {Props} from '@theme/StatusBlock';

import styles from './styles.module.css';

/** The source language's name in the reader's language (`anglais`, `английский`). */
function useLanguageName(locale: string): string {
  const {i18n} = useDocusaurusContext();
  try {
    return new Intl.DisplayNames([i18n.currentLocale], {type: 'language'}).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

/** The note on a block a translation lacks: shown from the source page, in its language. */
function UntranslatedNote({locale}: {locale: string}) {
  const language = useLanguageName(locale);
  return (
    <p className="kb-status-block__untranslated">
      <Translate
        id="theme.kb.statusBlock.notTranslated"
        description="Note on a status block that the page's translation does not have yet; {language} is the source page's language"
        values={{language}}>
        {'Not translated yet: shown in {language} from the source page.'}
      </Translate>
    </p>
  );
}

function StatusBlockHeader({
  id,
  title,
  status,
  lang,
}: Pick<Props, 'id' | 'title' | 'status'> & {lang?: string}) {
  const anchorTitle = translate(
    {
      id: 'theme.kb.statusBlock.directLink',
      message: 'Direct link to {title}',
      description: 'ARIA label and title of the "#" link to a status block',
    },
    {title},
  );
  return (
    <div className="kb-status-block__header">
      <h3 id={`${id}-title`} lang={lang} className="kb-status-block__title">
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
      <span className="kb-status-block__id" translate="no">
        {id}
      </span>
    </div>
  );
}

function StatusBlockLinks({sdg, nexus}: Pick<Props, 'sdg' | 'nexus'>) {
  if (sdg.length === 0 && nexus.length === 0) return null;
  return (
    <div className="kb-status-block__links">
      {sdg.length > 0 && (
        <ul
          className="kb-status-block__sdg"
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
          className="kb-status-block__nexus"
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
  return (
    <article
      id={id}
      aria-labelledby={`${id}-title`}
      className={clsx('kb-status-block', `kb-status-block--${status.value}`)}
      style={kbStatusStyle(status)}>
      <StatusBlockHeader id={id} title={title} status={status} lang={props.untranslated} />
      {props.untranslated && <UntranslatedNote locale={props.untranslated} />}
      {props.problems && props.problems.length > 0 && (
        <StatusBlockError problems={props.problems} inCard />
      )}
      <StatusBlockFields
        owners={props.owners}
        due={props.due}
        response={props.response}
        responseNote={props.responseNote}
        asOf={props.asOf}
        status={status}
      />
      <StatusBlockLinks sdg={sdg} nexus={nexus} />
      {props.actions && props.actions.length > 0 && (
        <StatusBlockActions id={id} actions={props.actions} derived={props.derived} />
      )}
      {props.pulledBy && <StatusBlockPulledBy pages={props.pulledBy} />}
      {props.history && props.history.length > 0 && <StatusHistory entries={props.history} />}
      {children && (
        <div className="kb-status-block__body" lang={props.untranslated}>
          {children}
        </div>
      )}
    </article>
  );
}
