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

/** The review state as a short label with a coloured border. */
export default function ReviewState({state}: Props): ReactNode {
  return (
    <span
      className={clsx('kb-review-state', `kb-review-state--${state}`, styles.state, styles[state])}>
      {label(state)}
    </span>
  );
}
