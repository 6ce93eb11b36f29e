import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {
  configuredDocsVersions,
  docsPluginSettings,
  loadedDocsVersions,
  retiredOptionsWarning,
} from '../docs-config.js';

const siteDir = mkdtempSync(join(tmpdir(), 'docs-config-'));
writeFileSync(join(siteDir, 'handbook_versions.json'), '["1.0"]');

describe('the docs plugin settings in a site config', () => {
  test('from the classic preset, a preset like it and docs plugin entries', () => {
    const siteConfig = {
      presets: [['classic', {docs: {path: 'content', routeBasePath: '/'}}], 'other'],
      plugins: [
        ['@docusaurus/plugin-content-docs', {id: 'handbook', path: 'handbook'}],
        [() => ({name: 'x'}), {docs: {path: 'not-a-preset'}}],
        false,
      ],
    };
    expect(docsPluginSettings(siteDir, siteConfig)).toMatchObject({
      path: 'content',
      routeBasePath: '/',
    });
    expect(docsPluginSettings(siteDir, siteConfig, 'handbook')).toMatchObject({
      path: 'handbook',
      routeBasePath: 'docs',
    });
    const versions = configuredDocsVersions({siteDir, baseUrl: '/', siteConfig});
    expect(versions.map(({instance, name, path}) => `${instance} ${name} ${path}`)).toEqual([
      'default current /',
      'handbook current /docs/next',
      'handbook 1.0 /docs',
    ]);
  });

  test('a site config without docs entries means the docs plugin’s defaults', () => {
    const [version] = configuredDocsVersions({siteDir, baseUrl: '/', siteConfig: {}});
    expect(version).toMatchObject({instance: 'default', name: 'current', path: '/docs'});
    expect(version!.contentPath).toBe(join(siteDir, 'docs'));
  });

  test('loaded versions win over configured ones, filtered by instance', () => {
    const version = (id: string) => ({
      versionName: 'current',
      label: 'Next',
      path: `/${id}`,
      isLast: true,
      contentPath: join(siteDir, id),
      docs: [],
    });
    const allContent = {
      'docusaurus-plugin-content-docs': {
        default: {loadedVersions: [version('docs')]},
        handbook: {loadedVersions: [version('handbook')]},
      },
    };
    const context = {siteDir, baseUrl: '/', siteConfig: {}};
    expect(loadedDocsVersions(allContent, context).map((v) => v.path)).toEqual([
      '/docs',
      '/handbook',
    ]);
    expect(loadedDocsVersions(allContent, context, 'handbook').map((v) => v.path)).toEqual([
      '/handbook',
    ]);
    expect(loadedDocsVersions({}, context).map((v) => v.path)).toEqual(['/docs']);
  });

  test('retired options are named in one warning', () => {
    expect(retiredOptionsWarning('p', {})).toBeUndefined();
    expect(retiredOptionsWarning('p', {docsDir: 'docs'})).toMatchInlineSnapshot(
      `"p: \`docsDir\` is no longer read and can be removed: the docs folder, \`routeBasePath\`, versions and instances come from the docs plugin (its options and the docs Docusaurus loaded)."`,
    );
  });
});
