import {createHash} from 'node:crypto';
import {gzipSync} from 'node:zlib';
import type {DocRecord, FacetsFile, SearchManifest, ShardFile, ShardList} from './client/format.js';
import {FACETS} from './client/format.js';
import type {TermPostings} from './buildIndex.js';
import type {SearchDocument} from './documents.js';

/** A file of the split index: its name under the index folder and its content (JSON text, or the binary pack). */
export interface IndexFile {
  name: string;
  content: string | Uint8Array;
}

function hashed(stem: string, content: string | Uint8Array, extension = 'json'): IndexFile {
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 10);
  return {name: `${stem}.${hash}.${extension}`, content};
}

/** Cuts a sorted run into consecutive groups of at most `maxBytes` (a single larger entry gets a group of its own). */
export function cutBySize<T>(entries: T[], size: (entry: T) => number, maxBytes: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const entry of entries) {
    const entryBytes = size(entry);
    if (current.length > 0 && bytes + entryBytes > maxBytes) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(entry);
    bytes += entryBytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * Shards of a sorted term list, each at most `maxBytes` of JSON, packed into one file: each shard is a
 * gzip member of its own at the byte offsets the manifest keeps, so that the worker fetches any set of
 * shards with one multi-range request and inflates each alone.
 */
export function shardTerms(stem: string, terms: TermPostings[], maxBytes: number) {
  const vocabulary = vocabularyOf(terms);
  // Each term's postings are written as JSON once: to cut the shards by size, then into its shard.
  const written = terms.map((t) => ({...t, json: JSON.stringify(t.postings)}));
  const groups = cutBySize(written, (t) => t.term.length + t.json.length + 4, maxBytes);
  const {pack, sizes} = packOf(
    stem,
    groups.map((group) =>
      shardJson(
        group.map((t) => t.term),
        group.map((t) => t.json),
      ),
    ),
    vocabulary,
  );
  const firstWord = groups.map((group) => {
    const word = group.find((t) => !t.term.includes(' '))?.term;
    return word === undefined ? null : word === group[0].term ? 0 : word;
  });
  const vocabularySize = sizes.pop()!;
  const list: ShardList = {
    first: groups.map((group) => group[0].term),
    sizes,
    firstWord,
    vocabulary: vocabularySize,
  };
  return {pack, list};
}

const VOCABULARY_WORD = /^\p{L}[\p{L}\p{N}]{1,40}$/u;

/** The words a typo or a run-together form may be (no pairs, identifiers or numbers), one per line. */
function vocabularyOf(terms: TermPostings[]): string {
  return terms
    .filter((t) => VOCABULARY_WORD.test(t.term))
    .map((t) => t.term)
    .join('\n');
}

/**
 * zlib's default level: on the 1,000-page bench corpus level 9 made the term pack 0.15% smaller for
 * 40% more compression time (434 ms against 303 ms of CPU).
 */
const GZIP_LEVEL = 6;

/** `JSON.stringify` of a `ShardFile`, from its terms and its postings already written as JSON. */
function shardJson(terms: ShardFile['terms'], postings: string[]): string {
  return `{"terms":${JSON.stringify(terms)},"postings":[${postings.join(',')}]}`;
}

/** JSON texts as one file of gzip members (and a last text after them), and the byte size of each. */
function packOf(stem: string, texts: string[], last?: string): {pack: IndexFile; sizes: number[]} {
  const members = [...texts, ...(last === undefined ? [] : [last])].map((text) =>
    gzipSync(text, {level: GZIP_LEVEL}),
  );
  return {pack: hashed(stem, Buffer.concat(members), 'bin'), sizes: members.map((m) => m.length)};
}

/**
 * Display chunks of consecutive documents, each at most `maxBytes` of JSON, packed like the term
 * shards: the records of a page of hits, wherever they are, come in one multi-range request.
 */
export function chunkDocuments(records: DocRecord[], maxBytes: number) {
  // Each record is written as JSON once: to cut the chunks by size, then into its chunk.
  const written = records.map((record) => JSON.stringify(record));
  const groups = cutBySize(written, (json) => json.length + 1, maxBytes);
  const {pack, sizes} = packOf(
    'docs',
    groups.map((group) => `{"docs":[${group.join(',')}]}`),
  );
  return {pack, counts: groups.map((group) => group.length), sizes};
}

/** The facets file: each facet's values (with labels) and every document's value indexes. */
export function facetsFile(
  documents: SearchDocument[],
  label: (facet: string, value: string) => string,
): IndexFile {
  const values = Object.fromEntries(
    FACETS.map((facet) => [facet, new Map<string, number>()]),
  ) as Record<(typeof FACETS)[number], Map<string, number>>;
  const rows = documents.map((document) =>
    FACETS.map((facet) =>
      document.facets[facet].map((value) => {
        const known = values[facet];
        if (!known.has(value)) known.set(value, known.size);
        return known.get(value)!;
      }),
    ),
  );
  const file: FacetsFile = {
    values: Object.fromEntries(
      FACETS.map((facet) => [
        facet,
        [...values[facet].keys()].map((value) => ({value, label: label(facet, value)})),
      ]),
    ) as FacetsFile['values'],
    docs: rows,
  };
  return hashed('facets', JSON.stringify(file));
}

/** Size limits of the index files, in bytes of JSON before compression. */
export interface ShardSizes {
  termShardBytes: number;
  docChunkBytes: number;
}

/** Everything the browser loads: the manifest (bundled into the worker) and the files it names. */
export function splitIndex(
  terms: TermPostings[],
  documents: SearchDocument[],
  sizes: ShardSizes,
  label: (facet: string, value: string) => string,
): {manifest: SearchManifest; files: IndexFile[]} {
  const termShards = shardTerms('terms', terms, sizes.termShardBytes);
  const chunks = chunkDocuments(
    documents.map((document) => document.record),
    sizes.docChunkBytes,
  );
  const facets = facetsFile(documents, label);
  const pageSizes: number[] = [];
  for (const document of documents) pageSizes[document.page] = (pageSizes[document.page] ?? 0) + 1;
  const manifest: SearchManifest = {
    version: 2,
    pack: termShards.pack.name,
    terms: termShards.list,
    docs: {pack: chunks.pack.name, counts: chunks.counts, sizes: chunks.sizes},
    pageSizes,
    facets: facets.name,
    documentCount: documents.length,
  };
  return {manifest, files: [termShards.pack, chunks.pack, facets]};
}
