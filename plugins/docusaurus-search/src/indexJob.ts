// What the index is built from, as plain data, and the build itself: the part of indexing that needs no
// site model, so that it runs in the index worker (`indexThread.ts`) as well as in process. It imports
// nothing of the model at run time: the worker loads only the analyzer and the builder.
import {bm25Postings} from './bm25.js';
import {fieldWeights} from './buildIndex.js';
import {currentLanguages, useLanguages} from './client/analyze.js';
import type {DocRecord, IndexedVersion, SearchManifest} from './client/format.js';
import type {Language} from './client/lunr.js';
import type {SearchDocument} from './documents.js';
import {splitIndex, type IndexFile, type ShardSizes} from './shards.js';

/** The versions of an index of several docs versions, as the manifest holds them. */
export interface VersionsOfIndex {
  versions: IndexedVersion[];
  /** Each page's version (its number in `versions`). */
  pageVersion: number[];
  /** Each page's first copy (same instance and source file), itself when it is the first. */
  pageCopy: number[];
}

/** Everything an index is built from: structured-clonable data, read from the model beforehand. */
export interface IndexJob {
  documents: SearchDocument[];
  /** Each facet value's label, keyed `facet\u0000value` (from the model's vocabularies and registries). */
  labels: Map<string, string>;
  sizes: ShardSizes;
  /** The analyzer's languages (stemmers, stop words); the browser queries with the same. */
  languages: readonly Language[];
  /** Only for an index of several docs versions. */
  versions?: VersionsOfIndex;
}

/** The manifest (bundled into the search worker) and the index files it names. */
export interface BuiltIndex {
  manifest: SearchManifest;
  files: IndexFile[];
}

/** A document as a job carries it to the worker: its body left out when it is its record's text (always, from `siteDocuments`). */
type WireDocument = Omit<SearchDocument, 'body'> & {body?: string};

/** A job as it goes to the worker thread: each body that is its record's text sent once, in the record. */
export interface WireJob extends Omit<IndexJob, 'documents'> {
  documents: WireDocument[];
}

/**
 * The job to send: the same, every document's text once instead of twice (half the bytes to copy). A
 * malformed job (no record) goes as it is: the worker's error tells what is wrong with it.
 */
export function wireJob(job: IndexJob): WireJob {
  const documents = job.documents.map(({body, ...document}): WireDocument =>
    body === (document.record as DocRecord | undefined)?.text ? document : {...document, body},
  );
  return {...job, documents};
}

/** The job a `wireJob` was made of. */
export function jobOfWire(wire: WireJob): IndexJob {
  const documents = wire.documents.map((document): SearchDocument => ({
    ...document,
    body: document.body ?? document.record.text,
  }));
  return {...wire, documents};
}

/** The key of a facet value in `IndexJob.labels`. */
export function labelKey(facet: string, value: string): string {
  return `${facet}\u0000${value}`;
}

/** Builds the split index of a job: BM25 postings, term shards, display chunks, facets. */
export function buildIndexOf(job: IndexJob): BuiltIndex {
  useLanguages(job.languages);
  const {documents, labels} = job;
  // Words and pairs in one sorted run: the pair `a b` sorts next to `a`, so it usually shares its shard.
  const postings = bm25Postings(documents, fieldWeights(documents));
  const {manifest, files} = splitIndex(
    postings,
    documents,
    job.sizes,
    (facet, value) => labels.get(labelKey(facet, value)) ?? value,
  );
  const built = {...manifest, languages: [...currentLanguages()]};
  return {manifest: job.versions ? {...built, ...job.versions} : built, files};
}
