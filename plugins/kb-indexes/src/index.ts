// The theme modules' types come with the package's own, so a TypeScript site needs no setting for them.
/// <reference types="@kmportal/kb-indexes/theme" preserve="true" />
import {pageStatusHistory} from '@kmportal/status-history';
import {fileURLToPath} from 'node:url';
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {
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
  type PageText,
} from '@kmportal/model';
import {exportedItems, writeExports} from './exports.js';
import {validateOptions, type PluginOptions} from './options.js';
import {
  actionSite,
  dashboardData,
  goalPageData,
  matrixData,
  nexusAreaData,
  nexusIndexData,
  sdgIndexData,
} from './data.js';
import {nexusSlugs} from './graph.js';
import {reportFiles, reportLinks, type ReportIndexData} from './report.js';
import {dashboardFiles, DEFAULT_CHUNK_SIZE} from './dashboard.js';
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
  const read = (version: DocsVersion) => loadVersionSiteAsync(version, {cwd: context.siteDir});
  let shown: SiteModel | undefined;
  const route = (path: string) => normalizeUrl([context.baseUrl, path]);
  // The dashboard's table files, emitted as assets below `<exportDir>/dashboard/<hash>/`.
  const table: FileHolder = {folder: '', files: []};
  // The same table over key actions (the dashboard's `?items=actions` view), when the site has any.
  const actionTable: FileHolder = {folder: '', files: []};
  // The reports' files (one per page of a report type), below `<exportDir>/reports/<hash>/`.
  const reports: FileHolder = {folder: '', files: []};
  // The pages' titles and descriptions in the locale built (set by `translateContent`).
  let texts = pageTextsOf(INDEX_PAGES, undefined);
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
      return configured ? read(configured) : undefined;
    },
    async allContentLoaded({allContent, actions}) {
      const version = defaultVersion(loadedDocsVersions(allContent, context, options.docsPluginId));
      if (!version) return;
      // Unlisted pages are built but listed nowhere (as Docusaurus's sidebars, sitemap and search):
      // their items are left out of every list here; pulls on other pages still show them.
      const site = (shown = listedSite(await read(version), version));
      const routeBasePath = version.path;
      const add = async (
        path: string,
        component: string,
        name: string,
        data: unknown,
        page?: string,
      ) => {
        const module = await actions.createData(name, JSON.stringify(data));
        const text: PageText | undefined = page ? texts.get(page) : undefined;
        const modules: Record<string, string> = {data: module};
        if (text) modules.meta = await actions.createData(`meta-${name}`, JSON.stringify(text));
        actions.addRoute({path: route(path), component, modules, exact: true});
      };
      await add(
        options.sdgBasePath,
        '@theme/KbSdgIndex',
        'sdg.json',
        sdgIndexData(site, options),
        'sdg',
      );
      for (const goal of site.config.sdg.goals) {
        const data = goalPageData(site, goal, options);
        await add(
          `${options.sdgBasePath}/${goal.goal}`,
          '@theme/KbSdgGoal',
          `sdg-${goal.goal}.json`,
          data,
        );
      }
      await add(
        options.nexusBasePath,
        '@theme/KbNexusIndex',
        'nexus.json',
        nexusIndexData(site, options),
        'nexus',
      );
      for (const slug of nexusSlugs(site)) {
        const data = nexusAreaData(site, slug, options);
        await add(
          `${options.nexusBasePath}/${slug}`,
          '@theme/KbNexusArea',
          `nexus-${slug}.json`,
          data,
        );
      }
      await add(
        options.matrixPath,
        '@theme/KbMatrix',
        'matrix.json',
        matrixData(site, options),
        'matrix',
      );
      const {folder, files} = dashboardFiles(site);
      table.folder = `${options.exportDir}/dashboard/${folder}`;
      table.files = files;
      const keyActions = actionSite(site);
      const actionFiles = keyActions.items.length ? dashboardFiles(keyActions) : undefined;
      actionTable.folder = actionFiles
        ? `${options.exportDir}/dashboard/${actionFiles.folder}`
        : '';
      actionTable.files = actionFiles?.files ?? [];
      const tableOf = (folder: string) => ({
        base: normalizeUrl([context.baseUrl, folder, '/']),
        index: 'index.json',
        pageSize: DEFAULT_CHUNK_SIZE,
      });
      const dashboard = dashboardData(
        site,
        isoDay(new Date()),
        tableOf(table.folder),
        actionFiles ? tableOf(actionTable.folder) : undefined,
      );
      await add(options.statusPath, '@theme/KbStatusDashboard', 'status.json', dashboard, 'status');
      // Status-of-implementation reports: one route (the index) that fetches the report file of the
      // page named in its address; a route per report would cost the build a page and a chunk each.
      const siteUrl = normalizeUrl([context.siteConfig.url, context.baseUrl]).replace(/\/$/, '');
      const history = (path: string) =>
        pageStatusHistory(path, {cwd: context.siteDir, config: site.config}).timelines;
      const reportContext = {builtOn: isoDay(new Date()), siteUrl, history};
      const built = reportFiles(site, {...options, routeBasePath}, reportContext);
      reports.folder = `${options.exportDir}/reports/${built.folder}`;
      reports.files = built.files;
      const reportIndex: ReportIndexData = {
        indexPath: options.reportBasePath,
        reports: reportLinks(site, {...options, routeBasePath}),
        statusPath: options.statusPath,
        filesBase: normalizeUrl([context.baseUrl, reports.folder, '/']),
      };
      await add(
        options.reportBasePath || '/',
        '@theme/KbReportIndex',
        'reports.json',
        reportIndex,
        'reports',
      );
      const today = isoDay(new Date());
      await add(
        options.unitsBasePath,
        '@theme/KbUnitIndex',
        'units.json',
        unitIndexData(site, options, today),
      );
      for (const [index, unit] of registryUnits(site).entries()) {
        const data = unitPageData(site, unit, options, {builtOn: today, history});
        await add(
          unitPath(options.unitsBasePath, unit.code),
          '@theme/KbUnitPage',
          `unit-${index}.json`,
          data,
        );
      }
      // Where reports live, not the list of them: global data ships on every page, whatever the site's size.
      actions.setGlobalData({
        reports: {
          basePath: options.reportBasePath,
          routeBasePath,
          types: options.reportTypes,
        },
        // Owner chips link to a unit's page when the registry has it (a few dozen codes at most).
        units: {
          basePath: options.unitsBasePath,
          codes: registryUnits(site).map((unit) => unit.code),
        },
      });
    },
    configureWebpack(_config, isServer) {
      return {plugins: isServer ? [] : [createEmitPlugin([table, actionTable, reports])]};
    },
    async postBuild({outDir, siteConfig}) {
      const site = shown;
      if (!site) return;
      const siteUrl = normalizeUrl([siteConfig.url, siteConfig.baseUrl]).replace(/\/$/, '');
      const history = (path: string) =>
        pageStatusHistory(path, {cwd: context.siteDir, config: site.config}).timelines;
      const items = exportedItems(site, siteUrl, history);
      await writeExports(join(outDir, options.exportDir), items, new Date());
    },
  };
}

export {validateOptions};
export {getSwizzleConfig} from './swizzle.js';
export type {Options, PluginOptions} from './options.js';
export * from './data.js';
export * from './graph.js';
export * from './dashboard.js';
export {
  exportedItems,
  flatItems,
  itemsCsv,
  itemsJson,
  ITEMS_VERSION,
  SCHEMA_FILE,
  writeExports,
} from './exports.js';

/** The package's folder: its shipped `locales/` and theme sources. */
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
export {TRACKER_COLUMNS, TRACKER_FILE, trackerCsv, trackerRows} from './tracker.js';
export {TRACKER_SHEET, TRACKER_XLSX_FILE, trackerWorkbook, trackerXlsx} from './tracker-xlsx.js';
export * from './report.js';
export * from './rates.js';
export * from './units.js';
export type {ExportedItem} from './exports.js';
export {INDEX_PAGES} from './page-texts.js';
