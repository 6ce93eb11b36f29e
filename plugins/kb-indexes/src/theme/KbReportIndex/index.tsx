import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import KbReportList from '@theme/KbReportList';
import KbStatusReport from '@theme/KbStatusReport';
import type {Props} from '@theme/KbReportIndex';
import {useReport} from './useReport.js';

/** The page around the index and the report's pending states. */
function Page({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: ReactNode;
}): ReactNode {
  return (
    <Layout title={title} description={description}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        {children}
      </main>
    </Layout>
  );
}

function Index({data, meta}: Props): ReactNode {
  return (
    <Page title={meta.title} description={meta.description}>
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
    </Page>
  );
}

/** While the report loads, or when the address names no report or it cannot be loaded. */
function Pending({data, message}: Props & {message: ReactNode}): ReactNode {
  const title = translate({
    id: 'theme.kb.indexes.report.pendingTitle',
    message: 'Status of implementation',
  });
  return (
    <Page title={title}>
      <p role="status" data-kb-report-state="">
        {message}
      </p>
      <p>
        <Link to={data.indexPath}>
          <Translate id="theme.kb.indexes.report.allReports">All reports</Translate>
        </Link>
      </p>
    </Page>
  );
}

/**
 * The report index, or with `?doc=<page>` in the address that page's report, loaded from its file:
 * reports share this one route, so a site of a thousand action plans builds one page, not a thousand.
 */
export default function KbReportIndex({data, meta}: Props): ReactNode {
  const state = useReport(data);
  if (state.kind === 'index') return <Index data={data} meta={meta} />;
  if (state.kind === 'ready') return <KbStatusReport data={state.report} />;
  const message =
    state.kind === 'loading' ? (
      <Translate id="theme.kb.indexes.report.loading">Loading the report…</Translate>
    ) : state.kind === 'unknown' ? (
      <Translate id="theme.kb.indexes.report.unknown" values={{doc: <code>{state.slug}</code>}}>
        {'No page {doc} has a status of implementation report.'}
      </Translate>
    ) : (
      <Translate id="theme.kb.indexes.report.failed">
        The report could not be loaded. Check the connection and reload the page.
      </Translate>
    );
  return <Pending data={data} meta={meta} message={message} />;
}
