import {join} from 'node:path';
import {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import {report} from './diagnostics.js';
import {normalizeLocales, sdgLocaleOf} from './locale.js';
import {readNexus, readUnits} from './registries.js';
import {loadSdgCatalog} from './sdg.js';
import type {ModelConfig, StatusDefinition} from './types.js';
import {DEFAULT_PAGE_TYPES, DEFAULT_STATUSES} from './vocabulary.js';

/** Options of the model, shared by the remark plugin, the Docusaurus plugins and the CLI. */
export interface ModelOptions {
  /** Folder of the pages; `units.yml` and `nexus.yml` are looked for there. */
  docsDir: string;
  /** Path of the units registry (default `<docsDir>/units.yml`). */
  unitsFile?: string;
  /** Path of the nexus registry (default `<docsDir>/nexus.yml`). */
  nexusFile?: string;
  /** Status vocabulary (default: not-started, planned, ongoing, delayed, completed, continuing, cancelled). */
  statuses?: readonly StatusDefinition[];
  /** Page types allowed in `type` front matter. */
  pageTypes?: readonly string[];
  /**
   * The locale pages are read in (Docusaurus's `i18n.currentLocale`; default `defaultLocale`): registry
   * names in it, SDG titles in it, translated pages merged into the source ones (see `SiteOptions`).
   */
  locale?: string;
  /** The source language of the docs folder (Docusaurus's `i18n.defaultLocale`; default `en`). */
  defaultLocale?: string;
  /** Every locale of the site (Docusaurus's `i18n.locales`): the keys a registry may translate into. */
  locales?: readonly string[];
  /** Language of SDG titles, `en`, `fr` or `ru`: an override (default: `locale`'s, else `en`). */
  sdgLocale?: string;
  /**
   * Reject raw `<script>`, `on…=` handlers, `javascript:`/`data:` URLs in pages and `</script` in front
   * matter (default `true`): for a portal where many people edit. `false` for a site of trusted authors.
   */
  authoringSafety?: boolean;
}

/** Options with every default applied. */
export type NormalizedModelOptions = Required<Omit<ModelOptions, 'locales'>> & {
  locales: string[];
  /** Whether `locales` was given (the site's list), so registry keys outside it are reported. */
  known: boolean;
};

/** Applies the defaults once, so nothing downstream reads raw options. */
export function normalizeModelOptions(options: ModelOptions): NormalizedModelOptions {
  const locales = normalizeLocales({...options, locales: options.locales && [...options.locales]});
  return {
    docsDir: options.docsDir,
    unitsFile: options.unitsFile ?? join(options.docsDir, 'units.yml'),
    nexusFile: options.nexusFile ?? join(options.docsDir, 'nexus.yml'),
    statuses: options.statuses ?? DEFAULT_STATUSES,
    pageTypes: options.pageTypes ?? DEFAULT_PAGE_TYPES,
    ...locales,
    sdgLocale: options.sdgLocale ?? sdgLocaleOf(locales.locale) ?? 'en',
    authoringSafety: options.authoringSafety ?? true,
  };
}

/** The checked configuration and the problems found in the registries. */
export interface LoadedConfig {
  config: ModelConfig;
  messages: VFileMessage[];
  /** Every file the configuration was read from (for watching). */
  files: string[];
}

/** Reads the registries and builds the configuration the parser checks against. */
export function loadModelConfig(options: ModelOptions): LoadedConfig {
  const normalized = normalizeModelOptions(options);
  const units = readUnits(normalized.unitsFile, normalized);
  const nexus = readNexus(normalized.nexusFile, normalized);
  const statuses = [...normalized.statuses];
  const config: ModelConfig = {
    statuses,
    statusByValue: new Map(statuses.map((s) => [s.value, s])),
    units: units?.entries ?? null,
    nexus: nexus?.entries ?? null,
    sdg: loadSdgCatalog(normalized.sdgLocale),
    pageTypes: [...normalized.pageTypes],
    locale: normalized.locale,
    defaultLocale: normalized.defaultLocale,
    locales: normalized.locales,
    authoringSafety: normalized.authoringSafety,
  };
  const messages = [
    ...(units?.file.messages ?? missingRegistry(normalized.unitsFile, 'owners')),
    ...(nexus?.file.messages ?? missingRegistry(normalized.nexusFile, 'nexus areas')),
  ];
  return {config, messages, files: [normalized.unitsFile, normalized.nexusFile]};
}

function missingRegistry(path: string, what: string): VFileMessage[] {
  const file = new VFile({path});
  report(
    file,
    `No registry at this path, so ${what} are not checked. Create it to catch misspelt codes.`,
    undefined,
    'missing-registry',
    'warning',
  );
  return file.messages;
}
