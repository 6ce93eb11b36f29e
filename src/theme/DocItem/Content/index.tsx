import React, {type ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import ReviewBadge from '@theme/ReviewBadge';

type Props = WrapperProps<typeof ContentType>;

/** The doc's content, preceded by its review badge when its front matter has `last_reviewed`. */
export default function ContentWrapper(props: Props): ReactNode {
  const {frontMatter} = useDoc();
  const review = frontMatter as {last_reviewed?: unknown; review_every?: unknown};
  return (
    <>
      <ReviewBadge lastReviewed={review.last_reviewed} every={review.review_every} />
      <Content {...props} />
    </>
  );
}
