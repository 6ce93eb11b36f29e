import React, {type CSSProperties, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import type {Props} from '@theme/SdgChip';

import styles from './styles.module.css';

/** A link to an SDG goal or target page, in the goal's official colour, e.g. "SDG 11.2". */
export default function SdgChip({sdg}: Props): ReactNode {
  const style = {
    '--kb-sdg-color': sdg.color,
    '--kb-sdg-text-color': sdg.textColor,
  } as CSSProperties;
  return (
    <Link
      to={sdg.href}
      title={sdg.title}
      className={clsx('kb-chip', 'kb-sdg-chip', `kb-sdg-chip--goal-${sdg.goal}`, styles.sdgChip)}
      style={style}>
      {translate(
        {
          id: 'theme.kb.sdgChip.label',
          message: 'SDG {code}',
          description: 'Text of a link to an SDG goal or target, e.g. "SDG 11.2"',
        },
        {code: sdg.code},
      )}
    </Link>
  );
}
