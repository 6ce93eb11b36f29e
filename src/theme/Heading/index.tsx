import React, {type ReactNode} from 'react';
import Heading from '@theme-original/Heading';
import type HeadingType from '@theme/Heading';
import type {WrapperProps} from '@docusaurus/types';
import {useTitleBadge} from '../../components/TitleBadge';

type Props = WrapperProps<typeof HeadingType>;

/** A heading; the page title (`h1`) of a doc is followed by the badge its `DocItem/Content` offers. */
export default function HeadingWrapper(props: Props): ReactNode {
  const badge = useTitleBadge(props.as);
  return (
    <>
      <Heading {...props} />
      {badge}
    </>
  );
}
