// Where and when the search index is built: in a worker thread from allContentLoaded on, while the
// bundler bundles; the bundler waits for it only in the modules that hold it (the manifest the search
// worker imports, the search page's facets) and in the emitted index files. Through a real build on
// each bundler: the files are byte for byte those the plugin's in-process builder makes of the same
// pages, and the bundled manifest and facets are those of the files.
import {buildSiteIndex} from '@kmportal/docusaurus-search';
import {loadSite} from '@kmportal/model';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {BUNDLERS, buildFixtureSite, copyFixtureSite, type BuildResult} from './build';

jest.setTimeout(600_000);

/** The site's one docs version, read and indexed in process as the plugin's options say (4,000-byte shards). */
function inProcessIndex(siteDir: string) {
  const site = loadSite({docsDir: join(siteDir, 'docs'), cwd: siteDir, routeBasePath: 'docs'});
  return buildSiteIndex(site, {baseUrl: '/'}, {termShardBytes: 4000, docChunkBytes: 12_000});
}

/** The JavaScript files of a build that contain `text`. */
function scriptsWith(outDir: string, text: string): string[] {
  const dir = join(outDir, 'assets', 'js');
  return readdirSync(dir).filter(
    (name) => name.endsWith('.js') && readFileSync(join(dir, name), 'utf8').includes(text),
  );
}

describe.each(BUNDLERS)('the search index, built while the bundler bundles (%s)', (bundler) => {
  let siteDir: string;
  let build: BuildResult;
  const generated = (name: string) =>
    JSON.parse(
      readFileSync(join(siteDir, '.docusaurus', 'kmportal-search', 'default', name), 'utf8'),
    );

  beforeAll(() => {
    siteDir = copyFixtureSite('search-site');
    build = buildFixtureSite('search-site', {bundler, siteDir});
  });

  test('builds without an error', () => {
    expect(build.output).not.toMatch(/\[ERROR\]/);
    expect(build.status).toBe(0);
  });

  test('the index files are byte for byte those built in process from the same pages', () => {
    const expected = inProcessIndex(siteDir);
    const emitted = readdirSync(join(build.outDir, 'search')).filter(
      (name) => name !== 'index.html',
    );
    expect(emitted.sort()).toEqual(expected.files.map((file) => file.name).sort());
    for (const file of expected.files)
      expect(
        readFileSync(join(build.outDir, 'search', file.name)).equals(Buffer.from(file.content)),
      ).toBe(true);
    // postBuild leaves the generated manifest as it was bundled, for whoever reads `.docusaurus`.
    expect(generated('search-manifest.json')).toEqual(expected.manifest);
  });

  test('the search worker bundles the manifest of those files; the search page its facets', () => {
    const manifest = generated('search-manifest.json');
    const workers = scriptsWith(build.outDir, manifest.pack);
    expect(workers).toHaveLength(1);
    const worker = readFileSync(join(build.outDir, 'assets', 'js', workers[0]!), 'utf8');
    for (const name of [manifest.docs.pack, manifest.facets]) expect(worker).toContain(name);
    expect(worker).not.toContain('pendingSearchIndex');
    // The facets module: the units registry's names, rendered into the search page by SSG.
    const facets = generated('search-facets.json');
    expect(facets.unit.map((unit: {label: string}) => unit.label)).toContain(
      'Programme Management Unit',
    );
    const page = readFileSync(join(build.outDir, 'search', 'index.html'), 'utf8');
    expect(page).toContain('Programme Management Unit');
  });
});
