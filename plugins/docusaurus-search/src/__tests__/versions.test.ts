// Every docs version indexed: the version filter, copies of a page collapsed, the reader's version.
import {loadSite, type DocsVersion} from '@kmportal/model';
import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {readerVersions} from '../client/readerVersions';
import {buildVersionsIndex} from '../searchIndex';
import {engineOf, hitsOf} from './helpers';

function versionSite(dir: string, name: string, route: string, pages: Record<string, string>) {
  for (const [path, text] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, name, path)), {recursive: true});
    writeFileSync(join(dir, name, path), text);
  }
  return loadSite({docsDir: join(dir, name), cwd: dir, routeBasePath: route});
}

const page = (title: string, text: string) => `---\ntitle: ${title}\n---\n\n${text}\n`;

describe('docs versions in one index', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-search-versions-'));
  const version = (name: string, path: string, isLast: boolean): DocsVersion => ({
    instance: 'default',
    name,
    label: name === 'current' ? 'Next' : name,
    contentPath: join(dir, name),
    path,
    isLast,
  });
  const parts = [
    {
      version: version('current', '/docs/next', false),
      site: versionSite(dir, 'current', 'docs/next', {
        'jest-object.md': page(
          'The Jest Object',
          'The jest object is in scope. jest.mock mocks modules.',
        ),
        'new.md': page('Snapshot serializers', 'New in this version: snapshot serializers.'),
      }),
    },
    {
      version: version('1.0', '/docs', true),
      site: versionSite(dir, '1.0', 'docs', {
        'jest-object.md': page(
          'The Jest Object',
          'The jest object is in scope. jest.mock mocks modules.',
        ),
      }),
    },
  ];
  const index = buildVersionsIndex(
    parts,
    {baseUrl: '/'},
    {termShardBytes: 4000, docChunkBytes: 4000},
  );
  const {engine} = engineOf(index);
  const hits = async (query: string, versions?: string[]) => {
    let result: Awaited<ReturnType<typeof hitsOf>> = [];
    const {searchHits} = await import('../client/hits');
    await searchHits(
      engine,
      {query, limit: 50, filter: versions ? {version: versions} : {}},
      (h, _t, done) => {
        if (done) result = h;
      },
    );
    return result;
  };
  const pageUrls = async (query: string, versions?: string[]) =>
    Array.from(new Set((await hits(query, versions)).map((h) => h.record.url.split('#')[0])));

  test('the manifest names each page’s version and its copies', () => {
    expect(index.manifest.versions?.map((v) => [v.id, v.label, v.path, v.isLast])).toEqual([
      ['current', 'Next', '/docs/next', false],
      ['1.0', '1.0', '/docs', true],
    ]);
    expect(index.manifest.pageVersion).toEqual([0, 0, 1]);
    expect(index.manifest.pageCopy).toEqual([0, 1, 0]);
  });

  test('results of the versions asked for; copies of one page collapsed to the best-ranked', async () => {
    expect(await pageUrls('jest object', ['1.0'])).toEqual(['/docs/jest-object']);
    expect(await pageUrls('jest object', ['current'])).toEqual(['/docs/next/jest-object']);
    // Both versions: "The Jest Object" once, not twice with the same children.
    expect(await pageUrls('jest object', ['current', '1.0'])).toHaveLength(1);
    expect(await pageUrls('serializers', ['1.0'])).toEqual([]);
    expect(await pageUrls('serializers', ['current', '1.0'])).toEqual(['/docs/next/new']);
  });

  test('each hit says its version, so that copies can be told apart', async () => {
    const [hit] = await hits('jest object', ['1.0']);
    expect(hit.version).toBe('1.0');
  });

  test('the reader’s version is the one whose route the page is under, else the last released', () => {
    const versions = index.manifest.versions!;
    expect(readerVersions(versions, '/docs/next/jest-object')).toEqual(['current']);
    expect(readerVersions(versions, '/docs/jest-object')).toEqual(['1.0']);
    expect(readerVersions(versions, '/search')).toEqual(['1.0']);
    expect(readerVersions(versions.slice(0, 1), '/docs/next')).toEqual([]);
  });
});
