import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import type {Problem, Props} from '@theme/StatusBlockError';

import styles from './styles.module.css';

/** One problem: where, what was found, what to do, and the rule's documentation. */
function ProblemText({problem}: {problem: Problem}): ReactNode {
  return (
    <li className={styles.problem} data-rule={problem.ruleId}>
      <p className={styles.message}>
        <span className={styles.place}>
          {translate(
            {
              id: 'theme.kb.statusBlockError.place',
              message: 'Line {line}, column {column}:',
              description: 'Before a problem of a status block, in the dev server',
            },
            {line: problem.line, column: problem.column},
          )}
        </span>{' '}
        {problem.message}
      </p>
      {problem.hint ? <p className={styles.hint}>{problem.hint}</p> : null}
      {problem.url ? (
        <a className={styles.docs} href={problem.url} target="_blank" rel="noreferrer">
          {translate(
            {
              id: 'theme.kb.statusBlockError.docs',
              message: 'About the rule {rule}',
              description: 'Link to the documentation of the rule a problem breaks',
            },
            {rule: problem.ruleId ?? ''},
          )}
        </a>
      ) : null}
    </li>
  );
}

/**
 * In the dev server, a status block that could not be read (or a card's problems): the message,
 * the hint and the rule's documentation, at the block's place; the text as written below.
 */
export default function StatusBlockError({problems, children, inCard}: Props): ReactNode {
  return (
    <div
      className={clsx('kb-status-block-error', styles.errorCard, inCard && styles.inCard)}
      role="note"
      data-kb-error-card="">
      <p className={styles.title}>
        {inCard ? (
          <Translate
            id="theme.kb.statusBlockError.cardTitle"
            description="Title of the problems shown on a status block's card in the dev server">
            This block has errors (shown in the dev server; the build fails on them)
          </Translate>
        ) : (
          <Translate
            id="theme.kb.statusBlockError.title"
            description="Title of the error card shown in place of a status block that could not be read">
            This status block could not be read (shown in the dev server; the build fails on it)
          </Translate>
        )}
      </p>
      <ul className={styles.problems}>
        {problems.map((problem) => (
          <ProblemText
            key={`${problem.line}:${problem.column}:${problem.message}`}
            problem={problem}
          />
        ))}
      </ul>
      {children ? <div className={styles.written}>{children}</div> : null}
    </div>
  );
}
