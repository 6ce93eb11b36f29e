import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';

/** Options of the plugin, as written in `docusaurus.config.ts`. */
export interface PluginOptions {
  id: string;
  /** Folder of the pages, relative to the site (default `docs`). */
  docsDir: string;
  /** The docs plugin's `routeBasePath`, for permalinks (default `docs`). */
  routeBasePath: string;
  /** Folder of the feeds inside the build output (default `kb`, beside `items.json`). */
  exportDir: string;
  /** Most recent status changes kept in each Atom feed. */
  maxEntries: number;
  /** Route of the status dashboard, the page the site-wide feeds are about. */
  statusPath: string;
  /** Page a unit's feeds are about, `{unit}` standing for its code (default: the dashboard filtered by owner). */
  unitPath: string;
}

export type Options = Partial<PluginOptions>;

/** Defaults of every option but `id`. */
export const DEFAULT_OPTIONS: Omit<PluginOptions, 'id'> = {
  docsDir: 'docs',
  routeBasePath: 'docs',
  exportDir: 'kb',
  maxEntries: 100,
  statusPath: '/status',
  unitPath: '/status?owner={unit}',
};

const schema = Joi.object<PluginOptions>({
  id: Joi.string(),
  docsDir: Joi.string().default(DEFAULT_OPTIONS.docsDir),
  routeBasePath: Joi.string().allow('').default(DEFAULT_OPTIONS.routeBasePath),
  exportDir: Joi.string()
    .pattern(/^[^/\\.][^\\]*$/)
    .replace(/\/+$/, '')
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
  return validate(schema, options);
}
