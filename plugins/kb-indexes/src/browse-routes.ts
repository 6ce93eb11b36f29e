import type {DocsVersion, SiteModel} from '@kmportal/model';
import {
  actionSite,
  dashboardData,
  goalPageData,
  matrixData,
  nexusAreaData,
  nexusIndexData,
  sdgIndexData,
  type DashboardTable,
} from './data.js';
import {dashboardFiles} from './dashboard.js';
import type {FileHolder} from './emit.js';
import {nexusSlugs} from './graph.js';
import {switcherLinks, type IndexVersionLink, type VersionIndexes} from './versions.js';

/** One route of the plugin: its page component, its data file and, for a listed page, its texts' key. */
export interface IndexRoute {
  path: string;
  component: string;
  /** Name of the data file (unique in the plugin). */
  name: string;
  data: unknown;
  /** Key of the page's title and description (`INDEX_PAGES`). */
  page?: string;
  /** The version switcher (several docs versions). */
  versions?: IndexVersionLink[];
  /** The label of the docs version shown, when it is not the default one (added to the title). */
  versionLabel?: string;
}

/** What the pages of every version share. */
export interface BrowseContext {
  add: (route: IndexRoute) => Promise<void>;
  /** Every version's indexes (`versionIndexes`). */
  all: readonly VersionIndexes[];
  /** The nexus areas with items in each version (an area page links to the same area elsewhere). */
  areas: ReadonlyMap<DocsVersion, ReadonlySet<string>>;
  /** A route with baseUrl. */
  route: (path: string) => string;
  /** The dashboard table (`dashboardData`) whose files are emitted in `folder`. */
  tableOf: (folder: string) => DashboardTable;
  exportDir: string;
  builtOn: string;
}

/** The dashboard's table files of `site` (and of its key actions, when it has any). */
function dashboardTables(site: SiteModel, exportDir: string) {
  const items = dashboardFiles(site);
  const table: FileHolder = {folder: `${exportDir}/dashboard/${items.folder}`, files: items.files};
  const keyActions = actionSite(site);
  const actions = keyActions.items.length ? dashboardFiles(keyActions) : undefined;
  const actionTable: FileHolder = {
    folder: actions ? `${exportDir}/dashboard/${actions.folder}` : '',
    files: actions?.files ?? [],
  };
  return {table, actionTable};
}

/**
 * The pages browsed by docs version (SDG index and goals, nexus index and areas, matrix, dashboard)
 * of one version, `prefix` naming their data files; returns the dashboard's table files to emit.
 */
export async function addBrowsingRoutes(
  site: SiteModel,
  indexes: VersionIndexes,
  prefix: string,
  context: BrowseContext,
): Promise<{table: FileHolder; actionTable: FileHolder}> {
  const {add, all, route} = context;
  const {paths, version} = indexes;
  const shown = {versionLabel: version.isLast ? undefined : version.label};
  const versions = (pathIn: (other: VersionIndexes) => string) =>
    switcherLinks(all, version, pathIn, route);
  const page = (path: string, component: string, name: string, data: unknown) => ({
    path,
    component,
    name: `${prefix}${name}`,
    data,
    ...shown,
  });
  await add({
    ...page(paths.sdgBasePath, '@theme/KbSdgIndex', 'sdg.json', sdgIndexData(site, paths)),
    page: 'sdg',
    versions: versions((other) => other.paths.sdgBasePath),
  });
  for (const goal of site.config.sdg.goals) {
    const path = (other: VersionIndexes) => `${other.paths.sdgBasePath}/${goal.goal}`;
    const data = goalPageData(site, goal, paths);
    await add({
      ...page(path(indexes), '@theme/KbSdgGoal', `sdg-${goal.goal}.json`, data),
      versions: versions(path),
    });
  }
  await add({
    ...page(paths.nexusBasePath, '@theme/KbNexusIndex', 'nexus.json', nexusIndexData(site, paths)),
    page: 'nexus',
    versions: versions((other) => other.paths.nexusBasePath),
  });
  for (const slug of nexusSlugs(site)) {
    // The same area in another version, or that version's nexus index when it has no item there.
    const path = (other: VersionIndexes) =>
      context.areas.get(other.version)?.has(slug)
        ? `${other.paths.nexusBasePath}/${slug}`
        : other.paths.nexusBasePath;
    const data = nexusAreaData(site, slug, paths);
    await add({
      ...page(path(indexes), '@theme/KbNexusArea', `nexus-${slug}.json`, data),
      versions: versions(path),
    });
  }
  await add({
    ...page(paths.matrixPath, '@theme/KbMatrix', 'matrix.json', matrixData(site, paths)),
    page: 'matrix',
    versions: versions((other) => other.paths.matrixPath),
  });
  const {table, actionTable} = dashboardTables(site, context.exportDir);
  const dashboard = dashboardData(
    site,
    context.builtOn,
    context.tableOf(table.folder),
    actionTable.files.length ? context.tableOf(actionTable.folder) : undefined,
  );
  await add({
    ...page(paths.statusPath, '@theme/KbStatusDashboard', 'status.json', dashboard),
    page: 'status',
    versions: versions((other) => other.paths.statusPath),
  });
  return {table, actionTable};
}
