import {normalizePluginOptions} from '@docusaurus/utils-validation';
import type {LoadContext} from '@docusaurus/types';
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
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
    expect(normalized).toMatchObject({
      docsDir: 'docs',
      routeBasePath: 'docs',
      severity: 'warn',
      sdgLocale: 'en',
    });
    expect(normalized.statuses.map((s) => s.value)).toContain('continuing');
  });

  test('bad options are rejected with the field named', () => {
    expect(() => options({severity: 'explode' as never})).toThrowErrorMatchingInlineSnapshot(
      `""severity" must be one of [throw, warn]"`,
    );
  });
});

describe('loadContent', () => {
  const context = (siteDir: string) => ({siteDir}) as LoadContext;
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

  test('watches the pages and the registries', () => {
    const siteDir = siteWith('');
    const paths = pluginStatus(context(siteDir), options({})).getPathsToWatch!();
    expect(paths).toEqual([
      join(siteDir, 'docs', '**/*.{md,mdx}'),
      join(siteDir, 'docs', 'units.yml'),
      join(siteDir, 'docs', 'nexus.yml'),
    ]);
  });
});
