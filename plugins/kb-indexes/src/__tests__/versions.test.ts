import type {DocsVersion} from '@kmportal/model';
import {switcherLinks, versionIndexes, versionPaths, versionSegment} from '../versions.js';
import {versionClash} from '../version-clash.js';

const version = (name: string, path: string, isLast = false): DocsVersion => ({
  instance: 'default',
  name,
  label: name === 'current' ? 'Next' : name,
  contentPath: `/site/${name}`,
  path,
  isLast,
});

const PATHS = {
  sdgBasePath: '/sdg',
  nexusBasePath: '/nexus',
  matrixPath: '/nexus/matrix',
  statusPath: '/status',
};

describe('docs versions of the indexes', () => {
  const last = version('1.0', '/docs', true);

  test('versionSegment: the route after the last version’s, else the version’s name', () => {
    expect(versionSegment(version('current', '/docs/next'), last)).toBe('next');
    expect(versionSegment(version('0.9', '/docs/0.9/'), last)).toBe('0.9');
    expect(versionSegment(version('current', '/next'), version('1.0', '/', true))).toBe('next');
    expect(versionSegment(version('current', '/elsewhere'), last)).toBe('current');
  });

  test('versionPaths: every route followed by the segment', () => {
    expect(versionPaths(PATHS, 'next')).toEqual({
      sdgBasePath: '/sdg/next',
      nexusBasePath: '/nexus/next',
      matrixPath: '/nexus/matrix/next',
      statusPath: '/status/next',
    });
  });

  test('versionIndexes: the last version at the routes given, the others below, in the docs plugin’s order', () => {
    const next = version('current', '/docs/next');
    const all = versionIndexes([next, last], {...PATHS, exportDir: 'kb'} as typeof PATHS);
    expect(all.map(({version: v, paths}) => [v.name, paths.sdgBasePath, paths.statusPath])).toEqual(
      [
        ['current', '/sdg/next', '/status/next'],
        ['1.0', '/sdg', '/status'],
      ],
    );
    expect(versionIndexes([], PATHS)).toEqual([]);
  });

  test('switcherLinks: the same page in each version, the shown one marked; none for one version', () => {
    const next = version('current', '/docs/next');
    const all = versionIndexes([next, last], PATHS);
    const links = switcherLinks(
      all,
      next,
      (other) => `${other.paths.sdgBasePath}/9`,
      (p) => `/base${p}`,
    );
    expect(links).toEqual([
      {name: 'current', label: 'Next', href: '/base/sdg/next/9', shown: true, isLast: false},
      {name: '1.0', label: '1.0', href: '/base/sdg/9', shown: false, isLast: true},
    ]);
    expect(
      switcherLinks(versionIndexes([last], PATHS), last, () => '/sdg', String),
    ).toBeUndefined();
  });

  test('a version whose route is another page is named, with the fix', () => {
    expect(versionClash(version('11', '/docs/11'), '/sdg/11')).toMatchInlineSnapshot(
      `"@kmportal/kb-indexes: the docs version \`11\` gets no SDG, nexus and status pages of its own: its route \`/sdg/11\` is already another page of the indexes (a goal, a nexus area or a report route of the same name). Give the version another \`path\` in the docs plugin's \`versions\` option, or rename the nexus area."`,
    );
  });
});
