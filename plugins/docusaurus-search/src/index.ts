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
import {useLanguages} from './client/analyze.js';
import {localeLanguages} from './client/lunr.js';
import {docsearchRecords, docsearchTag} from './docsearch.js';
import {siteDocuments} from './documents.js';
import {createEmitPlugin, writeIndexFile, type IndexHolder} from './emit.js';
import {validateOptions, type PluginOptions} from './options.js';
import {buildVersionsIndex, type SiteIndex} from './searchIndex.js';
import type {FacetsFile, IndexedVersion} from './client/format.js';

/** The package's folder: its shipped `locales/` and theme sources. */
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

/** The module the search worker imports its manifest from (aliased to the generated file). */
export const MANIFEST_MODULE = '@kmportal/search-manifest';

/** Facet values and labels, given to the search page as a prop (without the per-document rows). */
export type FacetValues = FacetsFile['values'];

function facetValues(index: SiteIndex): FacetValues {
  const file = index.files.find((f) => f.name === index.manifest.facets)!;
  return (JSON.parse(file.content as string) as FacetsFile).values;
}

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
  const holder: IndexHolder = {files: []};
  const manifestPath = join(
    context.generatedFilesDir,
    'kmportal-search',
    options.id,
    'search-manifest.json',
  );
  /** The index of every version: built once per load of the docs (the dev server rebuilds on change). */
  const indexAll = async (): Promise<SiteIndex> => {
    const parts = await Promise.all(
      versions.map(async (version) => ({version, site: await read(version)})),
    );
    // Built in the locale's languages (stemmers, stop words); the worker queries with the same.
    useLanguages(localeLanguages(context.i18n.currentLocale));
    return buildVersionsIndex(parts, documentContext, sizes);
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
      const content = await indexAll();
      holder.files = content.files;
      await actions.createData('search-manifest.json', JSON.stringify(content.manifest));
      const facets = await actions.createData(
        'search-facets.json',
        JSON.stringify(facetValues(content)),
      );
      actions.addRoute({
        path: `${context.baseUrl}${options.searchPagePath}`,
        component: '@theme/SearchPage',
        exact: true,
        modules: {facets},
      });
      actions.setGlobalData({
        searchPagePath: options.searchPagePath,
        versions: content.manifest.versions ?? [],
      } satisfies SearchGlobalData);
    },
    configureWebpack(_config, isServer) {
      return {
        resolve: {alias: {[MANIFEST_MODULE]: manifestPath}},
        plugins: isServer ? [] : [createEmitPlugin(holder)],
      };
    },
    async postBuild({outDir}) {
      if (!options.docsearchRecords) return;
      writeIndexFile(outDir, 'docsearch-records.json', JSON.stringify(await everyVersion()));
    },
  };
}

export {validateOptions};
export {getSwizzleConfig} from './swizzle.js';
export type {Options, PluginOptions} from './options.js';
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
