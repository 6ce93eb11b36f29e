import {mkdirSync, mkdtempSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parsePage} from '../parse.js';
import {formatMessage} from '../diagnostics.js';
import {openMemoryParseCache, parseCacheScope} from '../parse-cache.js';
import {loadSiteAsync} from '../site-async.js';
import {loadSite, type SiteModel} from '../site.js';

// Counts the parses made (the cache's whole point is that there are fewer).
jest.mock('../parse.js', () => {
  const actual = jest.requireActual('../parse.js');
  return {...actual, parsePage: jest.fn(actual.parsePage)};
});
const parsed = parsePage as jest.MockedFunction<typeof parsePage>;

function site(pages: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'parse-cache-'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'units.yml'), '- code: SD\n  name: Statistical Division\n');
  writeFileSync(join(dir, 'docs', 'nexus.yml'), '- slug: c\n  title: C\n  description: C.\n');
  for (const [name, text] of Object.entries(pages)) writeFileSync(join(dir, 'docs', name), text);
  return {dir, options: {docsDir: join(dir, 'docs'), cwd: dir, cacheDir: join(dir, '.cache')}};
}

const view = (model: SiteModel) => ({
  items: model.items.map((item) => [item.id, item.status, item.url]),
  messages: model.messages.map(formatMessage),
});

const pages = {
  'a.md': ':::status[A]{#a-1 status=ongoign owner=SD}\n:::\n',
  'b.md': '# B\n\n:::status[B]{#b-1 status=planned owner=XX}\n:::\n\n::status-ref{id=a-2}\n',
};

describe('the parse cache', () => {
  beforeEach(() => parsed.mockClear());

  test('an unchanged page is not parsed again, a changed one is; diagnostics of cached pages stay', () => {
    const {dir, options} = site(pages);
    const first = loadSite(options);
    expect(readdirSync(join(dir, '.cache'))).toHaveLength(1);
    parsed.mockClear();
    const second = loadSite(options);
    expect(parsed).not.toHaveBeenCalled();
    expect(view(second)).toEqual(view(first));
    expect(view(second).messages).toHaveLength(3); // status, unit, unknown ref: all from cached pages
    writeFileSync(join(dir, 'docs', 'a.md'), ':::status[A]{#a-2 status=ongoing owner=SD}\n:::\n');
    const third = loadSite(options);
    expect(parsed.mock.calls.map(([input]) => input.path)).toEqual(['docs/a.md']);
    expect(view(third)).toEqual(view(loadSite({...options, cacheDir: undefined})));
    expect(view(third).messages).toEqual([
      expect.stringContaining('docs/b.md:3:40: Unknown unit `XX`'),
    ]);
  });

  test('has: only the paths it holds a parse of, so a cold cache makes no page be read twice', () => {
    const {dir, options} = site(pages);
    const config = loadSite({...options, cacheDir: undefined}).config;
    const scope = parseCacheScope(dir, options.docsDir);
    expect(openMemoryParseCache(config, scope).has('docs/a.md')).toBe(false);
    loadSite({...options, cacheDir: undefined, memoryCache: true});
    const warm = openMemoryParseCache(config, scope);
    expect([warm.has('docs/a.md'), warm.has('docs/b.md'), warm.has('docs/c.md')]).toEqual([
      true,
      true,
      false,
    ]);
  });

  test('a change of registry parses every page again', () => {
    const {dir, options} = site(pages);
    loadSite(options);
    writeFileSync(join(dir, 'docs', 'units.yml'), '- code: XX\n  name: Other\n');
    parsed.mockClear();
    const model = loadSite(options);
    expect(parsed).toHaveBeenCalledTimes(2);
    expect(model.messages.map(formatMessage).join('\n')).not.toContain('Unknown unit `XX`');
  });

  test('loadSiteAsync reads and fills the same cache', async () => {
    const {options} = site(pages);
    const fresh = await loadSiteAsync(options, {workers: 0});
    parsed.mockClear();
    const cached = await loadSiteAsync(options, {workers: 0});
    expect(parsed).not.toHaveBeenCalled();
    expect(view(cached)).toEqual(view(fresh));
  });

  test("docs versions sharing a cache keep each other's parses, read one after another or at once", async () => {
    const {dir, options} = site(pages);
    const older = join(dir, 'versioned_docs', 'version-1.0');
    mkdirSync(older, {recursive: true});
    writeFileSync(join(older, 'c.md'), ':::status[C]{#c-1 status=ongoing owner=SD}\n:::\n');
    const versions = [options, {...options, docsDir: older}];
    for (const version of versions) loadSite(version);
    await Promise.all(versions.map((version) => loadSiteAsync(version, {workers: 0})));
    parsed.mockClear();
    for (const version of versions) loadSite(version);
    expect(parsed).not.toHaveBeenCalled();
    // A page gone from one version is dropped from the cache; the other version's stay.
    writeFileSync(join(older, 'c.md'), ':::status[C]{#c-1 status=completed owner=SD}\n:::\n');
    loadSite(versions[1]!);
    parsed.mockClear();
    for (const version of versions) loadSite(version);
    expect(parsed).not.toHaveBeenCalled();
  });

  test('parseCacheScope: the docs folder relative to the site, none for the site itself', () => {
    expect(parseCacheScope('/site', '/site/versioned_docs/version-1.0')).toBe(
      'versioned_docs/version-1.0/',
    );
    expect(parseCacheScope('/site', '/site')).toBeUndefined();
    expect(parseCacheScope('/site', '/other/docs')).toBe('../other/docs/');
  });

  test('the locales of a site share the parses of its source pages (names in every locale count)', () => {
    const {dir, options} = site({
      'r.md':
        '---\nreviewers: Statistical Division\n---\n\n:::status[R]{#r-1 status=ongoing owner=SD}\n:::\n',
    });
    writeFileSync(
      join(dir, 'docs', 'units.yml'),
      '- code: SD\n  name: {en: Statistical Division, fr: Division de statistique}\n',
    );
    const localizedDir = join(dir, 'i18n', 'fr', 'docusaurus-plugin-content-docs', 'current');
    const locales = {defaultLocale: 'en', locales: ['en', 'fr']};
    const en = loadSite({...options, ...locales, locale: 'en'});
    parsed.mockClear();
    const fr = loadSite({...options, ...locales, locale: 'fr', localizedDir});
    expect(parsed).not.toHaveBeenCalled();
    // The page names its reviewer in English: a code in every locale, no unknown unit in French.
    for (const model of [en, fr]) {
      expect(model.pages[0]!.page.review?.reviewers).toEqual(['SD']);
      expect(model.messages.map(formatMessage).filter((m) => m.includes('r.md'))).toEqual([]);
    }
    expect(fr.config.units!.get('SD')!.name).toBe('Division de statistique');
  });

  test('memoryCache: the reads of one process parse a page once, and keep only the latest read', () => {
    const {dir, options} = site(pages);
    const inMemory = {...options, cacheDir: undefined, memoryCache: true};
    const first = loadSite(inMemory);
    parsed.mockClear();
    expect(view(loadSite(inMemory))).toEqual(view(first));
    expect(parsed).not.toHaveBeenCalled();
    expect(readdirSync(dir)).not.toContain('.cache');
    writeFileSync(join(dir, 'docs', 'a.md'), ':::status[A]{#a-2 status=ongoing owner=SD}\n:::\n');
    loadSite(inMemory);
    expect(parsed.mock.calls.map(([input]) => input.path)).toEqual(['docs/a.md']);
    // The earlier text of a.md is dropped: only b.md and the new a.md are held.
    const cache = openMemoryParseCache(first.config, 'docs/');
    const held = ['docs/a.md', 'docs/b.md'].map((path) =>
      first.pages.some((page) => cache.get(path, page.digest!) !== undefined),
    );
    expect(held).toEqual([false, true]);
    // Without the option (and without cacheDir) nothing is kept.
    parsed.mockClear();
    loadSite({...options, cacheDir: undefined});
    expect(parsed).toHaveBeenCalledTimes(2);
  });

  test('an unreadable cache file is parsed past, not thrown', () => {
    const {dir, options} = site(pages);
    mkdirSync(join(dir, '.cache'));
    loadSite(options);
    const [name] = readdirSync(join(dir, '.cache'));
    writeFileSync(join(dir, '.cache', name!), 'not a cache');
    expect(view(loadSite(options)).messages).toHaveLength(3);
  });
});
