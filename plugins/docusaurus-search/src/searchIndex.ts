import type {SiteModel} from '@kmportal/model';
import {buildLunrIndex, fieldWeights, termPostings} from './buildIndex.js';
import type {SearchManifest} from './client/format.js';
import {
  pageTypeLabel,
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
  const documents = siteDocuments(site, context);
  // Words and pairs in one sorted run: the pair `a b` sorts next to `a`, so it usually shares its shard.
  const postings = termPostings(buildLunrIndex(documents), fieldWeights(documents));
  const {manifest, files} = splitIndex(postings, documents, sizes, (facet, value) =>
    facetLabel(site, facet, value),
  );
  return {manifest, files, documents};
}
