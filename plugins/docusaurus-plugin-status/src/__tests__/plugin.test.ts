import {normalizePluginOptions} from '@docusaurus/utils-validation';
import type {LoadContext} from '@docusaurus/types';
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {docsVersionOfFile, loadVersionSite} from '@kmportal/model';
import pluginStatus, {validateOptions, type Options, type PluginOptions} from '../index.js';

function options(input: Options): PluginOptions {
  return validateOptions({validate: normalizePluginOptions as never, options: input});
}

function siteWith(page: string): string {
  const siteDir = mkdtempSync(join(tmpdir(), 'status-plugin-'));
  mkdirSync(join(siteDir, 'docs'));
  writeFileSync(
    join(siteDir, 'docs', 'units.yml'),
    '- code: OES\n  name: Office of the Executive Secretary\n',
  );
  writeFileSync(
    join(siteDir, 'docs', 'nexus.yml'),
    '- slug: smart-cities\n  title: Cities\n  description: Cities.\n',
  );
  writeFileSync(join(siteDir, 'docs', 'page.md'), page);
  return siteDir;
}

describe('options', () => {
  test('defaults are applied once', () => {
    const normalized = options({severity: 'warn'});
    expect(normalized).toMatchObject({severity: 'warn'});
    // No SDG language unless asked for: each locale's build shows its own.
    expect(normalized.sdgLocale).toBeUndefined();
    expect(normalized.statuses.map((s) => s.value)).toContain('continuing');
  });

  test('docsDir and routeBasePath are the docs plugin’s: accepted, ignored, with a warning', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const normalized = options({docsDir: 'docs', routeBasePath: '/'});
    expect(normalized).not.toHaveProperty('docsDir');
    expect(normalized).not.toHaveProperty('routeBasePath');
    expect(warn.mock.calls.map((call) => call.map(String).join(' '))).toEqual([
      expect.stringContaining(
        '@kmportal/docusaurus-plugin-status: `docsDir` and `routeBasePath` are no longer read and can be removed',
      ),
    ]);
    warn.mockRestore();
  });

  test('bad options are rejected with the field named', () => {
    expect(() => options({severity: 'explode' as never})).toThrowErrorMatchingInlineSnapshot(
      `""severity" must be one of [throw, warn]"`,
    );
  });
});

describe('loadContent', () => {
  const context = (siteDir: string, siteConfig = {}) =>
    ({
      siteDir,
      generatedFilesDir: join(siteDir, '.docusaurus'),
      baseUrl: '/',
      siteConfig,
    }) as unknown as LoadContext;
  let spy: jest.SpyInstance;
  beforeEach(() => {
    spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  test('reads every block through the model', async () => {
    const siteDir = siteWith(':::status[A]{#a-1 status=ongoing owner=OES}\n:::\n');
    const site = await pluginStatus(context(siteDir), options({})).loadContent!();
    expect(site.items.map((item) => [item.id, item.url])).toEqual([['a-1', '/docs/page#a-1']]);
  });

  test('reads the docs plugin’s folder and route from the site config (docs-only mode)', async () => {
    const siteDir = siteWith(':::status[A]{#a-1 status=ongoing owner=OES}\n:::\n');
    const siteConfig = {presets: [['classic', {docs: {routeBasePath: '/'}}]]};
    const site = await pluginStatus(context(siteDir, siteConfig), options({})).loadContent!();
    expect(site!.items.map((item) => item.url)).toEqual(['/page#a-1']);
  });

  test('takes the permalinks Docusaurus loaded', async () => {
    const siteDir = siteWith(':::status[A]{#a-1 status=ongoing owner=OES}\n:::\n');
    const plugin = pluginStatus(context(siteDir), options({}));
    const setGlobalData = jest.fn();
    const docs = {
      loadedVersions: [
        {
          versionName: 'current',
          label: 'Next',
          path: '/docs',
          isLast: true,
          contentPath: join(siteDir, 'docs'),
          docs: [{source: '@site/docs/page.md', permalink: '/docs/served-here'}],
        },
      ],
    };
    await plugin.allContentLoaded!({
      allContent: {'docusaurus-plugin-content-docs': {default: docs}},
      actions: {setGlobalData} as never,
    });
    expect(setGlobalData.mock.calls[0][0]).toMatchObject({itemCount: 1});
    // The remark plugin finds the page's version, and its permalinks, from this reading.
    const version = docsVersionOfFile(join(siteDir, 'docs', 'page.md'))!;
    expect(loadVersionSite(version, {cwd: siteDir}).items[0]!.url).toBe('/docs/served-here#a-1');
    const {cache} = plugin.configureWebpack!(
      {cache: {type: 'filesystem'}} as never,
      false,
      {} as never,
      undefined,
    ) as {cache: {version: string}};
    expect(cache.version).toMatch(/-kmportal-/);
  });

  test('throws after logging each error once when severity is throw', async () => {
    const siteDir = siteWith(':::status[A]{#a-1 status=ongoign}\n:::\n');
    const plugin = pluginStatus(context(siteDir), options({severity: 'throw'}));
    await expect(plugin.loadContent!()).rejects.toThrow('1 error(s) in status blocks');
    const logged = spy.mock.calls.map((call) => call.map(String).join(' '));
    expect(logged.filter((line) => line.includes('docs/page.md:1:26'))).toHaveLength(1);
  });

  test('only warns when severity is warn', async () => {
    const siteDir = siteWith(':::status[A]{#a-1 status=ongoign}\n:::\n');
    const site = await pluginStatus(context(siteDir), options({severity: 'warn'})).loadContent!();
    expect(site.messages).toHaveLength(1);
  });

  test('the dev server: one warning per problem per edit, however many plugins reload for it', async () => {
    const siteDir = siteWith(':::status[A]{#a-1 status=ongoign}\n:::\n');
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const plugin = pluginStatus(context(siteDir), options({severity: 'warn'}));
    const docs = {
      loadedVersions: [
        {
          versionName: 'current',
          label: 'Next',
          path: '/docs',
          isLast: true,
          contentPath: join(siteDir, 'docs'),
          docs: [{source: '@site/docs/page.md', permalink: '/docs/page'}],
        },
      ],
    };
    const allContentLoaded = () =>
      plugin.allContentLoaded!({
        allContent: {'docusaurus-plugin-content-docs': {default: docs}},
        actions: {setGlobalData: () => undefined} as never,
      });
    const warnings = () =>
      warn.mock.calls
        .map((call) => call.map(String).join(' '))
        .filter((l) => l.includes('ongoign'));
    // One edit: the status plugin reloads, then the docs, indexes and feeds plugins each rerun every
    // plugin's allContentLoaded.
    await plugin.loadContent!();
    await allContentLoaded();
    await allContentLoaded();
    await allContentLoaded();
    expect(warnings()).toHaveLength(1);
    // The next edit (a new problem, the old one kept) says each once, whichever reload comes first:
    // Docusaurus runs them at once, so another plugin's reload may run this plugin's allContentLoaded
    // before its own loadContent.
    writeFileSync(
      join(siteDir, 'docs', 'page.md'),
      ':::status[A]{#a-1 status=ongoign}\n:::\n\n:::status[B]{#b-1 status=plannd}\n:::\n',
    );
    await allContentLoaded();
    await plugin.loadContent!();
    await allContentLoaded();
    expect(warnings()).toHaveLength(2);
    expect(warn.mock.calls.filter((call) => String(call).includes('plannd'))).toHaveLength(1);
    // A reload with no edit in between (the same texts) says nothing again.
    await plugin.loadContent!();
    expect(warnings()).toHaveLength(2);
  });

  test('watches the pages, the registries and (for write-translations) the theme sources', () => {
    const siteDir = siteWith('');
    const paths = pluginStatus(context(siteDir), options({})).getPathsToWatch!();
    expect(paths).toEqual([
      join(siteDir, 'docs', '**/*.{md,mdx}'),
      join(siteDir, 'docs', 'units.yml'),
      join(siteDir, 'docs', 'nexus.yml'),
      join(__dirname, '..', 'theme'),
    ]);
  });
});
