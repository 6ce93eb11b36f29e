import type {LoadContext, PluginConfig} from '@docusaurus/types';
import * as api from '../index.js';
import preset from '../index.js';

const context = {
  siteDir: '/site',
  siteConfig: {themeConfig: {}, future: {v4: {useCssCascadeLayers: false}}},
} as unknown as LoadContext;

/** The preset's plugin entries as `[package name, options]`, the name read from the resolved path. */
function entries(plugins: PluginConfig[] | undefined) {
  return (plugins ?? []).map((entry) => {
    const [path, options] = Array.isArray(entry) ? entry : [entry, undefined];
    const name =
      /node_modules[\\/](@[^\\/]+[\\/][^\\/]+)|plugins[\\/]([^\\/]+)[\\/](?:lib|src)/.exec(
        String(path),
      );
    return [name?.[1] ?? `@kmportal/${name?.[2]}`, options] as const;
  });
}

const options = (list: ReturnType<typeof entries>, name: string) =>
  list.find(([n]) => n === name)?.[1] as Record<string, unknown> | undefined;

describe('@kmportal/docusaurus-preset', () => {
  test('exports the preset and the docs settings reader', () => {
    expect(Object.keys(api).sort()).toEqual(['default', 'docsSettings']);
  });

  test('empty options: classic with the remark plugin in its docs plugin, then the five plugins after its theme', () => {
    const result = preset(context, {});
    expect(entries(result.plugins).map(([name]) => name)).toEqual([
      '@docusaurus/plugin-content-docs',
      '@docusaurus/plugin-content-blog',
      '@docusaurus/plugin-content-pages',
      '@docusaurus/plugin-debug',
      '@docusaurus/plugin-svgr',
    ]);
    // After theme-classic, so that the suite's theme components override its own.
    const list = [...entries(result.plugins), ...entries(result.themes)];
    expect(entries(result.themes).map(([name]) => name)).toEqual([
      '@docusaurus/theme-classic',
      '@kmportal/docusaurus-plugin-status',
      '@kmportal/kb-indexes',
      '@kmportal/kb-review',
      '@kmportal/docusaurus-search',
      '@kmportal/kb-feeds',
    ]);
    const docs = options(list, '@docusaurus/plugin-content-docs');
    expect(docs?.remarkPlugins).toHaveLength(1);
    const [[, remarkOptions]] = docs?.remarkPlugins as [[unknown, Record<string, unknown>]];
    // The remark plugin and the five plugins read the docs plugin's settings: nothing is told twice.
    expect(remarkOptions).not.toHaveProperty('docsDir');
    expect(remarkOptions).not.toHaveProperty('routeBasePath');
    expect(remarkOptions.history).toEqual(expect.any(Function));
    for (const name of [
      '@kmportal/docusaurus-plugin-status',
      '@kmportal/kb-indexes',
      '@kmportal/kb-review',
      '@kmportal/docusaurus-search',
      '@kmportal/kb-feeds',
    ])
      expect(options(list, name)).toEqual({});
  });

  test('the docs plugin keeps its path, route and own remark plugins (first); nothing else is told them', () => {
    const own = () => undefined;
    const result = preset(context, {
      docs: {path: 'handbook', routeBasePath: '/', remarkPlugins: [own]},
      blog: false,
      status: {severity: 'warn'},
      indexes: {statusPath: '/dashboard'},
      search: false,
      history: false,
    });
    const list = [...entries(result.plugins), ...entries(result.themes)];
    expect(list.map(([name]) => name)).not.toContain('@kmportal/docusaurus-search');
    expect(list.map(([name]) => name)).not.toContain('@docusaurus/plugin-content-blog');
    const docs = options(list, '@docusaurus/plugin-content-docs');
    const [first, [, remarkOptions]] = docs?.remarkPlugins as [
      unknown,
      [unknown, Record<string, unknown>],
    ];
    expect(first).toBe(own);
    expect(remarkOptions.history).toBeUndefined();
    expect(docs).toMatchObject({path: 'handbook', routeBasePath: '/'});
    expect(options(list, '@kmportal/docusaurus-plugin-status')).toEqual({severity: 'warn'});
    expect(options(list, '@kmportal/kb-indexes')).toEqual({statusPath: '/dashboard'});
    expect(options(list, '@kmportal/kb-feeds')).toEqual({});
  });

  test('a docs setting given again to a plugin, or no docs plugin, is refused with a hint', () => {
    expect(() =>
      preset(context, {indexes: {docsDir: 'docs'}} as never),
    ).toThrowErrorMatchingInlineSnapshot(
      `"@kmportal/docusaurus-preset: \`indexes.docsDir\` was given, but the preset takes it from the docs plugin. Remove \`indexes.docsDir\` and set \`docs.path\` instead."`,
    );
    expect(() => preset(context, {docs: false})).toThrowErrorMatchingInlineSnapshot(
      `"@kmportal/docusaurus-preset: \`docs: false\` was given, but the suite renders status blocks of the docs plugin. Remove \`docs: false\`, or use \`@docusaurus/preset-classic\` and add the KM portal plugins you need one by one."`,
    );
  });
});

describe('@kmportal/docusaurus-preset docsInstances', () => {
  test('each instance is a docs plugin with the status remark plugin after its own', () => {
    const own = () => undefined;
    const result = preset(context, {
      docsInstances: [
        {id: 'handbook', path: 'handbook', routeBasePath: 'handbook', remarkPlugins: [own]},
      ],
    });
    const docs = entries(result.plugins).filter(
      ([name]) => name === '@docusaurus/plugin-content-docs',
    );
    expect(docs).toHaveLength(2);
    const handbook = docs[1]![1] as {id: string; path: string; remarkPlugins: unknown[]};
    expect(handbook).toMatchObject({id: 'handbook', path: 'handbook', routeBasePath: 'handbook'});
    expect(handbook.remarkPlugins).toHaveLength(2);
    expect(handbook.remarkPlugins[0]).toBe(own);
    expect(handbook.remarkPlugins[1]).toEqual([expect.any(Function), expect.any(Object)]);
  });

  test('an instance without an id of its own is refused with the fix', () => {
    expect(() =>
      preset(context, {docsInstances: [{id: 'default', path: 'handbook'}]}),
    ).toThrowErrorMatchingInlineSnapshot(
      `"@kmportal/docusaurus-preset: \`docsInstances[0]\` needs an \`id\` of its own (found "default"); \`default\` is the \`docs\` option's instance. Give each instance an id such as \`handbook\`, and its own \`path\` and \`routeBasePath\`."`,
    );
    expect(() => preset(context, {docsInstances: [{path: 'handbook'} as never]})).toThrow(
      /docsInstances\[0\]/,
    );
  });
});
