import {logger} from '@docusaurus/logger';
import {retiredOptionsWarning} from '@kmportal/model';
import {createRequire} from 'node:module';
import type * as Validation from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';
import {DEFAULT_OPTIONS} from './defaults.js';

// Required, not imported: Node's ES module loader does not see `Joi` among the package's CommonJS
// exports (a getter it cannot analyse), and the plugin loads natively as well as through jiti.
const {Joi} = createRequire(import.meta.url)('@docusaurus/utils-validation') as typeof Validation;

/** Options of the plugin, as written in `docusaurus.config.ts`. */
export interface PluginOptions {
  id: string;
  /**
   * The docs plugin instance whose pages are searched (default `default`): its folder, route and
   * versions are read from it. The last version is indexed (DocSearch records cover every version).
   */
  docsPluginId: string;
  /** Units registry (default: `units.yml` in the docs version's folder). */
  unitsFile?: string;
  /** Nexus registry (default: `nexus.yml` in the docs version's folder). */
  nexusFile?: string;
  /** Path of the search page, below the site's baseUrl (default `search`). */
  searchPagePath: string;
  /** Largest term shard, in bytes of JSON before compression (default 64000, about 20 kB gzipped). */
  termShardBytes: number;
  /** Largest chunk of result texts, in bytes of JSON before compression (default 12000). */
  docChunkBytes: number;
  /** Also write `search/docsearch-records.json` for Typesense or Algolia DocSearch (default `false`: only when asked for). */
  docsearchRecords: boolean;
}

/** As written; `docsDir` and `routeBasePath` are accepted and ignored (the docs plugin's are read). */
export type Options = Partial<PluginOptions> & {docsDir?: string; routeBasePath?: string};

export {DEFAULT_OPTIONS};

const schema = Joi.object<PluginOptions & Options>({
  id: Joi.string(),
  docsPluginId: Joi.string().default(DEFAULT_OPTIONS.docsPluginId),
  docsDir: Joi.string(),
  routeBasePath: Joi.string().allow(''),
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
}: OptionValidationContext<Options, PluginOptions>): PluginOptions {
  const {docsDir, routeBasePath, ...normalized} = validate(schema, options) as PluginOptions &
    Options;
  const warning = retiredOptionsWarning('@kmportal/docusaurus-search', {docsDir, routeBasePath});
  if (warning) logger.warn(warning);
  return normalized;
}
