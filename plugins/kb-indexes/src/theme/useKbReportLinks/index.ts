import {useAllPluginInstancesData} from '@docusaurus/useGlobalData';
import type {ReportLink} from '@kmportal/kb-indexes';

/** The status-of-implementation reports of every instance of the indexes plugin (its global data). */
export default function useKbReportLinks(): ReportLink[] {
  const instances = useAllPluginInstancesData('kmportal-indexes') as Record<
    string,
    {reports?: ReportLink[]} | undefined
  >;
  return Object.values(instances).flatMap((data) => data?.reports ?? []);
}
