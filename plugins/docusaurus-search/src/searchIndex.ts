import type {DocsVersion, SiteModel} from '@kmportal/model';
import {bm25Postings} from './bm25.js';
import {fieldWeights} from './buildIndex.js';
import {currentLanguages} from './client/analyze.js';
import type {IndexedVersion, SearchManifest} from './client/format.js';
import {
  pageTypeLabel,
  searchedPages,
  siteDocuments,
  type DocumentContext,
  type SearchDocument,
} from './documents.js';
import {splitIndex, type IndexFile, type ShardSizes} from './shards.js';

/** The split index of a site, and its documents (for DocSearch records). */
export interface SiteIndex {
  manifest: SearchManifest;
  files: IndexFile[];
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

/** Builds the split index of a site: documents, lunr index, term shards, display chunks, facets. */
export function buildSiteIndex(
  site: SiteModel,
  context: DocumentContext,
  sizes: ShardSizes,
): SiteIndex {
  return indexDocuments(site, siteDocuments(site, context), sizes);
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
 * The split index of every docs version of every instance: pages numbered version after version, each
 * page's version and its copies in other versions (same instance and source file) in the manifest.
 */
export function buildVersionsIndex(
  parts: VersionSite[],
  context: DocumentContext,
  sizes: ShardSizes,
): SiteIndex {
  if (parts.length === 1) return buildSiteIndex(parts[0].site, context, sizes);
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
  const index = indexDocuments(parts[0].site, documents, sizes);
  const versions = parts.map((part) => indexedVersion(part.version, context.baseUrl));
  index.manifest = {...index.manifest, versions, pageVersion, pageCopy};
  return index;
}

function indexDocuments(
  site: SiteModel,
  documents: SearchDocument[],
  sizes: ShardSizes,
): SiteIndex {
  // Words and pairs in one sorted run: the pair `a b` sorts next to `a`, so it usually shares its shard.
  const postings = bm25Postings(documents, fieldWeights(documents));
  const {manifest, files} = splitIndex(postings, documents, sizes, (facet, value) =>
    facetLabel(site, facet, value),
  );
  return {manifest: {...manifest, languages: [...currentLanguages()]}, files, documents};
}
