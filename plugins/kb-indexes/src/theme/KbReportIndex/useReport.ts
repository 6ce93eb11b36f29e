import {useEffect, useState} from 'react';
import {useLocation} from '@docusaurus/router';
import type {ReportData, ReportIndexData} from '@kmportal/kb-indexes';
import {fetchJson} from '../fetchJson.js';

/** What the report route shows. */
export type ReportState =
  | {kind: 'index'}
  | {kind: 'loading'; slug: string}
  | {kind: 'unknown'; slug: string}
  | {kind: 'failed'; slug: string}
  | {kind: 'ready'; slug: string; report: ReportData};

/** The `doc` of an address's query, or `null`. */
export function docOf(search: string): string | null {
  const doc = new URLSearchParams(search).get('doc');
  return doc === null ? null : doc.replace(/^\/+|(?<!\/)\/+$/g, '');
}

/**
 * The report named by `?doc=` in the address, read after hydration (static HTML is the index) and
 * fetched from its file; only slugs of the route data's list are fetched.
 */
export function useReport(data: ReportIndexData): ReportState {
  const {search} = useLocation();
  const [state, setState] = useState<ReportState>({kind: 'index'});
  useEffect(() => {
    const slug = docOf(search);
    if (slug === null) {
      setState({kind: 'index'});
      return undefined;
    }
    if (!data.reports.some((report) => report.slug === slug)) {
      setState({kind: 'unknown', slug});
      return undefined;
    }
    let live = true;
    setState({kind: 'loading', slug});
    fetchJson<ReportData>(`${data.filesBase}${slug}.json`).then(
      (report) => live && setState({kind: 'ready', slug, report}),
      () => live && setState({kind: 'failed', slug}),
    );
    return () => {
      live = false;
    };
  }, [search, data]);
  return state;
}
