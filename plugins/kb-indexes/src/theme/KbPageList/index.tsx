import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type {Props} from '@theme/KbPageList';

/** Links to pages, with their type. */
export default function KbPageList({pages}: Props): ReactNode {
  if (pages.length === 0) {
    return (
      <p>
        <Translate id="theme.kb.indexes.noPages">No pages.</Translate>
      </p>
    );
  }
  return (
    <ul>
      {pages.map((page) => (
        <li key={page.permalink}>
          <Link to={page.permalink}>{page.title}</Link>
          {page.type ? ` (${page.type})` : ''}
        </li>
      ))}
    </ul>
  );
}
