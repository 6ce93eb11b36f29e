import type {DocsVersion} from '@kmportal/model';

/** Why a docs version gets no indexes of its own: one of its routes is another page's. */
export function versionClash(version: DocsVersion, route: string): string {
  return `@kmportal/kb-indexes: the docs version \`${version.name}\` gets no SDG, nexus and status pages of its own: its route \`${route}\` is already another page of the indexes (a goal, a nexus area or a report route of the same name). Give the version another \`path\` in the docs plugin's \`versions\` option, or rename the nexus area.`;
}
