import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';

/** Options of the plugin, as written in `docusaurus.config.ts`. */
export interface PluginOptions {
  id: string;
  /** Folder of the pages, relative to the site (default `docs`). */
  docsDir: string;
  /** The docs plugin's `routeBasePath`, for permalinks (default `docs`). */
  routeBasePath: string;
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
}

export type Options = Partial<PluginOptions>;

/** Defaults of every option but `id`. */
export const DEFAULT_OPTIONS: Omit<PluginOptions, 'id'> = {
  docsDir: 'docs',
  routeBasePath: 'docs',
  sdgBasePath: '/sdg',
  nexusBasePath: '/nexus',
  statusPath: '/status',
  matrixPath: '/nexus/matrix',
  exportDir: 'kb',
  reportBasePath: '/status/report',
  reportTypes: ['action-plan', 'evaluation', 'meeting'],
};

const route = Joi.string().pattern(/^\//);

const schema = Joi.object<PluginOptions>({
  id: Joi.string(),
  docsDir: Joi.string().default(DEFAULT_OPTIONS.docsDir),
  routeBasePath: Joi.string().allow('').default(DEFAULT_OPTIONS.routeBasePath),
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
    .replace(/\/+$/, '')
    .default(DEFAULT_OPTIONS.reportBasePath),
  reportTypes: Joi.array().items(Joi.string()).default(DEFAULT_OPTIONS.reportTypes),
});

/** Validates the options once, applying defaults. */
export function validateOptions({
  validate,
  options,
}: OptionValidationContext<Options, PluginOptions>): PluginOptions {
  return validate(schema, options);
}
