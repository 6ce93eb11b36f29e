import type {DocsVersion, SiteModel} from '@kmportal/model';
import {currentLanguages} from './client/analyze.js';
import {FACETS, type IndexedVersion} from './client/format.js';
import type {Language} from './client/lunr.js';
import {
  pageTypeLabel,
  searchedPages,
  siteDocuments,
  type DocumentContext,
  type SearchDocument,
} from './documents.js';
import {buildIndexOf, labelKey, type BuiltIndex, type IndexJob} from './indexJob.js';
import type {ShardSizes} from './shards.js';

/** The split index of a site, and its documents (for DocSearch records). */
export interface SiteIndex extends BuiltIndex {
  documents: SearchDocument[];
}

/** A facet value's label, from the model's vocabularies and registries. */
export function facetLabel(site: SiteModel, facet: string, value: string): string {
  if (facet === 'type') return pageTypeLabel(value);
  if (facet === 'status') return site.config.statusByValue.get(value)?.label ?? value;
  if (facet === 'unit') return site.config.units?.get(value)?.name ?? value;
  if (facet === 'nexus') return site.config.nexus?.get(value)?.title ?? value;
  if (facet === 'sdg') return site.config.sdg.goalByNumber.get(Number(value))?.short ?? value;
  return value;
}

/** The job of a site's documents: each facet value's label read from the site's model. */
export function indexJobOf(
  site: SiteModel,
  documents: SearchDocument[],
  sizes: ShardSizes,
  languages: readonly Language[],
): IndexJob {
  const labels = new Map<string, string>();
  for (const document of documents)
    for (const facet of FACETS)
      for (const value of document.facets[facet]) {
        const key = labelKey(facet, value);
        if (!labels.has(key)) labels.set(key, facetLabel(site, facet, value));
      }
  return {documents, labels, sizes, languages};
}

/** Builds the split index of a site, in process: documents, lunr index, term shards, display chunks, facets. */
export function buildSiteIndex(
  site: SiteModel,
  context: DocumentContext,
  sizes: ShardSizes,
): SiteIndex {
  const documents = siteDocuments(site, context);
  return {...buildIndexOf(indexJobOf(site, documents, sizes, currentLanguages())), documents};
}

/** One docs version's pages, read through the model. */
export interface VersionSite {
  version: DocsVersion;
  site: SiteModel;
}

/** The id of a version in the index and its facet: its name, prefixed by its instance if not `default`. */
export function versionId(version: Pick<DocsVersion, 'instance' | 'name'>): string {
  return version.instance === 'default' ? version.name : `${version.instance}/${version.name}`;
}

function indexedVersion(version: DocsVersion, baseUrl: string): IndexedVersion {
  const path = `${baseUrl.replace(/\/$/, '')}${version.path === '/' ? '' : version.path}` || '/';
  const {instance, name, label, isLast} = version;
  return {id: versionId(version), instance, name, label, path, isLast};
}

/**
 * The job of every docs version of every instance: pages numbered version after version, each page's
 * version and its copies in other versions (same instance and source file) for the manifest.
 */
export function versionsIndexJob(
  parts: VersionSite[],
  context: DocumentContext,
  sizes: ShardSizes,
  languages: readonly Language[],
): IndexJob {
  if (parts.length === 1)
    return indexJobOf(parts[0].site, siteDocuments(parts[0].site, context), sizes, languages);
  const documents: SearchDocument[] = [];
  const pageVersion: number[] = [];
  const pageCopy: number[] = [];
  const firstCopy = new Map<string, number>();
  parts.forEach(({version, site}, v) => {
    const pages = searchedPages(site);
    pages.forEach((parsed, index) => {
      const page = pageVersion.length + index;
      const key = `${version.instance}\u0000${parsed.page.source ?? parsed.page.path}`;
      if (!firstCopy.has(key)) firstCopy.set(key, page);
      pageCopy[page] = firstCopy.get(key)!;
    });
    documents.push(...siteDocuments(site, context, pageVersion.length));
    for (let i = 0; i < pages.length; i++) pageVersion.push(v);
  });
  const versions = parts.map((part) => indexedVersion(part.version, context.baseUrl));
  return {
    ...indexJobOf(parts[0].site, documents, sizes, languages),
    versions: {versions, pageVersion, pageCopy},
  };
}

/** The split index of every docs version of every instance, built in process (`versionsIndexJob`). */
export function buildVersionsIndex(
  parts: VersionSite[],
  context: DocumentContext,
  sizes: ShardSizes,
): SiteIndex {
  const job = versionsIndexJob(parts, context, sizes, currentLanguages());
  return {...buildIndexOf(job), documents: job.documents};
}
