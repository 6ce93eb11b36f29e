import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import LongDate from '@theme/LongDate';
import KbTable from '@theme/KbTable';
import type {UnitPageRef} from '@kmportal/kb-indexes';

import styles from './styles.module.css';

function role(value: UnitPageRef['role']): string {
  return value === 'owns'
    ? translate({id: 'theme.kb.indexes.unit.owns', message: 'Owner'})
    : translate({id: 'theme.kb.indexes.unit.reviews', message: 'Reviewer'});
}

function Review({review}: {review: UnitPageRef['review']}): ReactNode {
  const state = {
    ok: translate({id: 'theme.kb.indexes.unit.review.ok', message: 'Up to date'}),
    'due-soon': translate({id: 'theme.kb.indexes.unit.review.dueSoon', message: 'Review due soon'}),
    overdue: translate({id: 'theme.kb.indexes.unit.review.overdue', message: 'Review overdue'}),
    never: translate({id: 'theme.kb.indexes.unit.review.never', message: 'Never reviewed'}),
  }[review.state];
  return (
    <>
      {review.state === 'overdue' ? <strong>{state}</strong> : state}
      {review.next && (
        <>
          {' · '}
          <Translate
            id="theme.kb.indexes.unit.review.next"
            values={{date: <LongDate date={review.next} />}}>
            {'next {date}'}
          </Translate>
        </>
      )}
    </>
  );
}

/** The pages a unit owns or reviews, with their review state on the build day; `labelledBy` names the table. */
export default function PagesTable({
  pages,
  labelledBy,
}: {
  pages: readonly UnitPageRef[];
  labelledBy: string;
}): ReactNode {
  if (pages.length === 0) {
    return (
      <p>
        <Translate id="theme.kb.indexes.unit.noPages">
          The unit owns and reviews no pages.
        </Translate>
      </p>
    );
  }
  return (
    <KbTable labelledBy={labelledBy} className={styles.table}>
      <thead>
        <tr>
          <th scope="col">
            <Translate id="theme.kb.indexes.column.page">Page</Translate>
          </th>
          <th scope="col">
            <Translate id="theme.kb.indexes.unit.role">Role</Translate>
          </th>
          <th scope="col">
            <Translate id="theme.kb.indexes.unit.review">Review</Translate>
          </th>
        </tr>
      </thead>
      <tbody>
        {pages.map((page) => (
          <tr key={page.permalink}>
            <th scope="row">
              <Link to={page.permalink}>{page.title}</Link>
              {page.type ? ` (${page.type})` : ''}
            </th>
            <td>{role(page.role)}</td>
            <td>
              <Review review={page.review} />
            </td>
          </tr>
        ))}
      </tbody>
    </KbTable>
  );
}
