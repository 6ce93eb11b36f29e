// The theme modules' types come with the package's own, so a TypeScript site needs no setting for them.
/// <reference types="@kmportal/kb-review/theme" preserve="true" />
import {fileURLToPath} from 'node:url';
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {
  configuredDocsVersions,
  loadedDocsVersions,
  loadVersionSiteAsync,
  type DocsVersion,
  pageTextsOf,
  pageTextsTranslationFile,
  readShippedTranslations,
  themeSourcesOf,
  type PageText,
} from '@kmportal/model';
import {validateOptions, type PluginOptions} from './options.js';
import type {ReviewBadgeData} from './review-badges.js';
import {isoDay, reviewBadgePages, reviewData, type ReviewData} from './review-data.js';

/** The package's folder: its shipped `locales/` and theme sources. */
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

/** The review page's title and description in English (`i18n/<locale>/kmportal-review/pages.json`). */
export const REVIEW_PAGES: ReadonlyMap<string, PageText> = new Map([
  [
    'review',
    {
      title: 'Pages to review',
      description: 'Pages due or overdue for review, by owning unit.',
    },
  ],
]);

/** Global data: the build day (the static fallback of "today" for review badges) and the badges' dates. */
export interface ReviewGlobalData {
  builtOn: string;
  /** The current version's reviewed pages, with their source pages' review fields. */
  badges: ReviewBadgeData;
}

/** The review page's data and the badges' dates of one read of a docs version. */
interface ReviewContent {
  data: ReviewData;
  badges: ReviewBadgeData;
}

/** Docusaurus plugin: a page listing pages due or overdue for review, by owner, and `@theme/ReviewBadge`. */
export default function pluginReview(
  context: LoadContext,
  options: PluginOptions,
): Plugin<ReviewContent | undefined> {
  // The current version: the pages owners edit (released versions are frozen copies).
  const current = (versions: DocsVersion[]) => versions.find((v) => v.name === 'current');
  const configured = current(configuredDocsVersions(context, options.docsPluginId));
  const read = async (version: DocsVersion | undefined): Promise<ReviewContent | undefined> => {
    if (!version) return undefined;
    const site = await loadVersionSiteAsync(version, {cwd: context.siteDir});
    const pages = reviewBadgePages(site, context.baseUrl);
    const badges = {docsPluginId: version.instance, version: version.name, pages};
    return {data: reviewData(site, isoDay(new Date())), badges};
  };
  // The page's title and description in the locale built (set by `translateContent`).
  let texts = pageTextsOf(REVIEW_PAGES, undefined);
  return {
    name: 'kmportal-review',
    getThemePath: () => '../lib/theme',
    getTypeScriptThemePath: () => '../src/theme',
    getDefaultCodeTranslationMessages: () =>
      readShippedTranslations(PACKAGE_DIR, context.i18n.currentLocale),
    getPathsToWatch: () => [
      ...(configured
        ? [join(configured.contentPath, '**/*.{md,mdx}'), join(configured.contentPath, 'units.yml')]
        : []),
      themeSourcesOf(PACKAGE_DIR),
    ],
    async getTranslationFiles() {
      const locale = context.i18n.currentLocale;
      const shipped = await readShippedTranslations(PACKAGE_DIR, locale, 'pages');
      return [pageTextsTranslationFile(REVIEW_PAGES, shipped)];
    },
    translateContent({content, translationFiles}) {
      texts = pageTextsOf(
        REVIEW_PAGES,
        translationFiles.find((file) => file.path === 'pages'),
      );
      return content;
    },
    async loadContent() {
      // Reads the pages while Docusaurus loads the docs; `allContentLoaded` places them.
      return read(configured);
    },
    async allContentLoaded({allContent, actions}) {
      const content = await read(
        current(loadedDocsVersions(allContent, context, options.docsPluginId)),
      );
      if (!content) return;
      const data = await actions.createData('review.json', JSON.stringify(content.data));
      const meta = await actions.createData(
        'review-meta.json',
        JSON.stringify(texts.get('review')),
      );
      actions.addRoute({
        path: normalizeUrl([context.baseUrl, options.path]),
        component: '@theme/ReviewPage',
        modules: {data, meta},
        exact: true,
      });
      const {builtOn} = content.data;
      actions.setGlobalData({builtOn, badges: content.badges} satisfies ReviewGlobalData);
    },
  };
}

export {validateOptions};
export type {Options, PluginOptions} from './options.js';
export {badgeDatesOf} from './review-badges.js';
export type {BadgeDates, BadgeDoc, ReviewBadgeData} from './review-badges.js';
export {isoDay, reviewBadgePages, reviewData, reviewRows} from './review-data.js';
export type {ReviewData, ReviewRow} from './review-data.js';
