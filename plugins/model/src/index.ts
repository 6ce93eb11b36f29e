export {loadModelConfig, normalizeModelOptions} from './config.js';
export type {LoadedConfig, ModelOptions, NormalizedModelOptions} from './config.js';
export {
  code,
  codeList,
  compareMessages,
  formatMessage,
  isError,
  isInfo,
  report,
} from './diagnostics.js';
export type {Severity} from './diagnostics.js';
export {isPastDue, parseCalendarDate, parseDue} from './due.js';
export {extractStatusBlocks, extractStatusItems, isClosed, pairStatusBlocks} from './items.js';
export {sourceDigest} from './digest.js';
export {openMemoryParseCache, openParseCache, parseCacheScope} from './parse-cache.js';
export type {ParseCache} from './parse-cache.js';
export {actionNodesOf, evidenceKind, isActionDirective} from './actions.js';
export type {ActionNode} from './actions.js';
export {
  deriveDue,
  deriveFromActions,
  deriveOwners,
  deriveStatus,
  statusStage,
  withActions,
} from './derive.js';
export type {DerivedFields} from './derive.js';
export {checkEvidence, evidenceFile} from './evidence.js';
export type {ExtractContext, StatusBlockNode} from './items.js';
export {scanOpening} from './opening.js';
export type {OpeningScan, ScannedAttribute} from './opening.js';
export {parseMarkdown, parsePage, parsePageSyntax, readPage, readPageMeta} from './parse.js';
export {changedRange, reparseMarkdown} from './reparse.js';
export type {PageSyntax, TextChange} from './reparse.js';
export {readNexus, readUnits} from './registries.js';
export {languageName, normalizeLocales, sdgLocaleOf} from './locale.js';
export type {LocaleSettings} from './locale.js';
export {readTranslatedPage, readTranslatedText, readTranslatedTree} from './translation.js';
export type {TranslatedBlock, TranslatedPage} from './translation.js';
export {mergeTranslation, untranslatedPage} from './translation-merge.js';
export type {MergeContext} from './translation-merge.js';
export {localizePages} from './site-locale.js';
export {translatedMarkdownLinks} from './translated-links.js';
export type {TranslatedLinkOptions} from './translated-links.js';
export {pairTranslatedBlocks, sourceBlockNodes} from './translation-pairs.js';
export type {MissingBlock, TranslatedBlocks} from './translation-pairs.js';
export {contrastingText, loadSdgCatalog, SDG_COLORS, SDG_LOCALES} from './sdg.js';
export {pageHeadings, pageOutline, pageSections} from './sections.js';
export {
  DEFAULT_REVIEW_EVERY,
  DUE_SOON_DAYS,
  nextReview,
  parseReviewInterval,
  reviewState,
} from './review-dates.js';
export type {ReviewState} from './review-dates.js';
export {readReview} from './review.js';
export type {ReviewNodes} from './review.js';
export type {PageHeading, PageSection} from './sections.js';
export {
  assembleSite,
  checkUniqueIds,
  isIgnoredDoc,
  listPages,
  loadSite,
  readSitePage,
  readSitePageEdit,
  readSitePageText,
  siteMessages,
} from './site.js';
export {checkDraftPulls, isDraftPage, isUnlistedPage, withoutPages} from './drafts.js';
export {checkRefTargets, collectBacklinks, reportUnknownRef} from './backlinks.js';
export type {Backlink, Backlinks} from './backlinks.js';
export {checkFilterValues, FILTER_KEYS} from './filter.js';
export {extractPullNodes, extractPulls, isPullDirective} from './pulls.js';
export type {PullNode} from './pulls.js';
export {PULL_DIRECTIVES} from './pull-misuse.js';
export {createMatcher, matchItems, parseDueFilter} from './query.js';
export type {DueFilter, ItemMatcher, MatchOptions} from './query.js';
export {docPermalink, stripNumberPrefix} from './permalink.js';
export {
  defaultVersion,
  docsVersions,
  localizedDocsDir,
  readVersionNames,
  versionedDocsDir,
} from './docs-versions.js';
export type {DocsI18n, DocsPluginSettings, DocsVersion} from './docs-versions.js';
export {docsVersionOfFile, docsVersionsFromContent} from './docs-content.js';
export {
  defaultCacheDir,
  listedSite,
  loadVersionSite,
  loadVersionSiteAsync,
  mergeSites,
  placeSite,
  versionSiteOptions,
} from './version-site.js';
export {
  configuredDocsVersions,
  contextLocales,
  docsPluginOptions,
  docsPluginSettings,
  loadedDocsVersions,
  RETIRED_DOCS_OPTIONS,
  retiredOptionsWarning,
} from './docs-config.js';
export type {SiteConfigEntries, SiteContext} from './docs-config.js';
export type {LoadedDocsContent, SitePlace} from './docs-content.js';
export {nullRecord, ownValue} from './own.js';
export {encodedUrl} from './url.js';
export {loadSiteCached, loadSiteCachedAsync, siteStamp} from './site-cache.js';
export {batchesOf, canParseInWorkers, loadSiteAsync} from './site-async.js';
export type {ParallelOptions} from './site-async.js';
export type {SiteModel, SiteOptions} from './site.js';
export {closest, didYouMean} from './suggest.js';
export {
  daysBetween,
  formatLongDate,
  formatMonthYear,
  formatNumber,
  formatPercent,
  formatPlural,
  intlLocaleOf,
  kbIntlOf,
  pluralFormsOf,
  selectPlural,
} from './intl.js';
export type {KbIntl, LocaleContext} from './intl.js';
export {
  readShippedTranslations,
  shippedLocalesToTry,
  themeSourcesOf,
} from './shipped-translations.js';
export {pageTextsOf, pageTextsTranslationFile} from './page-texts.js';
export type {PageText, PageTextsFile} from './page-texts.js';
export * from './types.js';
export {
  ACTION_ATTRIBUTES,
  ACTION_DIRECTIVE,
  DEFAULT_PAGE_TYPES,
  DEFAULT_STATUSES,
  PAGE_KEYS,
  RESPONSES,
  RULES_URL,
  SOURCE,
  STATUS_ATTRIBUTES,
  STATUS_DIRECTIVE,
} from './vocabulary.js';
export {findSiteConfig, readSiteConfig, SITE_CONFIG_FILES} from './site-config.js';
export type {ReadSiteConfig, SiteConfigFile} from './site-config.js';
export {loadSiteLocales, resolveSiteLocales} from './site-locales.js';
export type {SiteLocales} from './site-locales.js';
export {checkTranslations, translatedLocales} from './translation-check.js';
export type {TranslationCheck, TranslationCheckOptions} from './translation-check.js';
export {compiledWorkerFile, workerResult} from './worker-result.js';
export {BundlingStart} from './bundling-start.js';
