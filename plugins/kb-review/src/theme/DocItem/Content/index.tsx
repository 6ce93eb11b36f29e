import React, {type ReactNode} from 'react';
import Content from '@theme-init/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import ReviewBadge from '@theme/ReviewBadge';
import ReviewTitleSlot from '@theme/ReviewTitleSlot';

type Props = WrapperProps<typeof ContentType>;

/**
 * The doc's content with its review badge (when the front matter has `last_reviewed`).
 * The badge goes right under the page title: the wrapped `Heading` renders it after the first `h1`,
 * whether that title is synthesised from front matter or written in the Markdown.
 * A page that hides its title gets the badge at the top of its content.
 */
export default function DocItemContentWrapper(props: Props): ReactNode {
  const frontMatter = useDoc().frontMatter as {
    last_reviewed?: unknown;
    review_every?: unknown;
    hide_title?: boolean;
  };
  const badge = (
    <ReviewBadge lastReviewed={frontMatter.last_reviewed} every={frontMatter.review_every} />
  );
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
