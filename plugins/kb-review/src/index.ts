import {join, resolve} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {loadSiteCachedAsync} from '@kmportal/model';
import {validateOptions, type PluginOptions} from './options.js';
import {isoDay, reviewData, type ReviewData} from './review-data.js';

/** Global data: only the build day, the static fallback of "today" for review badges. */
export interface ReviewGlobalData {
  builtOn: string;
}

/** Docusaurus plugin: a page listing pages due or overdue for review, by owner, and `@theme/ReviewBadge`. */
export default function pluginReview(
  context: LoadContext,
  options: PluginOptions,
): Plugin<ReviewData> {
  const docsDir = resolve(context.siteDir, options.docsDir);
  const siteOptions = {docsDir, cwd: context.siteDir, routeBasePath: options.routeBasePath};
  return {
    name: 'kmportal-review',
    getThemePath: () => '../lib/theme',
    getTypeScriptThemePath: () => '../src/theme',
    getPathsToWatch: () => [join(docsDir, '**/*.{md,mdx}'), join(docsDir, 'units.yml')],
    async loadContent() {
      return reviewData(await loadSiteCachedAsync(siteOptions), isoDay(new Date()));
    },
    async contentLoaded({content, actions}) {
      const data = await actions.createData('review.json', JSON.stringify(content));
      actions.addRoute({
        path: normalizeUrl([context.baseUrl, options.path]),
        component: '@theme/ReviewPage',
        modules: {data},
        exact: true,
      });
      actions.setGlobalData({builtOn: content.builtOn} satisfies ReviewGlobalData);
    },
  };
}

export {validateOptions};
export type {Options, PluginOptions} from './options.js';
export {isoDay, reviewData, reviewRows} from './review-data.js';
export type {ReviewData, ReviewRow} from './review-data.js';
