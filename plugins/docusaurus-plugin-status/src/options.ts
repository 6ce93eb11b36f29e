import {logger} from '@docusaurus/logger';
import {
  DEFAULT_PAGE_TYPES,
  DEFAULT_STATUSES,
  retiredOptionsWarning,
  SDG_LOCALES,
  type StatusDefinition,
} from '@kmportal/model';
import {createRequire} from 'node:module';
import type * as Validation from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';

// Required, not imported: Node's ES module loader does not see `Joi` among the package's CommonJS
// exports (a getter it cannot analyse), and the plugin loads natively as well as through jiti.
const {Joi} = createRequire(import.meta.url)('@docusaurus/utils-validation') as typeof Validation;

/** What to do with problems found in status blocks. */
export type Severity = 'throw' | 'warn';

/** Options of the plugin, as written in `docusaurus.config.ts`. */
export interface PluginOptions {
  id: string;
  /** Units registry (default: `units.yml` in each docs version's folder). */
  unitsFile?: string;
  /** Nexus registry (default: `nexus.yml` in each docs version's folder). */
  nexusFile?: string;
  /** `throw` fails the build on any error; `warn` logs it. Default: `throw` in production builds, `warn` in the dev server. */
  severity: Severity;
  statuses: StatusDefinition[];
  pageTypes: string[];
  /**
   * Language of SDG titles, `en`, `fr` or `ru`: an override. By default each locale's build shows them in
   * its own language (`context.i18n.currentLocale`; English for a locale with no SDG data).
   */
  sdgLocale?: string;
}

/** As written; `docsDir` and `routeBasePath` are accepted and ignored (the docs plugin's are read). */
export type Options = Partial<PluginOptions> & {docsDir?: string; routeBasePath?: string};

/** Defaults; `severity` follows the command: `throw` for `docusaurus build`. */
export const DEFAULT_OPTIONS: Omit<PluginOptions, 'id' | 'severity'> = {
  statuses: [...DEFAULT_STATUSES],
  pageTypes: [...DEFAULT_PAGE_TYPES],
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

const schema = Joi.object<PluginOptions & Options>({
  id: Joi.string(),
  docsDir: Joi.string(),
  routeBasePath: Joi.string().allow(''),
  unitsFile: Joi.string(),
  nexusFile: Joi.string(),
  severity: Joi.string().valid('throw', 'warn').default(defaultSeverity),
  statuses: Joi.array()
    .items(statusSchema)
    .min(1)
    .unique('value')
    .default(DEFAULT_OPTIONS.statuses),
  pageTypes: Joi.array().items(Joi.string()).min(1).default(DEFAULT_OPTIONS.pageTypes),
  sdgLocale: Joi.string().valid(...SDG_LOCALES),
});

/** Validates the options once, applying defaults. */
export function validateOptions({
  validate,
  options,
}: OptionValidationContext<Options, PluginOptions>): PluginOptions {
  const {docsDir, routeBasePath, ...normalized} = validate(schema, options) as PluginOptions &
    Options;
  const warning = retiredOptionsWarning('@kmportal/docusaurus-plugin-status', {
    docsDir,
    routeBasePath,
  });
  if (warning) logger.warn(warning);
  return normalized;
}
