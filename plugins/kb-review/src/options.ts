import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';

/** Options of the plugin, as written in `docusaurus.config.ts`. */
export interface PluginOptions {
  id: string;
  /** Folder of the pages, relative to the site (default `docs`). */
  docsDir: string;
  /** The docs plugin's `routeBasePath`, for permalinks (default `docs`). */
  routeBasePath: string;
  /** Route of the review page, without the baseUrl (default `/review`). */
  path: string;
}

export type Options = Partial<PluginOptions>;

/** Defaults of the options. */
export const DEFAULT_OPTIONS: Omit<PluginOptions, 'id'> = {
  docsDir: 'docs',
  routeBasePath: 'docs',
  path: '/review',
};

const schema = Joi.object<PluginOptions>({
  id: Joi.string(),
  docsDir: Joi.string().default(DEFAULT_OPTIONS.docsDir),
  routeBasePath: Joi.string().allow('').default(DEFAULT_OPTIONS.routeBasePath),
  path: Joi.string().pattern(/^\//).default(DEFAULT_OPTIONS.path),
});

/** Validates the options once, applying defaults. */
export function validateOptions({
  validate,
  options,
}: OptionValidationContext<Options, PluginOptions>): PluginOptions {
  return validate(schema, options);
}
