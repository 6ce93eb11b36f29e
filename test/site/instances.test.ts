import {load} from 'cheerio';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gunzipSync} from 'node:zlib';
import {BUNDLERS, buildFixtureSite, type BuildResult} from './build';

jest.setTimeout(600_000);

const SITE_URL = 'https://example.org';

/** The text of every search data file (the `.bin` files are gzipped JSON). */
function searchText(outDir: string): string {
  const dir = join(outDir, 'search');
  const files = readdirSync(dir, {recursive: true, encoding: 'utf8'}) as string[];
  return files
    .filter((file) => /\.(json|bin)$/.test(file))
    .map((file) => {
      const bytes = readFileSync(join(dir, file));
      return file.endsWith('.bin') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
    })
    .join('\n');
}

describe.each(BUNDLERS)(
  'two docs instances through the preset (docsInstances), through a real build (%s)',
  (bundler) => {
    let build: BuildResult;
    const page = (route: string) =>
      load(readFileSync(join(build.outDir, route, 'index.html'), 'utf8'));
    const json = (path: string) => JSON.parse(readFileSync(join(build.outDir, path), 'utf8'));
    const refOf = (route: string) => {
      const root = page(route);
      return {
        href: root('.kb-status-ref a.kb-status-ref__title').attr('href'),
        status: root('.kb-status-ref .kb-status-badge').text(),
      };
    };
    const tableRows = (route: string) => {
      const root = page(route);
      return root('table.kb-status-table tbody tr a[href*="#"]')
        .map((_, a) => root(a).attr('href'))
        .get();
    };

    beforeAll(() => {
      build = buildFixtureSite('instances-site', {bundler});
    });

    test('builds with every link and anchor resolving, and no warning (one id in both instances is no duplicate)', () => {
      expect(build.output).not.toMatch(/\[(ERROR|WARNING)\]/);
      expect(build.status).toBe(0);
    });

    test('each instance’s pages get their cards, with owners from that instance’s units.yml', () => {
      const docs = page('docs/plan');
      expect(docs('#survey').length).toBe(1);
      expect(docs('#shared .kb-status-badge').text()).toBe('Completed');
      const handbook = page('handbook/intro');
      expect(handbook('#onboarding').length).toBe(1);
      // Named from the handbook's own units.yml, linked to the unit page of the handbook's indexes.
      const owner = handbook('#onboarding .kb-status-block__field--owners a');
      expect(owner.text()).toBe('Human Resources Section (HR)');
      expect(owner.attr('href')).toBe('/handbook-kb/units/HR');
      expect(handbook('#shared .kb-status-badge').text()).toBe('Planned');
    });

    test('SDG and nexus chips of a card link to the indexes of the card’s own docs instance', () => {
      const chips = (route: string, id: string) => {
        const root = page(route);
        return root(`#${id} a.kb-chip`)
          .map((_, a) => root(a).attr('href'))
          .get();
      };
      expect(chips('docs/plan', 'survey')).toEqual(['/sdg/11#target-11.1', '/nexus/smart-cities']);
      expect(chips('handbook/intro', 'onboarding')).toEqual([
        '/handbook-kb/sdg/4#target-4.4',
        '/handbook-kb/nexus/onboarding',
      ]);
    });

    test('a pull shows the item of its own instance and links to that instance’s page', () => {
      expect(refOf('docs/report')).toEqual({href: '/docs/plan#shared', status: 'Completed'});
      expect(refOf('handbook/guide')).toEqual({href: '/handbook/intro#shared', status: 'Planned'});
      expect(tableRows('docs/report')).toEqual(['/docs/plan#survey']);
      expect(tableRows('handbook/guide')).toEqual([
        '/handbook/intro#onboarding',
        '/handbook/intro#shared',
      ]);
    });

    test('the preset’s indexes show the default instance; the second kb-indexes the handbook', () => {
      const ids = (path: string) =>
        json(path).items.map((item: {id: string; url: string}) => [item.id, item.url]);
      expect(ids('kb/items.json')).toEqual([
        ['survey', `${SITE_URL}/docs/plan#survey`],
        ['shared', `${SITE_URL}/docs/plan#shared`],
      ]);
      expect(ids('kb/handbook/items.json')).toEqual([
        ['onboarding', `${SITE_URL}/handbook/intro#onboarding`],
        ['shared', `${SITE_URL}/handbook/intro#shared`],
      ]);
      expect(page('nexus/smart-cities')('a[href="/docs/plan#survey"]').length).toBeGreaterThan(0);
      expect(page('units/SD')('a[href="/docs/plan#survey"]').length).toBeGreaterThan(0);
      expect(
        page('handbook-kb/units/HR')('a[href="/handbook/intro#onboarding"]').length,
      ).toBeGreaterThan(0);
      expect(page('handbook-kb/status')('h1').text()).toBeTruthy();
    });

    test('search indexes the pages of both instances', () => {
      const text = searchText(build.outDir);
      for (const route of ['/docs/plan', '/docs/report', '/handbook/intro', '/handbook/guide'])
        expect(text).toContain(route);
    });
  },
);
