// Which review dates a doc's badge shows. Runs in the browser: no Node APIs, type imports only.

/** The review fields a badge shows: `last_reviewed` and `review_every` as written. */
export interface BadgeDates {
  lastReviewed?: unknown;
  every?: unknown;
}

/**
 * The badges of the docs version the plugin reads, keyed by permalink (with the baseUrl, as
 * `useDoc().metadata.permalink` gives it). Each holds the SOURCE page's review fields: a translated
 * page shows the review of the page it translates (fields come from the source page).
 */
export interface ReviewBadgeData {
  docsPluginId: string;
  version: string;
  pages: Record<string, {lastReviewed: string; every?: string}>;
}

/** The doc a badge is for, as `useDoc()` and `useDocsVersion()` give it. */
export interface BadgeDoc {
  pluginId: string;
  version: string;
  permalink: string;
  frontMatter: {last_reviewed?: unknown; review_every?: unknown};
}

/**
 * The dates of `doc`'s badge: from the plugin's data for a doc of the version it read (none when its
 * source page has no review cycle, whatever the translation's front matter says), else the doc's
 * own front matter (a released version, or a docs instance the plugin does not read).
 */
export function badgeDatesOf(data: ReviewBadgeData | undefined, doc: BadgeDoc): BadgeDates {
  const read = data && data.docsPluginId === doc.pluginId && data.version === doc.version;
  if (!read)
    return {lastReviewed: doc.frontMatter.last_reviewed, every: doc.frontMatter.review_every};
  const own = Object.hasOwn(data.pages, doc.permalink) ? data.pages[doc.permalink] : undefined;
  return own ? {lastReviewed: own.lastReviewed, every: own.every} : {};
}
