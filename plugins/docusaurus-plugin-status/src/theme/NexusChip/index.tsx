import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import type {Props} from '@theme/NexusChip';

import './styles.module.css';

/** A link to a nexus area page, in a neutral style. */
export default function NexusChip({nexus}: Props): ReactNode {
  return (
    <Link
      to={nexus.href}
      className={clsx('kb-chip', 'kb-nexus-chip', `kb-nexus-chip--${nexus.slug}`)}>
      {nexus.title}
    </Link>
  );
}
