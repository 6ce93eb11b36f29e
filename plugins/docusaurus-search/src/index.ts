// The theme modules' types come with the package's own, so a TypeScript site needs no setting for them.
/// <reference types="@kmportal/docusaurus-search/theme" preserve="true" />
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {
  configuredDocsVersions,
  defaultVersion,
  loadedDocsVersions,
  loadVersionSiteAsync,
  type DocsVersion,
  readShippedTranslations,
  themeSourcesOf,
} from '@kmportal/model';
import {localeLanguages} from './client/lunr.js';
import {docsearchRecords, docsearchTag} from './docsearch.js';
import {siteDocuments} from './documents.js';
import {createEmitPlugin, writeIndexFile} from './emit.js';
import {createPendingModules, generatedPaths, writeGeneratedModules} from './generatedModules.js';
import {LatestIndex} from './latestIndex.js';
import {validateOptions, type PluginOptions} from './options.js';
import {pendingModulesRule} from './pendingModules.js';
import {versionsIndexJob} from './searchIndex.js';
import type {IndexedVersion} from './client/format.js';

/** The package's folder: its shipped `locales/` and theme sources. */
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

/** The module the search worker imports its manifest from (aliased to the generated file). */
export const MANIFEST_MODULE = '@kmportal/search-manifest';

/** What the theme reads of the plugin (`usePluginData('kmportal-search')`). */
export interface SearchGlobalData {
  searchPagePath: string;
  /** The docs versions indexed, when there are several. */
  versions: IndexedVersion[];
}

/** The versions of the instance searched first (`docsPluginId`), then the other instances'. */
function orderedVersions(versions: DocsVersion[], first: string): DocsVersion[] {
  return [
    ...versions.filter((version) => version.instance === first),
    ...versions.filter((version) => version.instance !== first),
  ];
}

/** Docusaurus plugin: builds the split search index, serves it in dev and build, and adds `/search`. */
export default function pluginSearch(
  context: LoadContext,
  options: PluginOptions,
): Plugin<undefined> {
  const modelOptions = {
    cwd: context.siteDir,
    unitsFile: options.unitsFile,
    nexusFile: options.nexusFile,
  };
  const read = (version: DocsVersion) => loadVersionSiteAsync(version, modelOptions);
  const sizes = {termShardBytes: options.termShardBytes, docChunkBytes: options.docChunkBytes};
  const documentContext = {baseUrl: context.baseUrl};
  // Every version of every docs instance, as the docs plugins loaded them (read early in loadContent).
  const configuredVersions = configuredDocsVersions(context);
  const configured = defaultVersion(configuredDocsVersions(context, options.docsPluginId));
  let versions: DocsVersion[] = [];
  // Built in a worker thread from allContentLoaded on, while the bundler bundles (the dev server: again
  // on every change of the docs); the bundler waits for it only in the modules that hold it.
  const latest = new LatestIndex();
  const dataDir = join(context.generatedFilesDir, 'kmportal-search', options.id);
  const generated = generatedPaths(dataDir);
  /** The job of every version, read from the model (its documents, facet labels, versions). */
  const indexJob = async () => {
    const parts = await Promise.all(
      versions.map(async (version) => ({version, site: await read(version)})),
    );
    // Built in the locale's languages (stemmers, stop words); the worker queries with the same.
    const languages = localeLanguages(context.i18n.currentLocale);
    return versionsIndexJob(parts, documentContext, sizes, languages);
  };
  /** DocSearch records of every docs version, each tagged as the docs plugin tags its pages. */
  const everyVersion = async () => {
    const records = [];
    for (const version of versions) {
      const documents = siteDocuments(await read(version), documentContext);
      const tag = docsearchTag(version);
      records.push(...docsearchRecords(documents, tag, records.length, context.i18n.currentLocale));
    }
    return records;
  };
  return {
    name: 'kmportal-search',
    getThemePath: () => '../lib/theme',
    getTypeScriptThemePath: () => '../src/theme',
    getClientModules: () => ['../lib/client/highlightModule.js'],
    getDefaultCodeTranslationMessages: () =>
      readShippedTranslations(PACKAGE_DIR, context.i18n.currentLocale),
    getPathsToWatch: () => [
      ...configuredVersions.flatMap((version) => [
        join(version.contentPath, '**/*.{md,mdx}'),
        ...(version.i18n?.localizedPath ? [join(version.i18n.localizedPath, '**/*.{md,mdx}')] : []),
        ...(version === configured
          ? [
              options.unitsFile ?? join(version.contentPath, 'units.yml'),
              options.nexusFile ?? join(version.contentPath, 'nexus.yml'),
            ]
          : []),
      ]),
      themeSourcesOf(PACKAGE_DIR),
    ],
    async loadContent() {
      // Reading starts while Docusaurus loads the docs; the model keeps what it read for allContentLoaded.
      await Promise.all(configuredVersions.map(read));
      return undefined;
    },
    async allContentLoaded({allContent, actions}) {
      versions = orderedVersions(loadedDocsVersions(allContent, context), options.docsPluginId);
      if (versions.length === 0) return;
      const job = await indexJob();
      await createPendingModules(actions, latest.update(job), () => latest.index());
      actions.addRoute({
        path: `${context.baseUrl}${options.searchPagePath}`,
        component: '@theme/SearchPage',
        exact: true,
        modules: {facets: generated.facets},
      });
      actions.setGlobalData({
        searchPagePath: options.searchPagePath,
        versions: job.versions?.versions ?? [],
      } satisfies SearchGlobalData);
    },
    configureWebpack(_config, isServer) {
      return {
        resolve: {alias: {[MANIFEST_MODULE]: generated.manifest}},
        module: {rules: versions.length > 0 ? [pendingModulesRule(Object.values(generated))] : []},
        plugins: isServer ? [] : [createEmitPlugin(latest)],
      };
    },
    async postBuild({outDir}) {
      // Built by now (bundling waited for it); its generated files as they were bundled, for readers of them.
      const index = await latest.index();
      if (index) writeGeneratedModules(dataDir, index);
      if (!options.docsearchRecords) return;
      writeIndexFile(outDir, 'docsearch-records.json', JSON.stringify(await everyVersion()));
    },
  };
}

export {validateOptions};
export {getSwizzleConfig} from './swizzle.js';
export type {Options, PluginOptions} from './options.js';
export type {FacetValues} from './generatedModules.js';
export {analyze, foldAccents, termOf, termPairs, tokenize} from './client/analyze.js';
export type {Token} from './client/analyze.js';
export {buildLunrIndex, termPostings} from './buildIndex.js';
export {docsearchRecord, docsearchRecords, docsearchTag} from './docsearch.js';
export {pageTypeLabel, siteDocuments} from './documents.js';
export type {SearchDocument} from './documents.js';
export {SearchEngine} from './client/engine.js';
export {createHttpSource, parseByteRanges} from './client/source.js';
export type {IndexSource} from './client/source.js';
export {searchHits} from './client/hits.js';
export type {SearchHit} from './client/protocol.js';
export {buildSiteIndex} from './searchIndex.js';
export {chunkDocuments, cutBySize, shardTerms, splitIndex} from './shards.js';
export {createSnippet, findMarks, markedParts} from './client/snippet.js';
export {planQuery} from './client/plan.js';
