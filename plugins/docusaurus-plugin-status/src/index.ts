import {join, resolve} from 'node:path';
import {logger} from '@docusaurus/logger';
import {pageStatusHistory} from '@kmportal/status-history';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {loadSiteCachedAsync, type SiteModel} from '@kmportal/model';
import remarkStatus, {
  cardRegistry,
  type CardRegistry,
  type RemarkStatusOptions,
} from '@kmportal/remark-status';
import {cacheConfiguration} from './cache-version.js';
import {validateOptions, type PluginOptions} from './options.js';
import {reportProblems} from './report.js';

/** Summary shared with the client (small on purpose: pages get their own data elsewhere). */
export interface StatusGlobalData {
  statuses: {value: string; label: string; color: string; closed: boolean}[];
  itemCount: number;
  /**
   * Names and colours of the codes cards carry (statuses, units, nexus areas, SDG goals, the SDG targets the
   * site's items use, responses): pages carry codes, and `@theme/StatusBlockMdx` names them from here.
   */
  registry: CardRegistry;
}

/** Docusaurus plugin: checks every status block of the site once per load and provides `@theme/StatusBlock`. */
export default function pluginStatus(
  context: LoadContext,
  options: PluginOptions,
): Plugin<SiteModel> {
  const docsDir = resolve(context.siteDir, options.docsDir);
  const modelOptions = {...options, docsDir, cwd: context.siteDir};
  return {
    name: 'kmportal-status',
    getThemePath: () => '../lib/theme',
    getTypeScriptThemePath: () => '../src/theme',
    getPathsToWatch: () => [
      join(docsDir, '**/*.{md,mdx}'),
      options.unitsFile ?? join(docsDir, 'units.yml'),
      options.nexusFile ?? join(docsDir, 'nexus.yml'),
    ],
    async loadContent() {
      const site = await loadSiteCachedAsync(modelOptions);
      reportProblems(site, options.severity);
      return site;
    },
    configureWebpack(config, _isServer, _utils, content) {
      return cacheConfiguration(config, content);
    },
    async contentLoaded({content, actions}) {
      const data: StatusGlobalData = {
        statuses: content.config.statuses.map(({value, label, color, closed}) => ({
          value,
          label,
          color,
          closed,
        })),
        itemCount: content.items.length,
        registry: cardRegistry(content.config, content.items),
      };
      actions.setGlobalData(data);
    },
  };
}

/** Options of `statusRemarkPlugin`: the remark plugin's, and whether to show status history from git. */
export type StatusRemarkOptions = Omit<RemarkStatusOptions, 'report' | 'history'> & {
  /** Show each item's status changes read from git (default `true`). */
  history?: boolean;
};

/** Reads a page's status history from git once per file and HEAD; logs once when it is partial. */
function gitHistory(docsDir: string): NonNullable<RemarkStatusOptions['history']> {
  return (filePath, config) =>
    pageStatusHistory(filePath, {
      cwd: docsDir,
      config,
      onPartial: (message) => logger.info(message),
    }).timelines;
}

/** The remark plugin entry for `docs.remarkPlugins`, pointed at the same docs folder. */
export function statusRemarkPlugin(options: StatusRemarkOptions) {
  const {history = true, ...rest} = options;
  const source = history ? gitHistory(resolve(options.docsDir)) : undefined;
  // Pages import the card component (`@theme/StatusBlockMdx`, swizzlable) rather than look it up in the
  // MDX components, unless another component name is asked for.
  const importSource = rest.component ? undefined : '@theme/StatusBlockMdx';
  return [remarkStatus, {importSource, ...rest, report: false, history: source}] as const;
}

export {validateOptions};
export type {Options, PluginOptions, Severity} from './options.js';
export {formatProblem, reportProblems} from './report.js';
export {cacheConfiguration, pullFingerprint} from './cache-version.js';
