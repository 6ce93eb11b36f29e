// The theme modules' types come with the package's own, so a TypeScript site needs no setting for them.
/// <reference types="@kmportal/kb-indexes/theme" preserve="true" />
import {pageStatusHistory} from '@kmportal/status-history';
import {fileURLToPath} from 'node:url';
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {logger} from '@docusaurus/logger';
import {normalizeUrl} from '@docusaurus/utils';
import {
  BundlingStart,
  configuredDocsVersions,
  defaultVersion,
  listedSite,
  loadedDocsVersions,
  loadVersionSiteAsync,
  type DocsVersion,
  type SiteModel,
  pageTextsOf,
  pageTextsTranslationFile,
  readShippedTranslations,
  themeSourcesOf,
} from '@kmportal/model';
import {exportedItems, type HistorySource} from './exports.js';
import {exportFiles, writeExportFiles, type ExportFile} from './export-files.js';
import {startExportFiles} from './export-job.js';
import {validateOptions, type PluginOptions} from './options.js';
import {nexusSlugs} from './graph.js';
import {reportFiles, reportLinks, type ReportIndexData} from './report.js';
import {reportOverrides} from './report-overrides.js';
import {DEFAULT_CHUNK_SIZE} from './dashboard.js';
import {addBrowsingRoutes, type BrowseContext, type IndexRoute} from './browse-routes.js';
import {versionClash} from './version-clash.js';
import {cardLinksData, versionIndexes, type VersionIndexes} from './versions.js';
import {createEmitPlugin, type FileHolder} from './emit.js';
import {INDEX_PAGES} from './page-texts.js';
import {registryUnits, unitIndexData, unitPageData, unitPath} from './units.js';

/** Today as `YYYY-MM-DD` (UTC). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Docusaurus plugin: SDG, nexus, matrix and status index pages, and items.json/items.csv exports. */
export default function pluginIndexes(
  context: LoadContext,
  options: PluginOptions,
): Plugin<SiteModel | undefined> {
  // The docs version shown: the docs plugin's last one (its folder and route from the site config
  // to start reading early; then as Docusaurus loaded it, with the permalinks it serves).
  const configured = defaultVersion(configuredDocsVersions(context, options.docsPluginId));
  const readVersion = (version: DocsVersion) =>
    loadVersionSiteAsync(version, {cwd: context.siteDir});
  let shown: SiteModel | undefined;
  const route = (path: string) => normalizeUrl([context.baseUrl, path]);
  // The dashboard's table files, emitted as assets below `<exportDir>/dashboard/<hash>/`.
  // With the same table over key actions (the dashboard's `?items=actions` view), when the site has any.
  const tables: {table: FileHolder; actionTable: FileHolder} = {
    table: {folder: '', files: []},
    actionTable: {folder: '', files: []},
  };
  // The other docs versions' dashboard tables (refilled on each load).
  const versionTables: FileHolder[] = [];
  // The reports' files (one per page of a report type), below `<exportDir>/reports/<hash>/`.
  const reports: FileHolder = {folder: '', files: []};
  // The pages' titles and descriptions in the locale built (set by `translateContent`).
  let texts = pageTextsOf(INDEX_PAGES, undefined);
  // The export files of a production build, made in a worker while the bundler runs (from its start on).
  let exportsMade: Promise<ExportFile[]> | undefined;
  const bundling = new BundlingStart();
  const siteUrl = normalizeUrl([context.siteConfig.url, context.baseUrl]).replace(/\/$/, '');
  // A site's page histories, each read once for the reports, unit pages and exports (they ask item by item).
  const historyOf = (site: SiteModel): HistorySource => {
    const timelines = new Map<string, ReturnType<HistorySource>>();
    return (path) =>
      timelines.get(path) ??
      timelines
        .set(path, pageStatusHistory(path, {cwd: context.siteDir, config: site.config}).timelines)
        .get(path)!;
  };
  return {
    name: 'kmportal-indexes',
    getThemePath: () => '../lib/theme',
    getTypeScriptThemePath: () => '../src/theme',
    getDefaultCodeTranslationMessages: () =>
      readShippedTranslations(PACKAGE_DIR, context.i18n.currentLocale),
    getPathsToWatch: () => {
      const translated = configured?.i18n?.localizedPath;
      return [
        ...(configured
          ? ['**/*.{md,mdx}', 'units.yml', 'nexus.yml'].map((f) => join(configured.contentPath, f))
          : []),
        ...(translated ? [join(translated, '**/*.{md,mdx}')] : []),
        themeSourcesOf(PACKAGE_DIR),
      ];
    },
    async getTranslationFiles() {
      const locale = context.i18n.currentLocale;
      const shipped = await readShippedTranslations(PACKAGE_DIR, locale, 'pages');
      return [pageTextsTranslationFile(INDEX_PAGES, shipped)];
    },
    translateContent({content, translationFiles}) {
      texts = pageTextsOf(
        INDEX_PAGES,
        translationFiles.find((file) => file.path === 'pages'),
      );
      return content;
    },
    async loadContent() {
      return configured ? readVersion(configured) : undefined;
    },
    async allContentLoaded({allContent, actions}) {
      const versions = loadedDocsVersions(allContent, context, options.docsPluginId);
      const version = defaultVersion(versions);
      if (!version) return;
      // Unlisted pages are built but listed nowhere (as Docusaurus's sidebars, sitemap and search):
      // their items are left out of every list here; pulls on other pages still show them.
      const read = async (v: DocsVersion) => [v, listedSite(await readVersion(v), v)] as const;
      const sites = new Map(await Promise.all(versions.map(read)));
      const site = (shown = sites.get(version)!);
      const routeBasePath = version.path;
      const added = new Set<string>();
      const add = async (page: IndexRoute) => {
        const {path, component, name, data} = page;
        const module = await actions.createData(name, JSON.stringify(data));
        const text = page.page ? texts.get(page.page) : undefined;
        const modules: Record<string, string> = {data: module};
        if (text) {
          const title = page.versionLabel ? `${text.title} (${page.versionLabel})` : text.title;
          modules.meta = await actions.createData(`meta-${name}`, JSON.stringify({...text, title}));
        }
        if (page.versions)
          modules.versions = await actions.createData(
            `versions-${name}`,
            JSON.stringify(page.versions),
          );
        added.add(route(path));
        actions.addRoute({path: route(path), component, modules, exact: true});
      };
      const all = versionIndexes(versions, options);
      const browse: BrowseContext = {
        add,
        all,
        areas: new Map([...sites].map(([v, s]) => [v, new Set(nexusSlugs(s))])),
        route,
        tableOf: (folder) => ({
          base: normalizeUrl([context.baseUrl, folder, '/']),
          index: 'index.json',
          pageSize: DEFAULT_CHUNK_SIZE,
        }),
        exportDir: options.exportDir,
        builtOn: isoDay(new Date()),
      };
      const shownIndexes = all.find((indexes) => indexes.version === version)!;
      Object.assign(tables, await addBrowsingRoutes(site, shownIndexes, '', browse));
      // Status-of-implementation reports: one route (the index) that fetches the report file of the
      // page named in its address; a route per report would cost the build a page and a chunk each.
      const history = historyOf(site);
      const reportContext = {builtOn: browse.builtOn, siteUrl, history};
      const built = reportFiles(site, {...options, routeBasePath}, reportContext);
      reports.folder = `${options.exportDir}/reports/${built.folder}`;
      reports.files = built.files;
      const reportIndex: ReportIndexData = {
        indexPath: options.reportBasePath,
        reports: reportLinks(site, {...options, routeBasePath}),
        statusPath: options.statusPath,
        filesBase: normalizeUrl([context.baseUrl, reports.folder, '/']),
      };
      await add({
        path: options.reportBasePath || '/',
        component: '@theme/KbReportIndex',
        name: 'reports.json',
        data: reportIndex,
        page: 'reports',
      });
      const today = browse.builtOn;
      await add({
        path: options.unitsBasePath,
        component: '@theme/KbUnitIndex',
        name: 'units.json',
        data: unitIndexData(site, options, today),
      });
      for (const [index, unit] of registryUnits(site).entries()) {
        await add({
          path: unitPath(options.unitsBasePath, unit.code),
          component: '@theme/KbUnitPage',
          name: `unit-${index}.json`,
          data: unitPageData(site, unit, options, {builtOn: today, history}),
        });
      }
      // The other versions' SDG, nexus, matrix and dashboard pages, below the default ones' routes.
      versionTables.length = 0;
      const linked: VersionIndexes[] = [shownIndexes];
      for (const [index, indexes] of all.entries()) {
        if (indexes === shownIndexes) continue;
        const clash = Object.values(indexes.paths).find((path) => added.has(route(path)));
        if (clash) {
          logger.warn(versionClash(indexes.version, clash));
          continue;
        }
        const emitted = await addBrowsingRoutes(
          sites.get(indexes.version)!,
          indexes,
          `v${index}-`,
          browse,
        );
        versionTables.push(emitted.table, emitted.actionTable);
        linked.push(indexes);
      }
      // Where reports live, not the list of them: global data ships on every page, whatever the site's size.
      actions.setGlobalData({
        reports: {
          basePath: options.reportBasePath,
          routeBasePath,
          types: options.reportTypes,
          // Only the docs whose own `type` misleads (translations leaving it out): usually none.
          overrides: reportOverrides(allContent, {
            version,
            baseUrl: context.baseUrl,
            site,
            types: options.reportTypes,
          }),
        },
        // Owner chips link to a unit's page when the registry has it (a few dozen codes at most).
        units: {
          basePath: options.unitsBasePath,
          codes: registryUnits(site).map((unit) => unit.code),
        },
        cards: cardLinksData(options.docsPluginId, linked),
      });
      // The exports are known now: a build makes their files in a worker while the bundler runs
      // (`docusaurus start` writes none; `postBuild` makes them itself when no worker was started).
      if (process.env.NODE_ENV === 'production') {
        const job = {items: exportedItems(site, siteUrl, history), generated: new Date()};
        exportsMade = bundling.run(() => startExportFiles(job));
      } else exportsMade = undefined;
    },
    configureWebpack(_config, isServer) {
      // Bundling begins: the export worker starts (not while the rest of the site loads).
      bundling.begin();
      // Read when the assets are emitted: the holders are refilled when the dev server reloads content.
      const holders = {
        *[Symbol.iterator]() {
          yield* [tables.table, tables.actionTable, reports, ...versionTables];
        },
      };
      return {plugins: isServer ? [] : [createEmitPlugin(holders)]};
    },
    async postBuild({outDir}) {
      const site = shown;
      if (!site) return;
      bundling.begin();
      const made = exportsMade;
      exportsMade = undefined;
      const files = await (made ??
        exportFiles(exportedItems(site, siteUrl, historyOf(site)), new Date()));
      await writeExportFiles(join(outDir, options.exportDir), files);
    },
  };
}

export {validateOptions};
export {getSwizzleConfig} from './swizzle.js';
export type {Options, PluginOptions} from './options.js';
export * from './data.js';
export * from './graph.js';
export * from './dashboard.js';
export {exportedItems} from './exports.js';
export {
  exportFiles,
  flatItems,
  itemsCsv,
  itemsJson,
  ITEMS_VERSION,
  SCHEMA_FILE,
  writeExportFiles,
  writeExports,
} from './export-files.js';

/** The package's folder: its shipped `locales/` and theme sources. */
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
export {TRACKER_COLUMNS, TRACKER_FILE, trackerCsv, trackerRows} from './tracker.js';
export {TRACKER_SHEET, TRACKER_XLSX_FILE, trackerWorkbook, trackerXlsx} from './tracker-xlsx.js';
export * from './report.js';
export * from './rates.js';
export * from './units.js';
export type {ExportedItem} from './exports.js';
export type {ExportFile} from './export-files.js';
export {INDEX_PAGES} from './page-texts.js';
