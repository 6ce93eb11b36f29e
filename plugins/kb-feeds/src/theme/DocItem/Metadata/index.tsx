import React, {type ReactNode} from 'react';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import Metadata from '@theme-init/DocItem/Metadata';
import KbFeedLinks from '@theme/KbFeedLinks';
import {useKbFeedPage} from '@theme/useKbFeeds';

/** A doc's metadata, and the autodiscovery link of the page's change feed in its head. */
export default function DocItemMetadata(): ReactNode {
  const page = useKbFeedPage(useDoc().metadata.source);
  return (
    <>
      <Metadata />
      {page ? <KbFeedLinks page={page} headOnly /> : null}
    </>
  );
}
