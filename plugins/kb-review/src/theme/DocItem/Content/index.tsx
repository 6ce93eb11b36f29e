import React, {type ReactNode} from 'react';
import Content from '@theme-init/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc, useDocsVersion} from '@docusaurus/plugin-content-docs/client';
import {usePluginData} from '@docusaurus/useGlobalData';
import ReviewBadge from '@theme/ReviewBadge';
import ReviewTitleSlot from '@theme/ReviewTitleSlot';
import {badgeDatesOf, type ReviewBadgeData} from '../../../review-badges.js';

type Props = WrapperProps<typeof ContentType>;

/**
 * The doc's content with its review badge (when its source page has `last_reviewed`: a translated
 * page shows the review of the page it translates, not its own front matter).
 * The badge goes right under the page title: the wrapped `Heading` renders it after the first `h1`,
 * whether that title is synthesised from front matter or written in the Markdown.
 * A page that hides its title gets the badge at the top of its content.
 */
export default function DocItemContentWrapper(props: Props): ReactNode {
  const {frontMatter, metadata} = useDoc();
  const {pluginId, version} = useDocsVersion();
  const data = usePluginData('kmportal-review') as {badges?: ReviewBadgeData} | undefined;
  const dates = badgeDatesOf(data?.badges, {
    pluginId,
    version,
    permalink: metadata.permalink,
    frontMatter: frontMatter as {last_reviewed?: unknown; review_every?: unknown},
  });
  const badge = <ReviewBadge lastReviewed={dates.lastReviewed} every={dates.every} />;
  if (frontMatter.hide_title) {
    return (
      <>
        {badge}
        <Content {...props} />
      </>
    );
  }
  return (
    <ReviewTitleSlot badge={badge}>
      <Content {...props} />
    </ReviewTitleSlot>
  );
}
