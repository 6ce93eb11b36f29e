import {usePluginData} from '@docusaurus/useGlobalData';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {reportRouteOf, type ReportPlaces} from './path.js';

/** Where the reports live (the plugin's global data), or `undefined` without the plugin. */
export function useKbReportPlaces(): ReportPlaces | undefined {
  const data = usePluginData('kmportal-indexes', undefined, {failfast: false}) as
    {reports?: ReportPlaces} | undefined;
  return data?.reports;
}

/** The report route of a doc page (its permalink with baseUrl, its `type`), or `undefined`. */
export default function useKbReportPath(permalink: string, type: unknown): string | undefined {
  const {siteConfig} = useDocusaurusContext();
  const places = useKbReportPlaces();
  if (!places) return undefined;
  const {baseUrl} = siteConfig;
  const local = permalink.startsWith(baseUrl) ? `/${permalink.slice(baseUrl.length)}` : permalink;
  return reportRouteOf(places, local, type);
}
