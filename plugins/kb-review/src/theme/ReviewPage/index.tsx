import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useKbIntl from '@theme/useKbIntl';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import LongDate from '@theme/LongDate';
import KbTable from '@theme/KbTable';
import ReviewState from '@theme/ReviewState';
import useReviewToday from '@theme/useReviewToday';
import type {Props, ReviewRow} from '@theme/ReviewPage';
import {reviewState, type ReviewState as State} from '@kmportal/model/review-dates';

import styles from './styles.module.css';

type StatedRow = ReviewRow & {state: State['state']};

const NO_OWNER = '';

/** Rows needing attention on `today`, grouped by owning unit (a page with two owners is in both groups). */
function groupByOwner(rows: readonly ReviewRow[], today: string): Map<string, StatedRow[]> {
  const groups = new Map<string, StatedRow[]>();
  for (const row of rows) {
    const {state} = reviewState(
      {review: {reviewers: [], lastReviewed: row.lastReviewed, next: row.next}},
      today,
    );
    if (state === 'ok') continue;
    const owners =
      row.owners.length > 0 ? row.owners : row.reviewers.length > 0 ? row.reviewers : [NO_OWNER];
    for (const owner of owners) groups.set(owner, [...(groups.get(owner) ?? []), {...row, state}]);
  }
  // `Array.from`, not spread: the site's Babel (loose mode) spreads a Map as `[map]`.
  return new Map(
    Array.from(groups).sort(([a], [b]) =>
      a === NO_OWNER ? 1 : b === NO_OWNER ? -1 : a.localeCompare(b),
    ),
  );
}

function DateCell({date}: {date?: string}): ReactNode {
  return <td>{date ? <LongDate date={date} /> : '–'}</td>;
}

function OwnerTable({rows, caption}: {rows: StatedRow[]; caption: string}): ReactNode {
  return (
    <KbTable caption={caption} captionHidden className={styles.table}>
      <thead>
        <tr>
          <th scope="col">
            <Translate id="theme.kb.review.column.page">Page</Translate>
          </th>
          <th scope="col">
            <Translate id="theme.kb.review.column.state">State</Translate>
          </th>
          <th scope="col">
            <Translate id="theme.kb.review.column.last">Last reviewed</Translate>
          </th>
          <th scope="col">
            <Translate id="theme.kb.review.column.next">Next review</Translate>
          </th>
          <th scope="col">
            <Translate id="theme.kb.review.column.every">Every</Translate>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.permalink}>
            <th scope="row">
              <Link to={row.permalink}>{row.title}</Link>
            </th>
            <td>
              <ReviewState state={row.state} />
            </td>
            <DateCell date={row.lastReviewed} />
            <DateCell date={row.next} />
            <td>{row.every ?? '–'}</td>
          </tr>
        ))}
      </tbody>
    </KbTable>
  );
}

/** The `/review` page: pages due within 30 days, overdue or never reviewed, by owning unit. */
export default function ReviewPage({data, meta}: Props): ReactNode {
  const intl = useKbIntl();
  const today = useReviewToday();
  const groups = groupByOwner(data.rows, today);
  const {title, description} = meta;
  const noOwner = translate({id: 'theme.kb.review.noOwner', message: 'No owner'});
  return (
    <Layout title={title} description={description}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate
            id="theme.kb.review.intro"
            values={{
              today: <LongDate date={today} />,
              count: intl.plural(
                translate({
                  id: 'theme.kb.review.cycleCount',
                  message: '{count} page with a review cycle|{count} pages with a review cycle',
                  description:
                    'The number of pages with a review cycle, in the intro; plural forms separated by |',
                }),
                data.rows.length,
              ),
              key: <code>last_reviewed</code>,
            }}>
            {
              'Pages overdue for review, due within 30 days, or never reviewed, as of {today}, out of {count}. Reviewing a page means checking it is still right and setting {key} to the day of the review.'
            }
          </Translate>
        </p>
        {groups.size === 0 && (
          <p>
            <Translate id="theme.kb.review.none">Every page is up to date.</Translate>
          </p>
        )}
        {Array.from(groups).map(([owner, rows]) => {
          // An owner `constructor` is a valid code: read only the units' own names.
          const unit = Object.hasOwn(data.units, owner) ? data.units[owner] : owner;
          const name = owner === NO_OWNER ? noOwner : `${unit} (${owner})`;
          return (
            <section key={owner || 'none'}>
              <Heading as="h2" id={`owner-${owner || 'none'}`}>
                {name}
              </Heading>
              <OwnerTable rows={rows} caption={name} />
            </section>
          );
        })}
      </main>
    </Layout>
  );
}
