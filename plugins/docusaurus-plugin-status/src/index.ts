// The theme modules' types come with the package's own, so a TypeScript site needs no setting for them.
/// <reference types="@kmportal/docusaurus-plugin-status/theme" preserve="true" />
import {createHash} from 'node:crypto';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {logger} from '@docusaurus/logger';
import {pageStatusHistory} from '@kmportal/status-history';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {
  configuredDocsVersions,
  docsVersionOfFile,
  loadedDocsVersions,
  loadVersionSiteAsync,
  mergeSites,
  type DocsVersion,
  type SiteModel,
  ownValue,
  readShippedTranslations,
  themeSourcesOf,
} from '@kmportal/model';
import remarkStatus, {
  mergedCardRegistry,
  type CardRegistry,
  type RemarkStatusOptions,
} from '@kmportal/remark-status';
import {cacheConfiguration, pullFingerprint} from './cache-version.js';
import {
  PULL_FINGERPRINT_FILE,
  pullDependencyRule,
  writePullFingerprint,
} from './pull-dependency.js';
import {validateOptions, type PluginOptions} from './options.js';
import {draftNotices, reportProblems} from './report.js';
import {labelsOf, labelsTranslationFile, localizedRegistry, type KbLabels} from './labels.js';

/** The package's folder: its shipped `locales/` and theme sources. */
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

/** Summary shared with the client (small on purpose: pages get their own data elsewhere). */
export interface StatusGlobalData {
  statuses: {value: string; label: string; color: string; closed: boolean}[];
  itemCount: number;
  /**
   * Names and colours of the codes cards carry (statuses, units, nexus areas, SDG goals, the SDG targets the
   * site's items use, responses): pages carry codes, and `@theme/StatusBlockMdx` names them from here.
   */
  registry: CardRegistry;
  /** The labels of statuses, responses and page types in the locale built (`@theme/useKbLabels`). */
  labels: KbLabels;
}

function globalData(sites: SiteModel[], site: SiteModel, labels: KbLabels): StatusGlobalData {
  return {
    statuses: site.config.statuses.map(({value, label, color, closed}) => ({
      value,
      label: ownValue(labels.status, value) ?? label,
      color,
      closed,
    })),
    itemCount: site.items.length,
    // Every version's and instance's registries: a docs instance may have units of its own.
    registry: localizedRegistry(mergedCardRegistry(sites), labels),
    labels,
  };
}

/** The texts the sites were read from (each page's path and digest): what one edit of the docs changes. */
function editOf(sites: readonly SiteModel[]): string {
  const hash = createHash('sha1');
  for (const site of sites)
    for (const page of site.pages) hash.update(`${page.page.path}\0${page.digest ?? ''}\n`);
  return hash.digest('hex');
}

/** The files a version is read from, for the dev server to watch. */
function watchedFiles(version: DocsVersion, options: PluginOptions): string[] {
  const translated = version.i18n?.localizedPath;
  return [
    join(version.contentPath, '**/*.{md,mdx}'),
    options.unitsFile ?? join(version.contentPath, 'units.yml'),
    options.nexusFile ?? join(version.contentPath, 'nexus.yml'),
    ...(translated ? [join(translated, '**/*.{md,mdx}')] : []),
  ];
}

/**
 * Docusaurus plugin: checks every status block of every docs version of every docs instance once per
 * load, and provides `@theme/StatusBlock`. The docs folders, routes and versions are the docs plugin's:
 * read from the site config to start early, then from the docs Docusaurus loaded (its permalinks).
 */
export default function pluginStatus(
  context: LoadContext,
  options: PluginOptions,
): Plugin<SiteModel | undefined> {
  const modelOptions = {...options, cwd: context.siteDir};
  const configured = configuredDocsVersions(context);
  const read = (version: DocsVersion) => loadVersionSiteAsync(version, modelOptions);
  // What has been logged for the pages' current texts, by line. One edit reloads every plugin that watches
  // the docs, at once and in no set order (Docusaurus runs them concurrently), and each reload runs this
  // plugin's allContentLoaded; the edit is known by the texts read, so each problem is logged once per edit.
  const reported = new Set<string>();
  let reportedEdit = '';
  const report = (sites: SiteModel[]) => {
    const edit = editOf(sites);
    if (edit !== reportedEdit) reported.clear();
    reportedEdit = edit;
    sites.forEach((site) => reportProblems(site, options.severity, reported));
  };
  let sites: SiteModel[] = [];
  const fingerprintFile = join(
    context.generatedFilesDir,
    'kmportal-status',
    options.id ?? 'default',
    PULL_FINGERPRINT_FILE,
  );
  let folders: string[] = [];
  // Set by `translateContent` from `i18n/<locale>/kmportal-status/labels.json` over the shipped ones.
  let labels = labelsOf(undefined);
  return {
    name: 'kmportal-status',
    getThemePath: () => '../lib/theme',
    getTypeScriptThemePath: () => '../src/theme',
    getDefaultCodeTranslationMessages: () =>
      readShippedTranslations(PACKAGE_DIR, context.i18n.currentLocale),
    getPathsToWatch: () => [
      ...configured.flatMap((version) => watchedFiles(version, options)),
      themeSourcesOf(PACKAGE_DIR),
    ],
    async getTranslationFiles() {
      const locale = context.i18n.currentLocale;
      const shipped = await readShippedTranslations(PACKAGE_DIR, locale, 'labels');
      return [labelsTranslationFile(options.statuses, options.pageTypes, shipped)];
    },
    translateContent({content, translationFiles}) {
      labels = labelsOf(translationFiles.find((file) => file.path === 'labels'));
      return content;
    },
    // The suite's design system (custom properties and shared classes), once for every plugin's theme.
    getClientModules: () => ['../lib/theme/kb-design.css'],
    async loadContent() {
      const found = await Promise.all(configured.map(read));
      report(found);
      return mergeSites(found);
    },
    async allContentLoaded({allContent, actions}) {
      const versions = loadedDocsVersions(allContent, context);
      sites = await Promise.all(versions.map(read));
      report(sites);
      // In a build Docusaurus has left drafts out already; the dev server shows them, and says so once.
      for (const notice of sites.flatMap(draftNotices))
        if (!reported.has(notice)) logger.info(notice);
      for (const notice of sites.flatMap(draftNotices)) reported.add(notice);
      const merged = mergeSites(sites);
      if (!merged) return;
      actions.setGlobalData(globalData(sites, merged, labels));
      await writePullFingerprint(fingerprintFile, pullFingerprint(merged));
      folders = versions.map((version) => version.contentPath);
    },
    configureWebpack(config) {
      const rule = folders.length > 0 ? pullDependencyRule(folders, fingerprintFile) : {};
      return {...cacheConfiguration(config, mergeSites(sites)), ...rule};
    },
  };
}

/** Options of `statusRemarkPlugin`: the remark plugin's, and whether to show status history from git. */
export type StatusRemarkOptions = Omit<RemarkStatusOptions, 'report' | 'history'> & {
  /** Show each item's status changes read from git (default `true`). */
  history?: boolean;
};

/** Reads a page's status history from git once per file and HEAD; logs once when it is partial. */
function gitHistory(docsDir: string): NonNullable<RemarkStatusOptions['history']> {
  return (filePath, config) =>
    pageStatusHistory(filePath, {
      cwd: docsDir,
      config,
      onPartial: (message) => logger.info(message),
    }).timelines;
}

/** Status history of a page, read from git below its docs version's folder (else `docsDir`, else its own). */
function pageHistory(docsDir: string | undefined): NonNullable<RemarkStatusOptions['history']> {
  return (filePath, config) => {
    const folder =
      docsVersionOfFile(filePath)?.contentPath ?? (docsDir ? resolve(docsDir) : undefined);
    return gitHistory(folder ?? dirname(filePath))(filePath, config);
  };
}

/**
 * The remark plugin entry for `docs.remarkPlugins`. It reads each page's docs version (folder,
 * route, permalinks) from what this plugin found Docusaurus loading; `docsDir` is only for a site
 * without this plugin.
 */
export function statusRemarkPlugin(options: StatusRemarkOptions = {}) {
  const {history = true, ...rest} = options;
  const source = history ? pageHistory(options.docsDir) : undefined;
  // Pages take the card component from the MDX components (`StatusBlock`, i.e. `@theme/StatusBlockMdx`),
  // not from an import: Docusaurus's server build has no shared chunks, so each page's server chunk would
  // carry its own copy of the card and all it imports (1,000 pages: 89 MB of server chunks instead of 26).
  // `docusaurus start` shows a page's errors on the page; `docusaurus build` fails on them instead.
  const errorCards = process.env.NODE_ENV === 'development';
  // Only the dev server writes error cards, on the few pages with errors: those import theirs.
  const errorImportSource = rest.component ? undefined : '@theme/StatusBlockError';
  return [
    remarkStatus,
    {errorCards, errorImportSource, ...rest, report: false, history: source},
  ] as const;
}

export {validateOptions};
export type {Options, PluginOptions, Severity} from './options.js';
export {formatProblem, reportProblems} from './report.js';
export {cacheConfiguration, pullFingerprint} from './cache-version.js';
export type {KbFrontMatter} from './front-matter.js';
export {labelsOf, labelsTranslationFile, localizedRegistry, PAGE_TYPE_LABELS} from './labels.js';
export type {KbLabels} from './labels.js';
