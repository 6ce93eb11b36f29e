// The dev server serves a current search index: the index is built in a worker thread on every load of
// the docs, and the files the dev server serves after an edit are those the plugin's in-process builder
// makes of the edited pages. Limits against hangs, not timing assertions.
import {buildSiteIndex} from '@kmportal/docusaurus-search';
import {loadSite} from '@kmportal/model';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {startDevServer, stopDevServer, type DevServer} from '../browser/dev-server';
import {BUNDLERS, copyFixtureSite, wrapperConfig} from './build';

jest.setTimeout(600_000);

/** The site's index files, built in process as the fixture's plugin options say. */
function expectedFiles(siteDir: string) {
  const site = loadSite({docsDir: join(siteDir, 'docs'), cwd: siteDir, routeBasePath: 'docs'});
  return buildSiteIndex(site, {baseUrl: '/'}, {termShardBytes: 4000, docChunkBytes: 12_000}).files;
}

/**
 * The bytes the dev server serves at `path` once it serves them (it recompiles after an edit). Until the
 * file exists the dev server answers 200 with the site's HTML page (its history fallback), so an HTML
 * answer means "not yet": polling on `ok` alone read that page when the edit was seen late.
 */
async function served(url: string, path: string): Promise<Buffer> {
  for (let attempt = 0; attempt < 1200; attempt++) {
    const response = await fetch(`${url}${path}`);
    const html = response.headers.get('content-type')?.startsWith('text/html') ?? false;
    if (response.ok && !html) return Buffer.from(await response.arrayBuffer());
    await response.body?.cancel();
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the dev server never served ${path}`);
}

describe.each(BUNDLERS)('the search index in the dev server (%s)', (bundler) => {
  let server: DevServer | undefined;
  let siteDir: string;

  beforeAll(async () => {
    siteDir = copyFixtureSite('search-site');
    server = await startDevServer(siteDir, wrapperConfig(siteDir, bundler, undefined), '/search', {
      NODE_ENV: 'development',
    });
  });

  afterAll(() => stopDevServer(server));

  test('serves the index of the pages, and of the pages as edited, without a restart', async () => {
    for (const file of expectedFiles(siteDir))
      expect(
        (await served(server!.url, `/search/${file.name}`)).equals(Buffer.from(file.content)),
      ).toBe(true);
    const page = join(siteDir, 'docs', 'notes', 'payload.md');
    writeFileSync(
      page,
      `${readFileSync(page, 'utf8')}\nA word written in the dev server: quokkafication.\n`,
    );
    const edited = expectedFiles(siteDir);
    const terms = edited.find((file) => file.name.startsWith('terms.'))!;
    expect(
      (await served(server!.url, `/search/${terms.name}`)).equals(Buffer.from(terms.content)),
    ).toBe(true);
    expect(Buffer.from(terms.content).length).toBeGreaterThan(0);
  });
});
