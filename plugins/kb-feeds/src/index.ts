// The theme modules' types come with the package's own, so a TypeScript site needs no setting for them.
/// <reference types="@kmportal/kb-feeds/theme" preserve="true" />
import {fileURLToPath} from 'node:url';
import {join, relative, sep} from 'node:path';
import {logger} from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';
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
  readShippedTranslations,
  themeSourcesOf,
} from '@kmportal/model';
import {pageStatusHistory} from '@kmportal/status-history';
import {writeFeedFiles, type FeedFile} from './files.js';
import {feedJob, jobFeedFiles, startFeedFiles} from './feeds-job.js';
import {validateOptions, type PluginOptions} from './options.js';
import {feedUnits} from './scopes.js';

/** The package's folder: its shipped `locales/` and theme sources. */
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

/** Global data: where the feeds are, for the subscribe links and the autodiscovery links. */
export interface FeedsGlobalData {
  /** Site path of the export folder, with baseUrl and a trailing slash, e.g. `/kb/`. */
  base: string;
  /** The site's url and baseUrl, without a trailing slash (for `webcal:` links). */
  siteUrl: string;
  /** Prefix of a doc's `metadata.source` below the docs folder, e.g. `@site/docs/`. */
  sourcePrefix: string;
  /** Units that have feeds. */
  units: string[];
}

/** The `metadata.source` prefix of a version's docs, e.g. `@site/docs/`. */
function sourcePrefix(siteDir: string, version: DocsVersion): string {
  return `@site/${relative(siteDir, version.contentPath).split(sep).join('/')}/`;
}

/** Docusaurus plugin: iCalendar feeds of due dates and Atom feeds of status changes. */
export default function pluginFeeds(
  context: LoadContext,
  options: PluginOptions,
): Plugin<SiteModel | undefined> {
  // The docs version the feeds follow: the docs plugin's last one (configured, to start reading early;
  // then as Docusaurus loaded it, with the permalinks it serves).
  const configured = defaultVersion(configuredDocsVersions(context, options.docsPluginId));
  const read = (version: DocsVersion) => loadVersionSiteAsync(version, {cwd: context.siteDir});
  const siteUrl = normalizeUrl([context.siteConfig.url, context.baseUrl]).replace(/\/$/, '');
  let shown: SiteModel | undefined;
  // The feed files of a production build, made in a worker while the bundler runs (from its start on).
  let feedsMade: Promise<FeedFile[]> | undefined;
  const bundling = new BundlingStart();
  const places = {
    exportUrl: `${siteUrl}/${options.exportDir}/`,
    maxEntries: options.maxEntries,
    statusPath: options.statusPath,
    unitPath: options.unitPath,
  };
  const historyOf = (site: SiteModel) => {
    const onPartial = (message: string) => logger.info(`kb-feeds: ${message}`);
    return (path: string) =>
      pageStatusHistory(path, {cwd: context.siteDir, config: site.config, onPartial}).timelines;
  };
  // What the feed files of a site are made from, in a worker or (`postBuild` without one) here.
  const jobOf = (site: SiteModel) =>
    feedJob(site, historyOf(site), {
      siteUrl,
      siteTitle: context.siteConfig.title,
      generated: new Date(),
      places,
    });
  return {
    name: 'kmportal-feeds',
    getThemePath: () => '../lib/theme',
    getTypeScriptThemePath: () => '../src/theme',
    getDefaultCodeTranslationMessages: () =>
      readShippedTranslations(PACKAGE_DIR, context.i18n.currentLocale),
    getPathsToWatch: () => [
      ...(configured
        ? ['**/*.{md,mdx}', 'units.yml'].map((f) => join(configured.contentPath, f))
        : []),
      themeSourcesOf(PACKAGE_DIR),
    ],
    async loadContent() {
      return configured ? read(configured) : undefined;
    },
    async allContentLoaded({allContent, actions}) {
      const version = defaultVersion(loadedDocsVersions(allContent, context, options.docsPluginId));
      if (!version) return;
      // Unlisted pages are built but listed nowhere (as Docusaurus's sidebars, sitemap and search):
      // their items are left out of every list here; pulls on other pages still show them.
      const site = (shown = listedSite(await read(version), version));
      const {codes, skipped} = feedUnits(site);
      if (skipped.length > 0) {
        logger.warn(
          `kb-feeds: no feeds for units ${skipped.join(', ')}: a unit code that names a feed file must match \`[A-Za-z0-9][A-Za-z0-9-]*\`; list the units in units.yml.`,
        );
      }
      actions.setGlobalData({
        base: normalizeUrl([context.baseUrl, options.exportDir, '/']),
        siteUrl,
        sourcePrefix: sourcePrefix(context.siteDir, version),
        units: codes,
      } satisfies FeedsGlobalData);
      // The site is known now: a build makes its feed files in a worker while the bundler runs
      // (`docusaurus start` writes none; `postBuild` makes them itself when no worker was started).
      if (process.env.NODE_ENV === 'production') {
        const job = jobOf(site);
        feedsMade = bundling.run(() => startFeedFiles(job));
      } else feedsMade = undefined;
    },
    configureWebpack() {
      // Bundling begins: the worker starts (not while the rest of the site loads).
      bundling.begin();
      return {};
    },
    async postBuild({outDir}) {
      const site = shown;
      if (!site) return;
      bundling.begin();
      const made = feedsMade;
      feedsMade = undefined;
      const files = await (made ?? Promise.resolve(jobFeedFiles(jobOf(site))));
      await writeFeedFiles(join(outDir, options.exportDir), files);
    },
  };
}

export {validateOptions};
export {getSwizzleConfig} from './swizzle.js';
export type {Options, PluginOptions} from './options.js';
export {DEFAULT_OPTIONS} from './options.js';
export * from './feeds.js';
