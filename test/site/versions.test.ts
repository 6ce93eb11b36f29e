import {load} from 'cheerio';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gunzipSync} from 'node:zlib';
import {BUNDLERS, buildFixtureSite, type BuildResult} from './build';

jest.setTimeout(600_000);

const SITE_URL = 'https://example.org';

/** Every file below `dir`, relative. */
function filesBelow(dir: string): string[] {
  return (readdirSync(dir, {recursive: true, encoding: 'utf8'}) as string[]).sort();
}

/** The text of an emitted data file (the search index's `.bin` files are gzipped JSON). */
function dataText(path: string): string {
  const bytes = readFileSync(path);
  return path.endsWith('.bin') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
}

/** Every site URL a data file names in a `url`, `href`, `permalink` or `doc` field. */
function emittedUrls(text: string): string[] {
  const found = text.matchAll(/"(?:url|url_without_anchor|href|permalink|doc)":"([^"]+)"/g);
  return [...found]
    .map((match) => match[1]!)
    .filter((url) => url.startsWith('/') || url.startsWith(SITE_URL));
}

/** Why `url` does not resolve to a built page (and its anchor), or `undefined` when it does. */
function unresolved(outDir: string, url: string): string | undefined {
  const [path, anchor] = url.replace(SITE_URL, '').split('#');
  const file = [join(outDir, path!, 'index.html'), join(outDir, `${path}.html`)].find(existsSync);
  if (!file) return `${url}: no page`;
  if (anchor && load(readFileSync(file, 'utf8'))(`[id="${anchor}"]`).length === 0)
    return `${url}: no #${anchor} on the page`;
  return undefined;
}

describe.each(BUNDLERS)(
  'docs versions, a second docs instance and number-like names, drafts and unlisted pages, through a real build (%s)',
  (bundler) => {
    let build: BuildResult;
    const page = (route: string) =>
      load(readFileSync(join(build.outDir, route, 'index.html'), 'utf8'));
    const json = (path: string) => JSON.parse(readFileSync(join(build.outDir, path), 'utf8'));

    beforeAll(() => {
      build = buildFixtureSite('versions-site', {bundler});
    });

    test('builds with every rendered link and anchor resolving (onBrokenLinks: throw)', () => {
      expect(build.output).not.toMatch(/\[(ERROR|WARNING)\]/);
      expect(build.status).toBe(0);
    });

    test('pages are where Docusaurus serves them: 29.7/, 30.0/, 2021-11-release kept', () => {
      for (const route of [
        'docs/29.7/api',
        'docs/2021-11-release',
        'docs/plans/plan',
        'docs/next/29.7/api',
        'docs/next/30.0/Configuration',
        'docs/next/2021-11-release',
        'handbook/intro',
      ])
        expect(existsSync(join(build.outDir, route, 'index.html'))).toBe(true);
    });

    test('every URL in the exports, dashboard, reports and search files resolves to a built page', () => {
      const dataFiles = filesBelow(build.outDir).filter(
        (file) => /^(kb|search)\//.test(file) && /\.(json|bin)$/.test(file),
      );
      expect(dataFiles.length).toBeGreaterThan(5);
      const urls = dataFiles.flatMap((file) => emittedUrls(dataText(join(build.outDir, file))));
      expect(urls.length).toBeGreaterThan(20);
      expect(urls.map((url) => unresolved(build.outDir, url)).filter(Boolean)).toEqual([]);
    });

    test('the indexes and exports show the last released version, 1.0, with its own statuses', () => {
      const {items} = json('kb/items.json');
      expect(items.map((item: {id: string; status: string; url: string}) => item)).toMatchObject([
        {id: 'survey', status: 'ongoing', url: `${SITE_URL}/docs/plans/plan#survey`},
        {id: 'api-ref', status: 'planned', url: `${SITE_URL}/docs/29.7/api#api-ref`},
      ]);
    });

    test('a card’s SDG and nexus chips link to the indexes of its page’s docs version', () => {
      const chips = (route: string) => {
        const root = page(route);
        return root('#api-ref a.kb-chip')
          .map((_, a) => root(a).attr('href'))
          .get();
      };
      expect(chips('docs/29.7/api')).toEqual(['/sdg/11#target-11.2', '/nexus/smart-cities']);
      expect(chips('docs/next/29.7/api')).toEqual([
        '/sdg/next/11#target-11.2',
        '/nexus/next/smart-cities',
      ]);
    });

    test('the SDG, nexus, matrix and dashboard pages switch versions: 1.0 at their routes, Next below them', () => {
      const switcher = (route: string) => {
        const root = page(route);
        return root('nav.kb-version-switch a')
          .map((_, a) => [[root(a).text(), root(a).attr('href'), root(a).attr('aria-current')]])
          .get();
      };
      expect(switcher('sdg')).toEqual([
        ['Next', '/sdg/next', undefined],
        ['1.0', '/sdg', 'page'],
      ]);
      expect(switcher('sdg/next')).toEqual([
        ['Next', '/sdg/next', 'page'],
        ['1.0', '/sdg', undefined],
      ]);
      expect(switcher('sdg/next/9').map(([, href]) => href)).toEqual(['/sdg/next/9', '/sdg/9']);
      expect(switcher('nexus/smart-cities').map(([, href]) => href)).toEqual([
        '/nexus/next/smart-cities',
        '/nexus/smart-cities',
      ]);
      expect(switcher('nexus/next').map(([, href]) => href)).toEqual(['/nexus/next', '/nexus']);
      expect(switcher('nexus/matrix/next').map(([, href]) => href)).toEqual([
        '/nexus/matrix/next',
        '/nexus/matrix',
      ]);
      expect(switcher('status/next').map(([, href]) => href)).toEqual(['/status/next', '/status']);
      expect(page('sdg/next')('title').text()).toMatch(/\(Next\)/);
      // Each version's pages show that version's items, linking to that version's docs.
      const links = (route: string) =>
        page(route)('main a[href*="#"]')
          .map((_, a) => page(route)(a).attr('href'))
          .get();
      expect(links('sdg/next/9')).toContain('/docs/next/30.0/Configuration#config-options');
      expect(links('sdg/9')).not.toContain('/docs/next/30.0/Configuration#config-options');
      expect(links('nexus/next/smart-cities')).toContain('/docs/next/29.7/api#api-ref');
      expect(links('nexus/smart-cities')).toContain('/docs/29.7/api#api-ref');
      expect(links('nexus/smart-cities')).not.toContain('/docs/next/29.7/api#api-ref');
    });

    test('pulls show the items of their own version and link to that version’s pages', () => {
      const released = page('docs/2021-11-release');
      const next = page('docs/next/2021-11-release');
      const ref = (root: typeof released) =>
        root('.kb-status-ref a.kb-status-ref__title').attr('href');
      expect(ref(released)).toBe('/docs/29.7/api#api-ref');
      expect(ref(next)).toBe('/docs/next/29.7/api#api-ref');
      expect(released('.kb-status-ref .kb-status-badge').text()).toBe('Planned');
      expect(next('.kb-status-ref .kb-status-badge').text()).toBe('Ongoing');
      const rows = (root: typeof released) =>
        root('table.kb-status-table tbody tr a[href*="#"]')
          .map((_, a) => root(a).attr('href'))
          .get();
      // The unlisted page's item is shown where a table asks for it (as a link to the page would be).
      expect(rows(released)).toEqual([
        '/docs/plans/plan#survey',
        '/docs/29.7/api#api-ref',
        '/docs/quiet-plan#quiet-1',
      ]);
      expect(rows(next)).toEqual(['/docs/next/29.7/api#api-ref']);
    });

    test('DocSearch records carry each version’s docusaurus_tag', () => {
      const records: {docusaurus_tag: string; url_without_anchor: string}[] = json(
        'search/docsearch-records.json',
      );
      const tags = new Map(records.map((r) => [r.url_without_anchor, r.docusaurus_tag]));
      expect(tags.get('/docs/29.7/api')).toBe('docs-default-1.0');
      expect(tags.get('/docs/next/30.0/Configuration')).toBe('docs-default-current');
    });

    test('the second docs instance’s pages get their cards and pulls', () => {
      const handbook = page('handbook/intro');
      expect(handbook('#onboarding').length).toBe(1);
      expect(handbook('.kb-status-ref a.kb-status-ref__title').attr('href')).toBe(
        '/handbook/intro#onboarding',
      );
    });

    test('a draft page leaves nothing in the build: no page, item, export, report, dashboard or search record', () => {
      expect(existsSync(join(build.outDir, 'docs/draft-plan'))).toBe(false);
      // Docusaurus itself ships the draft's doc id (`draft-plan`) in its docs global data (`draftIds`), so
      // the page's name is not looked for: its title, item id, item title and text are.
      const leaking = filesBelow(build.outDir).filter((file) => {
        const path = join(build.outDir, file);
        if (!/\.(html|js|json|csv|bin|xml|ics|txt)$/.test(file)) return false;
        return /draft-secret|Secret draft item|Draft plan|Not ready: nothing/.test(dataText(path));
      });
      expect(leaking).toEqual([]);
    });

    test('an unlisted page is built, its item on it, and left out of the indexes, exports and search', () => {
      expect(page('docs/quiet-plan')('#quiet-1').length).toBe(1);
      const listing = filesBelow(build.outDir).filter(
        (file) => /^(kb|search)\//.test(file) && /\.(json|csv|bin)$/.test(file),
      );
      const naming = listing.filter((file) =>
        /quiet-1|Quiet item/.test(dataText(join(build.outDir, file))),
      );
      expect(naming).toEqual([]);
      expect(readFileSync(join(build.outDir, 'status/index.html'), 'utf8')).not.toMatch(
        /quiet-1|Quiet item/,
      );
    });

    test('the breadcrumbs’ JSON-LD escapes `<`, so a label cannot end its script element', () => {
      const html = readFileSync(join(build.outDir, 'docs/29.7/api/index.html'), 'utf8');
      const script = /<script[^>]*application\/ld\+json[^>]*>(.*?)<\/script>/s.exec(html)?.[1];
      // Faster's HTML minifier rewrites the JSON (`>` and `&` unescaped, `\\u003C`): `<` stays escaped.
      expect(script).toMatch(/Global API \\u003c29\.7/i);
      expect(script).not.toMatch(/</);
      expect(JSON.stringify(JSON.parse(script!))).toContain('Global API <29.7> & more');
    });
  },
);
