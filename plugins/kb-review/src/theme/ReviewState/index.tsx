import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import type {Props} from '@theme/ReviewState';

import styles from './styles.module.css';

function label(state: Props['state']): ReactNode {
  switch (state) {
    case 'overdue':
      return <Translate id="theme.kb.review.state.overdue">Overdue</Translate>;
    case 'due-soon':
      return <Translate id="theme.kb.review.state.dueSoon">Due soon</Translate>;
    case 'never':
      return <Translate id="theme.kb.review.state.never">Never reviewed</Translate>;
    default:
      return <Translate id="theme.kb.review.state.ok">Up to date</Translate>;
  }
}

/** The review state as a badge of the design system (`.kb-badge`), in the matching status colour. */
export default function ReviewState({state}: Props): ReactNode {
  return (
    <span
      className={clsx(
        'kb-badge',
        'kb-review-state',
        `kb-review-state--${state}`,
        styles.state,
        styles[state],
      )}>
      <span className="kb-badge__dot" aria-hidden="true" />
      {label(state)}
    </span>
  );
}
