import React, {type ReactNode} from 'react';
import Footer from '@theme-init/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import KbReportLink from '@theme/KbReportLink';

type Props = WrapperProps<typeof FooterType>;

/** The doc's footer, preceded by a link to its status-of-implementation report when it has one. */
export default function DocItemFooterWrapper(props: Props): ReactNode {
  const {metadata, frontMatter} = useDoc();
  return (
    <>
      <KbReportLink permalink={metadata.permalink} type={(frontMatter as {type?: unknown}).type} />
      <Footer {...props} />
    </>
  );
}
