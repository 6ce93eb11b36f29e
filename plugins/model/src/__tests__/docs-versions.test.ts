import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {docsVersionsFromContent} from '../docs-content.js';
import {placeSite} from '../version-site.js';
import {defaultVersion, docsVersions, readVersionNames} from '../docs-versions.js';
import {formatMessage} from '../diagnostics.js';
import {loadSite} from '../site.js';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'docs-versions-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), {recursive: true});
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const routes = (siteDir: string, settings = {}) =>
  docsVersions({siteDir, ...settings}).map(({name, label, path, isLast, contentPath}) => ({
    name,
    label,
    path,
    isLast,
    contentPath: contentPath.slice(siteDir.length),
  }));

describe('docsVersions reads the versions as the docs plugin does', () => {
  test('an unversioned site has the current version at the route base path', () => {
    const dir = site({'docs/a.md': '# A\n'});
    expect(routes(dir)).toEqual([
      {name: 'current', label: 'Next', path: '/docs', isLast: true, contentPath: '/docs'},
    ]);
    expect(routes(dir, {routeBasePath: '/'})[0]!.path).toBe('/');
  });

  test('released versions: the newest is served at the root, current at next', () => {
    const dir = site({'versions.json': '["2.0", "1.0"]'});
    expect(routes(dir)).toEqual([
      {name: 'current', label: 'Next', path: '/docs/next', isLast: false, contentPath: '/docs'},
      {
        name: '2.0',
        label: '2.0',
        path: '/docs',
        isLast: true,
        contentPath: '/versioned_docs/version-2.0',
      },
      {
        name: '1.0',
        label: '1.0',
        path: '/docs/1.0',
        isLast: false,
        contentPath: '/versioned_docs/version-1.0',
      },
    ]);
    expect(defaultVersion(docsVersions({siteDir: dir}))?.name).toBe('2.0');
    expect(
      routes(dir, {lastVersion: 'current', versions: {current: {label: 'Latest', path: 'dev'}}}),
    ).toMatchObject([
      {name: 'current', label: 'Latest', path: '/docs/dev', isLast: true},
      {name: '2.0', path: '/docs/2.0', isLast: false},
      {name: '1.0', path: '/docs/1.0', isLast: false},
    ]);
    expect(routes(dir, {onlyIncludeVersions: ['current', '1.0']})).toMatchObject([
      {name: 'current', path: '/docs/next'},
      {name: '1.0', path: '/docs', isLast: true},
    ]);
  });

  test('a second instance has its own versions file and folders', () => {
    const dir = site({'handbook_versions.json': '["1.0"]'});
    expect(routes(dir, {id: 'handbook', path: 'handbook', routeBasePath: 'handbook'})).toEqual([
      {
        name: 'current',
        label: 'Next',
        path: '/handbook/next',
        isLast: false,
        contentPath: '/handbook',
      },
      {
        name: '1.0',
        label: '1.0',
        path: '/handbook',
        isLast: true,
        contentPath: '/handbook_versioned_docs/version-1.0',
      },
    ]);
  });

  test('a versions file that is not a list of names is reported, not thrown', () => {
    const dir = site({'versions.json': '{"1.0": true}'});
    const {names, messages} = readVersionNames(dir);
    expect(names).toEqual([]);
    expect(messages.map((m) => formatMessage(m).slice(dir.length + 1))).toMatchInlineSnapshot(`
     [
       "versions.json:1:1: Expected a JSON array of version names (as \`docusaurus docs:version 1.0\` writes it), found {"1.0":true}; no released version is read.",
     ]
    `);
    expect(readVersionNames(site({'versions.json': '[1.0'})).messages).toHaveLength(1);
  });
});

describe('docsVersionsFromContent and placeSite take Docusaurus’s permalinks', () => {
  test('pages, items and backlinks get the served URLs', () => {
    const dir = site({
      'docs/29.7/GlobalAPI.md':
        '---\nid: api\n---\n# API\n\n:::status[A]{#a-1 status=ongoing}\n:::\n',
      'docs/b.md': '# B\n\n::status-ref{id=a-1}\n',
    });
    const docsDir = join(dir, 'docs');
    const model = loadSite({docsDir, cwd: dir});
    const allContent = {
      'docusaurus-plugin-content-docs': {
        default: {
          loadedVersions: [
            {
              versionName: 'current',
              label: 'Next',
              path: '/base/docs',
              isLast: true,
              contentPath: docsDir,
              docs: [
                {source: '@site/docs/29.7/GlobalAPI.md', permalink: '/base/docs/served/api'},
                {source: '@site/docs/b.md', permalink: '/base/docs/b'},
              ],
            },
          ],
        },
      },
    };
    const [version] = docsVersionsFromContent(allContent, {siteDir: dir, baseUrl: '/base/'});
    expect(version).toMatchObject({instance: 'default', name: 'current', path: '/docs'});
    expect(docsVersionsFromContent(allContent, {siteDir: dir, baseUrl: '/base/'})[0]).toBe(version);
    const placed = placeSite(model, version!.permalinks);
    expect(placed.pages.map((p) => p.page.permalink)).toEqual(['/docs/served/api', '/docs/b']);
    expect(placed.items[0]!.url).toBe('/docs/served/api#a-1');
    expect(placed.backlinks.get('a-1')).toEqual([
      {title: 'B', permalink: '/docs/b', path: 'docs/b.md'},
    ]);
    expect(placeSite(model, version!.permalinks)).toBe(placed);
    expect(model.items[0]!.url).toBe('/docs/29.7/api#a-1');
  });

  test('a site without a docs plugin has no versions', () => {
    expect(docsVersionsFromContent({}, {siteDir: '/', baseUrl: '/'})).toEqual([]);
  });
});
