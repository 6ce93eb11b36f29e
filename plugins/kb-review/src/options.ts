import {logger} from '@docusaurus/logger';
import {retiredOptionsWarning} from '@kmportal/model';
import {createRequire} from 'node:module';
import type * as Validation from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';

// Required, not imported: Node's ES module loader does not see `Joi` among the package's CommonJS
// exports (a getter it cannot analyse), and the plugin loads natively as well as through jiti.
const {Joi} = createRequire(import.meta.url)('@docusaurus/utils-validation') as typeof Validation;

/** Options of the plugin, as written in `docusaurus.config.ts`. */
export interface PluginOptions {
  id: string;
  /**
   * The docs plugin instance whose pages are reviewed (default `default`). Its current version is
   * listed (the docs folder owners edit; released versions are frozen copies), at the route and with
   * the permalinks the docs plugin gives it.
   */
  docsPluginId: string;
  /** Route of the review page, without the baseUrl (default `/review`). */
  path: string;
}

/** As written; `docsDir` and `routeBasePath` are accepted and ignored (the docs plugin's are read). */
export type Options = Partial<PluginOptions> & {docsDir?: string; routeBasePath?: string};

/** Defaults of the options. */
export const DEFAULT_OPTIONS: Omit<PluginOptions, 'id'> = {
  docsPluginId: 'default',
  path: '/review',
};

const schema = Joi.object<PluginOptions & Options>({
  id: Joi.string(),
  docsPluginId: Joi.string().default(DEFAULT_OPTIONS.docsPluginId),
  docsDir: Joi.string(),
  routeBasePath: Joi.string().allow(''),
  path: Joi.string().pattern(/^\//).default(DEFAULT_OPTIONS.path),
});

/** Validates the options once, applying defaults. */
export function validateOptions({
  validate,
  options,
}: OptionValidationContext<Options, PluginOptions>): PluginOptions {
  const {docsDir, routeBasePath, ...normalized} = validate(schema, options) as PluginOptions &
    Options;
  const warning = retiredOptionsWarning('@kmportal/kb-review', {docsDir, routeBasePath});
  if (warning) logger.warn(warning);
  return normalized;
}
