import {docsVersionsFromContent} from './docs-content.js';
import {docsVersions, type DocsPluginSettings, type DocsVersion} from './docs-versions.js';

/** The part of a Docusaurus site config read here: its presets and plugins as written. */
export interface SiteConfigEntries {
  presets?: unknown[];
  plugins?: unknown[];
}

type Options = Record<string, unknown>;

function isDocsPluginName(name: unknown): boolean {
  return (
    typeof name === 'string' &&
    (/plugin-content-docs/.test(name) ||
      name === 'content-docs' ||
      name === '@docusaurus/content-docs')
  );
}

function entryParts(entry: unknown): [unknown, Options | undefined] {
  if (Array.isArray(entry)) return [entry[0], entry[1] as Options | undefined];
  return [entry, undefined];
}

/** The docs options a preset entry gives (`classic` and presets like it: `{docs: {...}}`), if any. */
function presetDocs(entry: unknown): Options | undefined {
  const [, options] = entryParts(entry);
  const docs = options?.docs;
  return docs && typeof docs === 'object' ? (docs as Options) : undefined;
}

/** Every docs plugin instance's options as written in the site config (presets first). */
export function docsPluginOptions(config: SiteConfigEntries): Options[] {
  const fromPresets = (config?.presets ?? []).flatMap((entry): Options[] => {
    const docs = presetDocs(entry);
    return docs ? [docs] : [];
  });
  const fromPlugins = (config?.plugins ?? []).flatMap((entry): Options[] => {
    const [name, options] = entryParts(entry);
    return isDocsPluginName(name) ? [options ?? {}] : [];
  });
  return [...fromPresets, ...fromPlugins];
}

const string = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * The settings of docs plugin instance `instance` (default `default`) as the site config writes them,
 * for reading pages before Docusaurus has loaded its docs; the docs plugin's defaults where unset.
 * In a build, `docsVersionsFromContent` is the authority: this only lets the reading start early.
 */
export function docsPluginSettings(
  siteDir: string,
  config: SiteConfigEntries,
  instance = 'default',
): DocsPluginSettings {
  const options = docsPluginOptions(config).find((o) => (string(o.id) ?? 'default') === instance);
  return {
    siteDir,
    id: instance,
    path: string(options?.path) ?? 'docs',
    routeBasePath: string(options?.routeBasePath) ?? 'docs',
    lastVersion: string(options?.lastVersion),
    includeCurrentVersion: options?.includeCurrentVersion !== false,
    onlyIncludeVersions: Array.isArray(options?.onlyIncludeVersions)
      ? (options.onlyIncludeVersions as string[])
      : undefined,
    versions: (options?.versions as DocsPluginSettings['versions']) ?? undefined,
  };
}

/** What a plugin knows of the site it is part of (Docusaurus's `LoadContext`). */
export interface SiteContext {
  siteDir: string;
  baseUrl: string;
  siteConfig: SiteConfigEntries;
  /** The build's locale (Docusaurus's `context.i18n`); absent outside Docusaurus. */
  i18n?: {currentLocale: string; defaultLocale: string; locales: string[]};
  /** Where the build's locale keeps its translations (`i18n/<locale>`). */
  localizationDir?: string;
}

/** The locale settings of a Docusaurus context, for the model. */
export function contextLocales(context: SiteContext) {
  const {i18n} = context;
  if (!i18n) return undefined;
  return {
    locale: i18n.currentLocale,
    defaultLocale: i18n.defaultLocale,
    locales: [...i18n.locales],
    localizationDir: context.localizationDir,
  };
}

/** The docs instance ids the site config declares (`default` when it declares none). */
function instanceIds(config: SiteConfigEntries): string[] {
  const ids = docsPluginOptions(config).map((options) => string(options.id) ?? 'default');
  return ids.length ? [...new Set(ids)] : ['default'];
}

/**
 * The versions of every docs instance (or only `instance`) as the site config and `versions.json`
 * give them: for reading pages and watching files before Docusaurus has loaded its docs.
 */
export function configuredDocsVersions(context: SiteContext, instance?: string): DocsVersion[] {
  const ids = instance ? [instance] : instanceIds(context.siteConfig);
  const i18n = contextLocales(context);
  return ids.flatMap((id) =>
    docsVersions({...docsPluginSettings(context.siteDir, context.siteConfig, id), i18n}),
  );
}

/**
 * The versions Docusaurus loaded (`allContent` of `allContentLoaded`), with the permalinks it serves,
 * of every instance or only `instance`; the configured ones when the site has no docs plugin.
 */
export function loadedDocsVersions(
  allContent: unknown,
  context: SiteContext,
  instance?: string,
): DocsVersion[] {
  const loaded = docsVersionsFromContent(allContent, {...context, i18n: contextLocales(context)});
  if (!loaded.length) return configuredDocsVersions(context, instance);
  return instance ? loaded.filter((version) => version.instance === instance) : loaded;
}

/** Options the suite's plugins took before they read the docs plugin's own (accepted, ignored). */
export const RETIRED_DOCS_OPTIONS = ['docsDir', 'routeBasePath'] as const;

/** The warning for retired options given to `plugin`, or `undefined` when none was given. */
export function retiredOptionsWarning(
  plugin: string,
  options: Record<string, unknown>,
): string | undefined {
  const given = RETIRED_DOCS_OPTIONS.filter((key) => options[key] !== undefined);
  if (!given.length) return undefined;
  const names = given.map((key) => `\`${key}\``).join(' and ');
  return `${plugin}: ${names} ${given.length > 1 ? 'are' : 'is'} no longer read and can be removed: the docs folder, \`routeBasePath\`, versions and instances come from the docs plugin (its options and the docs Docusaurus loaded).`;
}
