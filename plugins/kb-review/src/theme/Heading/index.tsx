import React, {type ReactNode} from 'react';
import Heading from '@theme-init/Heading';
import type HeadingType from '@theme/Heading';
import type {WrapperProps} from '@docusaurus/types';
import {useReviewTitleBadge} from '@theme/ReviewTitleSlot';

type Props = WrapperProps<typeof HeadingType>;

/** A heading; the page title (`h1`) of a doc is followed by the review badge `DocItem/Content` offers. */
export default function HeadingWrapper(props: Props): ReactNode {
  const badge = useReviewTitleBadge(props.as);
  return (
    <>
      <Heading {...props} />
      {badge}
    </>
  );
}
