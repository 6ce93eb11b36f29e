import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import KbReportList from '@theme/KbReportList';
import type {Props} from '@theme/KbReportIndex';

/** Every status-of-implementation report of the site. */
export default function KbReportIndex({data}: Props): ReactNode {
  const title = translate({
    id: 'theme.kb.indexes.reports.title',
    message: 'Status of implementation reports',
  });
  return (
    <Layout title={title}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate id="theme.kb.indexes.reports.intro">
            One printable report per page whose items are followed up: action plans, evaluations,
            meetings.
          </Translate>{' '}
          <Link to={data.statusPath}>
            <Translate id="theme.kb.indexes.reports.dashboard">Status dashboard</Translate>
          </Link>
        </p>
        <KbReportList reports={data.reports} />
      </main>
    </Layout>
  );
}
