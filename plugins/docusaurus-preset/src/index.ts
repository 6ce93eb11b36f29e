// The theme modules' types come with the package's own, so a TypeScript site needs no setting for them.
/// <reference types="@kmportal/docusaurus-preset/theme" preserve="true" />
import {createRequire} from 'node:module';
import {resolve} from 'node:path';
import type {LoadContext, PluginConfig, Preset} from '@docusaurus/types';
import {statusRemarkPlugin} from '@kmportal/docusaurus-plugin-status';
import {
  checkDocsInstances,
  docsSettings,
  rejectRepeatedDocsSettings,
  type Options,
} from './options.js';

const require = createRequire(import.meta.url);

type ClassicPreset = (context: LoadContext, options: object) => Preset;

/** Docusaurus's classic preset, loaded from the site's own copy (a peer dependency). */
function classicPreset(): ClassicPreset {
  const module = require('@docusaurus/preset-classic') as ClassicPreset | {default: ClassicPreset};
  return typeof module === 'function' ? module : module.default;
}

/**
 * The docs options with the status remark plugin added after the site's own remark plugins. It
 * reads each page's docs folder, route and version from what the status plugin saw Docusaurus load.
 */
function docsWithStatus<T extends {remarkPlugins?: unknown[]}>(
  context: LoadContext,
  docs: T,
  options: Options,
): T {
  // Evidence naming a file of the site's static folders links to where the site serves it.
  const staticDirectories = (context.siteConfig.staticDirectories ?? ['static']).map((dir) =>
    resolve(context.siteDir, dir),
  );
  const remark = statusRemarkPlugin({history: options.history ?? true, staticDirectories});
  return {...docs, remarkPlugins: [...(docs.remarkPlugins ?? []), remark]};
}

/** The `docsInstances` as docs plugin entries, each with the status remark plugin. */
function docsInstancePlugins(context: LoadContext, options: Options): PluginConfig[] {
  const docsPlugin = require.resolve('@docusaurus/plugin-content-docs');
  return (options.docsInstances ?? []).map((instance) => [
    docsPlugin,
    docsWithStatus(context, instance, options),
  ]);
}

/** One KM portal plugin, by its resolved path, with its own options (and what else it is told). */
function suitePlugin(
  name: string,
  own: object | false | undefined,
  told: object = {},
): PluginConfig[] {
  if (own === false) return [];
  return [[require.resolve(name), {...own, ...told}]];
}

/**
 * The KM portal preset: the classic preset (its themes and plugins, with the status remark plugin in
 * the docs plugin), then the status, indexes, review, search and feeds plugins; none is told the docs
 * folder or route a second time.
 */
export default function preset(context: LoadContext, options: Options = {}): Preset {
  rejectRepeatedDocsSettings(options);
  checkDocsInstances(options);
  const {
    status,
    history: _history,
    indexes,
    review,
    search,
    feeds,
    docsInstances: _instances,
    ...classicOptions
  } = options;
  // Every plugin of the suite reads the docs plugin's settings itself: none is given them here. This
  // only refuses `docs: false`.
  docsSettings(options);
  const classic = classicPreset()(context, {
    ...classicOptions,
    docs: docsWithStatus(context, options.docs || {}, options),
  });
  // Docusaurus loads a preset's plugins before its themes, and a later theme path overrides an earlier
  // one: the suite's plugins go after classic's theme so that their components (`MDXComponents`, the
  // `DocItem` and `Heading` wrappers) win over theme-classic's, as they do in a site's `plugins` list.
  return {
    themes: [
      ...(classic.themes ?? []),
      ...suitePlugin('@kmportal/docusaurus-plugin-status', status ?? {}),
      ...suitePlugin('@kmportal/kb-indexes', indexes ?? {}),
      ...suitePlugin('@kmportal/kb-review', review ?? {}),
      ...suitePlugin('@kmportal/docusaurus-search', search ?? {}),
      ...suitePlugin('@kmportal/kb-feeds', feeds ?? {}),
    ],
    plugins: [...(classic.plugins ?? []), ...docsInstancePlugins(context, options)],
  };
}

export type {DocsSettings, Options} from './options.js';
export {docsSettings};
