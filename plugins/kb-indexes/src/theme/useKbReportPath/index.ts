import {usePluginData} from '@docusaurus/useGlobalData';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {reportRouteOf, type ReportPlaces} from './path.js';

/** The report route of a doc page (its permalink with baseUrl, its `type`), or `undefined`. */
export default function useKbReportPath(permalink: string, type: unknown): string | undefined {
  const {siteConfig} = useDocusaurusContext();
  const data = usePluginData('kmportal-indexes', undefined, {failfast: false}) as
    {reports?: ReportPlaces} | undefined;
  if (!data?.reports) return undefined;
  const {baseUrl} = siteConfig;
  const local = permalink.startsWith(baseUrl) ? `/${permalink.slice(baseUrl.length)}` : permalink;
  return reportRouteOf(data.reports, local, type);
}
