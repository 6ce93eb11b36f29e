import {DEFAULT_PAGE_TYPES, DEFAULT_STATUSES, type StatusDefinition} from '@kmportal/model';
import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';

/** What to do with problems found in status blocks. */
export type Severity = 'throw' | 'warn';

/** Options of the plugin, as written in `docusaurus.config.ts`. */
export interface PluginOptions {
  id: string;
  /** Folder of the pages, relative to the site (default `docs`). */
  docsDir: string;
  /** The docs plugin's `routeBasePath`, for permalinks (default `docs`). */
  routeBasePath: string;
  /** Units registry (default `<docsDir>/units.yml`). */
  unitsFile?: string;
  /** Nexus registry (default `<docsDir>/nexus.yml`). */
  nexusFile?: string;
  /** `throw` fails the build on any error; `warn` logs it. Default: `throw` in production builds, `warn` in the dev server. */
  severity: Severity;
  statuses: StatusDefinition[];
  pageTypes: string[];
  sdgLocale: string;
}

export type Options = Partial<PluginOptions>;

/** Defaults; `severity` follows the command: `throw` for `docusaurus build`. */
export const DEFAULT_OPTIONS: Omit<PluginOptions, 'id' | 'severity'> = {
  docsDir: 'docs',
  routeBasePath: 'docs',
  statuses: [...DEFAULT_STATUSES],
  pageTypes: [...DEFAULT_PAGE_TYPES],
  sdgLocale: 'en',
};

function defaultSeverity(): Severity {
  return process.env.NODE_ENV === 'development' ? 'warn' : 'throw';
}

const statusSchema = Joi.object({
  value: Joi.string()
    .pattern(/^[a-z][a-z0-9-]*$/)
    .required(),
  label: Joi.string().required(),
  color: Joi.string().required(),
  closed: Joi.boolean().default(false),
});

const schema = Joi.object<PluginOptions>({
  id: Joi.string(),
  docsDir: Joi.string().default(DEFAULT_OPTIONS.docsDir),
  routeBasePath: Joi.string().allow('').default(DEFAULT_OPTIONS.routeBasePath),
  unitsFile: Joi.string(),
  nexusFile: Joi.string(),
  severity: Joi.string().valid('throw', 'warn').default(defaultSeverity),
  statuses: Joi.array()
    .items(statusSchema)
    .min(1)
    .unique('value')
    .default(DEFAULT_OPTIONS.statuses),
  pageTypes: Joi.array().items(Joi.string()).min(1).default(DEFAULT_OPTIONS.pageTypes),
  sdgLocale: Joi.string().valid('en', 'fr', 'ru').default(DEFAULT_OPTIONS.sdgLocale),
});

/** Validates the options once, applying defaults. */
export function validateOptions({
  validate,
  options,
}: OptionValidationContext<Options, PluginOptions>): PluginOptions {
  return validate(schema, options);
}
