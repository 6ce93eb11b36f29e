import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';
import {DEFAULT_OPTIONS} from './defaults.js';

/** Options of the plugin, as written in `docusaurus.config.ts`. */
export interface PluginOptions {
  id: string;
  /** Folder of the pages, relative to the site (default `docs`). */
  docsDir: string;
  /** The docs plugin's `routeBasePath` (default `docs`). */
  routeBasePath: string;
  /** Units registry (default `<docsDir>/units.yml`). */
  unitsFile?: string;
  /** Nexus registry (default `<docsDir>/nexus.yml`). */
  nexusFile?: string;
  /** Path of the search page, below the site's baseUrl (default `search`). */
  searchPagePath: string;
  /** Largest term shard, in bytes of JSON before compression (default 64000, about 20 kB gzipped). */
  termShardBytes: number;
  /** Largest chunk of result texts, in bytes of JSON before compression (default 12000). */
  docChunkBytes: number;
  /** Also write `search/docsearch-records.json` for Typesense or Algolia DocSearch (default `true`). */
  docsearchRecords: boolean;
}

export type Options = Partial<PluginOptions>;

export {DEFAULT_OPTIONS};

const schema = Joi.object<PluginOptions>({
  id: Joi.string(),
  docsDir: Joi.string().default(DEFAULT_OPTIONS.docsDir),
  routeBasePath: Joi.string().allow('').default(DEFAULT_OPTIONS.routeBasePath),
  unitsFile: Joi.string(),
  nexusFile: Joi.string(),
  searchPagePath: Joi.string()
    .pattern(/^[a-z0-9][a-z0-9/-]*$/)
    .default(DEFAULT_OPTIONS.searchPagePath),
  termShardBytes: Joi.number().integer().min(4_000).default(DEFAULT_OPTIONS.termShardBytes),
  docChunkBytes: Joi.number().integer().min(4_000).default(DEFAULT_OPTIONS.docChunkBytes),
  docsearchRecords: Joi.boolean().default(DEFAULT_OPTIONS.docsearchRecords),
});

/** Validates the options once and applies the defaults. */
export function validateOptions({
  validate,
  options,
}: OptionValidationContext<Options, PluginOptions>) {
  return validate(schema, options);
}
