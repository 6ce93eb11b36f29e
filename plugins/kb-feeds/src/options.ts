import {logger} from '@docusaurus/logger';
import {createRequire} from 'node:module';
import type * as Validation from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';
import {retiredOptionsWarning} from '@kmportal/model';

// Required, not imported: Node's ES module loader does not see `Joi` among the package's CommonJS
// exports (a getter it cannot analyse), and the plugin loads natively as well as through jiti.
const {Joi} = createRequire(import.meta.url)('@docusaurus/utils-validation') as typeof Validation;

/** Options of the plugin, as written in `docusaurus.config.ts`. */
export interface PluginOptions {
  id: string;
  /**
   * The docs plugin instance whose pages get feeds (default `default`); its folder, route and last
   * version are read from it, and the permalinks from the docs it loaded.
   */
  docsPluginId: string;
  /** Folder of the feeds inside the build output (default `kb`, beside `items.json`). */
  exportDir: string;
  /** Most recent status changes kept in each Atom feed. */
  maxEntries: number;
  /** Route of the status dashboard, the page the site-wide feeds are about. */
  statusPath: string;
  /** Page a unit's feeds are about, `{unit}` standing for its code (default: the dashboard filtered by owner). */
  unitPath: string;
}

/** As written; `docsDir` and `routeBasePath` are accepted and ignored (the docs plugin's are read). */
export type Options = Partial<PluginOptions> & {docsDir?: string; routeBasePath?: string};

/** Defaults of every option but `id`. */
export const DEFAULT_OPTIONS: Omit<PluginOptions, 'id'> = {
  docsPluginId: 'default',
  exportDir: 'kb',
  maxEntries: 100,
  statusPath: '/status',
  unitPath: '/status?owner={unit}',
};

const schema = Joi.object<PluginOptions & Options>({
  id: Joi.string(),
  docsPluginId: Joi.string().default(DEFAULT_OPTIONS.docsPluginId),
  docsDir: Joi.string(),
  routeBasePath: Joi.string().allow(''),
  exportDir: Joi.string()
    .pattern(/^[^/\\.][^\\]*$/)
    .replace(/(?<!\/)\/+$/, '')
    .default(DEFAULT_OPTIONS.exportDir),
  maxEntries: Joi.number().integer().min(1).max(10000).default(DEFAULT_OPTIONS.maxEntries),
  statusPath: Joi.string().pattern(/^\//).default(DEFAULT_OPTIONS.statusPath),
  unitPath: Joi.string()
    .pattern(/^\/.*\{unit\}/)
    .default(DEFAULT_OPTIONS.unitPath),
});

/** Validates the options once, applying defaults. */
export function validateOptions({
  validate,
  options,
}: OptionValidationContext<Options, PluginOptions>): PluginOptions {
  const {docsDir, routeBasePath, ...normalized} = validate(schema, options) as PluginOptions &
    Options;
  const warning = retiredOptionsWarning('@kmportal/kb-feeds', {docsDir, routeBasePath});
  if (warning) logger.warn(warning);
  return normalized;
}
