import type {SiteModel} from '@kmportal/model';
import {loadSite} from '@kmportal/model';
import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {gunzipSync} from 'node:zlib';
import {dirname, join} from 'node:path';
import {SearchEngine} from '../client/engine';
import {searchHits} from '../client/hits';
import type {SearchHit} from '../client/protocol';
import {buildSiteIndex, type SiteIndex} from '../searchIndex';

/** Writes pages (path → Markdown) into a temporary docs folder and reads them through the model. */
export function siteOf(pages: Record<string, string>): {site: SiteModel; dir: string} {
  const dir = mkdtempSync(join(tmpdir(), 'kb-search-'));
  for (const [path, text] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, 'docs', path)), {recursive: true});
    writeFileSync(join(dir, 'docs', path), text);
  }
  return {site: loadSite({docsDir: join(dir, 'docs'), cwd: dir}), dir};
}

/** The split index of a site, small shards so that queries cross files. */
export function indexOf(site: SiteModel, dir: string, termShardBytes = 4000): SiteIndex {
  return buildSiteIndex(site, {baseUrl: '/'}, {termShardBytes, docChunkBytes: 4000});
}

/** An engine reading the index from memory, recording which files (and byte ranges of the pack) it loads. */
export function engineOf(index: SiteIndex): {engine: SearchEngine; loaded: string[]} {
  const loaded: string[] = [];
  const fileOf = (name: string) => {
    const file = index.files.find((f) => f.name === name);
    if (!file) throw new Error(`no index file ${name}`);
    return file.content;
  };
  const engine = new SearchEngine(
    index.manifest,
    {
      json: async (name) => {
        loaded.push(name);
        return JSON.parse(fileOf(name) as string);
      },
      ranges: async (name, ranges) => {
        const bytes = fileOf(name) as Uint8Array;
        return ranges.map(
          ([start, end]) => (loaded.push(`${name}@${start}`), bytes.subarray(start, end)),
        );
      },
    },
    async (bytes) => gunzipSync(bytes).toString('utf8'),
  );
  return {engine, loaded};
}

/** The complete hits of a query. */
export async function hitsOf(
  engine: SearchEngine,
  query: string,
  limit = 50,
): Promise<SearchHit[]> {
  let result: SearchHit[] = [];
  await searchHits(engine, {query, limit}, (hits, _total, complete) => {
    if (complete) result = hits;
  });
  return result;
}
