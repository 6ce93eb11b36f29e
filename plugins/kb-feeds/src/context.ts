import {encodedUrl, type PageMeta, type SiteModel, type StatusItem} from '@kmportal/model';
import type {StatusChange} from '@kmportal/status-history';

/** Status changes per item id of the page at a path as the model gave it (e.g. `pageStatusHistory`). */
export type HistorySource = (path: string) => Record<string, StatusChange[]>;

/** What every feed of a build shares: the site, its address, its history and the build time. */
export interface FeedContext {
  site: SiteModel;
  /** The site's `url` and `baseUrl`, without a trailing slash. */
  siteUrl: string;
  /** Host of the site's `url`, the domain of event UIDs and entry ids. */
  host: string;
  /** The site's title, naming the feeds. */
  siteTitle: string;
  /** When the build runs: the fallback DTSTAMP of an item with neither history nor `as-of`. */
  generated: Date;
  /** Page of a path (as the model gave it). */
  pageOf(path: string): PageMeta | undefined;
  /** Status changes of an item, oldest first (empty without git). */
  timeline(item: StatusItem): StatusChange[];
  /** Whether a status value is closed (finished items leave the calendars). */
  isClosed(status: string): boolean;
  /** Label of a status value. */
  statusLabel(status: string): string;
  /** Absolute URL of an item's card. */
  itemUrl(item: StatusItem): string;
}

/** The feed context of a site, reading each page's history at most once. */
export function createFeedContext(
  site: SiteModel,
  about: {siteUrl: string; siteTitle: string; generated: Date; history: HistorySource},
): FeedContext {
  const pages = new Map(site.pages.map(({page}) => [page.path, page]));
  const histories = new Map<string, Record<string, StatusChange[]>>();
  const historyOf = (path: string) =>
    histories.get(path) ?? histories.set(path, about.history(path)).get(path)!;
  const siteUrl = about.siteUrl.replace(/(?<!\/)\/+$/, '');
  return {
    site,
    siteUrl,
    host: new URL(siteUrl).host,
    siteTitle: about.siteTitle,
    generated: about.generated,
    pageOf: (path) => pages.get(path),
    timeline: (item) => historyOf(item.path)[item.id] ?? [],
    isClosed: (status) => site.config.statusByValue.get(status)?.closed ?? false,
    statusLabel: (status) => site.config.statusByValue.get(status)?.label ?? status,
    itemUrl: (item) =>
      encodedUrl(siteUrl + (item.url ?? `${pages.get(item.path)?.permalink ?? ''}#${item.id}`)),
  };
}

/** Unit codes with their names from `units.yml`, e.g. `Programme Management Unit (PMU)`. */
export function unitNames(site: SiteModel, codes: string[]): string {
  return codes
    .map((code) => {
      const name = site.config.units?.get(code)?.name;
      return name ? `${name} (${code})` : code;
    })
    .join(', ');
}

/** SDG goals and nexus areas of an item, as calendar categories: `SDG 11`, `Urban resilience`. */
export function itemCategories(site: SiteModel, item: StatusItem): string[] {
  const goals = item.sdgGoals.map((goal) => {
    const short = site.config.sdg.goalByNumber.get(goal)?.short;
    return short ? `SDG ${goal}: ${short}` : `SDG ${goal}`;
  });
  const nexus = item.nexus.map((slug) => site.config.nexus?.get(slug)?.title ?? slug);
  return [...goals, ...nexus];
}

/**
 * Text without the characters that XML 1.0 and iCalendar TEXT cannot hold (C0 controls but tab and line
 * feed, DEL, U+FFFE/U+FFFF, lone surrogates): neither library removes them, and one would make a whole
 * feed unreadable.
 */
export function feedText(text: string): string {
  return text
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '',
    )
    .replace(/\r\n?/g, '\n');
}
