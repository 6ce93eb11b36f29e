import {useAllPluginInstancesData} from '@docusaurus/useGlobalData';
import type {CardLinks} from '@kmportal/remark-status/card';

interface IndexesGlobalData {
  cards?: {
    docsPluginId: string;
    shown: CardLinks;
    versions: Record<string, CardLinks>;
  };
}

/**
 * Where the SDG and nexus chips of a card of docs instance `docs` (default `default`) and docs version
 * `version` (default: the one shown) link: the routes of the `@kmportal/kb-indexes` instance that shows
 * that docs instance, that version's; `undefined` without one (the chips then link below `/sdg` and
 * `/nexus`).
 */
export default function useCardLinks(docs = 'default', version?: string): CardLinks | undefined {
  const instances = useAllPluginInstancesData('kmportal-indexes', {failfast: false}) as
    Record<string, IndexesGlobalData | undefined> | undefined;
  const cards = Object.values(instances ?? {}).find(
    (data) => data?.cards?.docsPluginId === docs,
  )?.cards;
  if (!cards) return undefined;
  return (version === undefined ? undefined : cards.versions[version]) ?? cards.shown;
}
