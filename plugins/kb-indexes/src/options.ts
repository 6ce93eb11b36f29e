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
   * The docs plugin instance whose pages the indexes show (default `default`); its folder, route and
   * versions are read from it. A second docs instance gets its own indexes from a second instance of
   * this plugin (with its own `id` and routes).
   */
  docsPluginId: string;
  /** Route of the SDG index; goal pages are `<sdgBasePath>/<n>`. */
  sdgBasePath: string;
  /** Route of the nexus index; area pages are `<nexusBasePath>/<slug>`. */
  nexusBasePath: string;
  /** Route of the status dashboard. */
  statusPath: string;
  /** Route of the nexus × SDG matrix. */
  matrixPath: string;
  /** Folder of the exports inside the build output. */
  exportDir: string;
  /** Route of the list of status-of-implementation reports; a page's report is `<reportBasePath>?doc=<page>`. */
  reportBasePath: string;
  /** Page types that get a report (one with no items gets a report that says so). */
  reportTypes: string[];
  /** Route of the list of units of `units.yml`; a unit's page is `<unitsBasePath>/<code>`. */
  unitsBasePath: string;
}

/** As written; `docsDir` and `routeBasePath` are accepted and ignored (the docs plugin's are read). */
export type Options = Partial<PluginOptions> & {docsDir?: string; routeBasePath?: string};

/** Defaults of every option but `id`. */
export const DEFAULT_OPTIONS: Omit<PluginOptions, 'id'> = {
  docsPluginId: 'default',
  sdgBasePath: '/sdg',
  nexusBasePath: '/nexus',
  statusPath: '/status',
  matrixPath: '/nexus/matrix',
  exportDir: 'kb',
  reportBasePath: '/status/report',
  reportTypes: ['action-plan', 'evaluation', 'meeting'],
  unitsBasePath: '/units',
};

const route = Joi.string().pattern(/^\//);

const schema = Joi.object<PluginOptions & Options>({
  id: Joi.string(),
  docsPluginId: Joi.string().default(DEFAULT_OPTIONS.docsPluginId),
  docsDir: Joi.string(),
  routeBasePath: Joi.string().allow(''),
  sdgBasePath: route.default(DEFAULT_OPTIONS.sdgBasePath),
  nexusBasePath: route.default(DEFAULT_OPTIONS.nexusBasePath),
  statusPath: route.default(DEFAULT_OPTIONS.statusPath),
  matrixPath: route.default(DEFAULT_OPTIONS.matrixPath),
  exportDir: Joi.string()
    .pattern(/^[^/\\.][^\\]*$/)
    .default(DEFAULT_OPTIONS.exportDir),
  // Normalised once: no trailing slash (and never the site root, which is the home page).
  reportBasePath: Joi.string()
    .pattern(/^\/[^/]/)
    .replace(/(?<!\/)\/+$/, '')
    .default(DEFAULT_OPTIONS.reportBasePath),
  reportTypes: Joi.array().items(Joi.string()).default(DEFAULT_OPTIONS.reportTypes),
  unitsBasePath: Joi.string()
    .pattern(/^\/[^/]/)
    .replace(/(?<!\/)\/+$/, '')
    .default(DEFAULT_OPTIONS.unitsBasePath),
});

/** Validates the options once, applying defaults. */
export function validateOptions({
  validate,
  options,
}: OptionValidationContext<Options, PluginOptions>): PluginOptions {
  const {docsDir, routeBasePath, ...normalized} = validate(schema, options) as PluginOptions &
    Options;
  const warning = retiredOptionsWarning('@kmportal/kb-indexes', {docsDir, routeBasePath});
  if (warning) logger.warn(warning);
  return normalized;
}
