import {usePluginData} from '@docusaurus/useGlobalData';
import {useLocation} from '@docusaurus/router';
import type {IndexedVersion} from './format.js';
import {readerVersions} from './readerVersions.js';

/** The indexed versions (from the plugin's global data) and the ones the reader is in. */
export function useSearchVersions(): {versions: IndexedVersion[]; reading: string[]} {
  const data = usePluginData('kmportal-search') as {versions?: IndexedVersion[]} | undefined;
  const versions = data?.versions ?? [];
  const {pathname} = useLocation();
  return {versions, reading: readerVersions(versions, pathname)};
}
