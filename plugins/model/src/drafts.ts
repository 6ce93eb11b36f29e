// Docusaurus's content visibility: `draft: true` pages are left out of a production build, `unlisted: true`
// pages are built but left out of every list (sidebar, sitemap, search). The suite follows the docs plugin's
// own decision (its loaded `drafts` and `unlisted` docs), so SIMULATE_PRODUCTION_VISIBILITY works too.
import {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import {collectBacklinks} from './backlinks.js';
import {withActions} from './derive.js';
import {code, report} from './diagnostics.js';
import type {SiteModel} from './site.js';
import type {ParsedPage} from './types.js';

/** Whether the page's front matter says `draft: true` (left out of a production build). */
export function isDraftPage(page: ParsedPage): boolean {
  return page.page.frontMatter.draft === true;
}

/** Whether the page's front matter says `unlisted: true` (built, but in no list). */
export function isUnlistedPage(page: ParsedPage): boolean {
  return page.page.frontMatter.unlisted === true;
}

/** Ids of the items (and key actions) defined on draft pages. */
function draftIds(pages: readonly ParsedPage[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const page of pages.filter(isDraftPage))
    for (const item of withActions(page.items)) ids.set(item.id, page.page.path);
  return ids;
}

/**
 * Warns where a page that is published shows, by `::status-ref`, an item of a draft page: a production
 * build leaves the draft out, so the pull would name an unknown id there.
 */
export function checkDraftPulls(pages: readonly ParsedPage[]): VFileMessage[] {
  const drafts = draftIds(pages);
  if (drafts.size === 0) return [];
  const messages: VFileMessage[] = [];
  for (const page of pages) {
    if (isDraftPage(page)) continue;
    for (const pull of page.pulls) {
      const draft = pull.kind === 'status-ref' && pull.id ? drafts.get(pull.id) : undefined;
      if (!draft) continue;
      const file = new VFile({path: pull.path});
      report(
        file,
        `\`::status-ref\` shows ${code(pull.id!)}, an item of the draft page ${draft} (\`draft: true\`): a production build leaves drafts out, so this pull would fail there. Publish that page (remove \`draft: true\`) or remove the pull.`,
        pull.places.id ?? pull.position.start,
        'draft-ref',
        'warning',
      );
      messages.push(...file.messages);
    }
  }
  return messages;
}

/** The pages whose source (relative to the docs folder) is not in `sources`. */
export function pagesOutside(
  pages: readonly ParsedPage[],
  sources: ReadonlySet<string> | undefined,
): ParsedPage[] {
  if (!sources || sources.size === 0) return [...pages];
  return pages.filter((page) => !sources.has(page.page.source ?? ''));
}

/** A site's pages, items and backlinks without the pages whose source is in `sources`. */
export function withoutPages(site: SiteModel, sources: ReadonlySet<string> | undefined): SiteModel {
  const pages = pagesOutside(site.pages, sources);
  if (pages.length === site.pages.length) return site;
  return {
    ...site,
    pages,
    items: pages.flatMap((page) => page.items),
    backlinks: collectBacklinks(pages, {config: site.config}),
  };
}
