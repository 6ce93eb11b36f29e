import type {IndexedVersion} from './format.js';

/** The version of each docs instance a reader is in: the one whose route the page is under, else its last. */
export function readerVersions(versions: readonly IndexedVersion[], pathname: string): string[] {
  if (versions.length < 2) return [];
  const instances = Array.from(new Set(versions.map((version) => version.instance)));
  return instances.map((instance) => {
    const own = versions.filter((version) => version.instance === instance);
    const reading = own
      .filter((version) => {
        const base = version.path.replace(/\/$/, '');
        return pathname === version.path || pathname.startsWith(`${base}/`);
      })
      .sort((a, b) => b.path.length - a.path.length)[0];
    return (reading ?? own.find((version) => version.isLast) ?? own[0]).id;
  });
}
