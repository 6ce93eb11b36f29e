import React, {type CSSProperties, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type {Props} from '@theme/SdgChip';
import {OFFICIAL_GOAL_COLORS, OFFICIAL_TEXT_COLORS} from './goalColors.js';

import './styles.module.css';

/**
 * The chip's colours inline, unless they are the goal's official ones, which its class
 * `kb-sdg-chip--goal-<n>` gives (kb-design.css): no style attribute on every chip of every page.
 */
function chipStyle({goal, color, textColor}: Props['sdg']): CSSProperties | undefined {
  const official =
    OFFICIAL_GOAL_COLORS[goal - 1] === color && OFFICIAL_TEXT_COLORS[goal - 1] === textColor;
  if (official) return undefined;
  return {'--kb-sdg-color': color, '--kb-sdg-text-color': textColor} as CSSProperties;
}

/**
 * A link to an SDG goal or target page, in the goal's official colour, e.g. "SDG 11.2". The target's
 * text is its tooltip once the page is hydrated: written into the static HTML it would repeat a
 * sentence of up to 300 characters on every chip of every card of every page.
 */
export default function SdgChip({sdg}: Props): ReactNode {
  const isBrowser = useIsBrowser();
  return (
    <Link
      to={sdg.href}
      title={isBrowser ? sdg.title : undefined}
      className={clsx('kb-chip', 'kb-sdg-chip', `kb-sdg-chip--goal-${sdg.goal}`)}
      style={chipStyle(sdg)}>
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
