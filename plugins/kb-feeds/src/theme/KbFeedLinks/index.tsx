import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import Translate, {translate} from '@docusaurus/Translate';
import type {Props} from '@theme/KbFeedLinks';
import {useKbFeeds} from '@theme/useKbFeeds';

import styles from './styles.module.css';

/** "Subscribe" links to a calendar (`webcal:` and https) and a change feed, and the feed's autodiscovery link. */
export default function KbFeedLinks({unit, page, headOnly = false}: Props): ReactNode {
  const feeds = useKbFeeds({unit, page});
  if (!feeds) return null;
  const title = page
    ? translate({id: 'theme.kb.feeds.pageChanges', message: 'Status changes on this page'})
    : unit
      ? translate(
          {id: 'theme.kb.feeds.unitChanges', message: 'Status changes of unit {unit}'},
          {unit},
        )
      : translate({id: 'theme.kb.feeds.siteChanges', message: 'Status changes of all items'});
  const head = (
    <Head>
      <link rel="alternate" type="application/atom+xml" title={title} href={feeds.changes} />
    </Head>
  );
  if (headOnly) return head;
  return (
    <>
      {head}
      <p className={styles.feeds} data-kb-feeds="">
        <Translate id="theme.kb.feeds.intro">Follow due dates and status changes:</Translate>{' '}
        <a href={feeds.webcal} data-kb-feed="webcal">
          <Translate id="theme.kb.feeds.subscribe">Subscribe to the calendar</Translate>
        </a>{' '}
        (
        <a href={feeds.calendar} data-kb-feed="ics" download>
          <Translate id="theme.kb.feeds.calendarFile">.ics file</Translate>
        </a>
        ) ·{' '}
        <a href={feeds.changes} data-kb-feed="atom" type="application/atom+xml">
          <Translate id="theme.kb.feeds.changes">Status changes (Atom feed)</Translate>
        </a>
      </p>
    </>
  );
}
