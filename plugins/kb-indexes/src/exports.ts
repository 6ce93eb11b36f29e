import {encodedUrl, ownValue, type SiteModel, type StatusItem} from '@kmportal/model';
import {pagesByPath, pageTitle} from './graph.js';

/** One item of `items.json` (see `items.schema.json`). */
export interface ExportedItem {
  id: string;
  title: string;
  status: string;
  statusLabel: string;
  owners: string[];
  due: {raw: string; kind: string; start: string | null; end: string | null} | null;
  sdg: string[];
  sdgGoals: number[];
  nexus: string[];
  response: string | null;
  /** Why the recommendation is not fully accepted (`response-note`), else `null`. */
  responseNote: string | null;
  asOf: string | null;
  page: {title: string; type: string | null; path: string; url: string};
  url: string;
  bodyText: string;
  /** Status changes read from git, oldest first (empty when there is no history). */
  history: HistoryEntry[];
  /** A key action: its recommendation's id; `null` on a recommendation. */
  parent: string | null;
  /** Fields that follow from the key actions (`status`, `due`, `owners`). */
  derived: string[];
  /** A key action: its evidence as written (paths relative to the page, or URLs). */
  evidence: string[];
  /** A key action: its short comment (`note`), else `null`. */
  note: string | null;
  /** A recommendation's key actions, each in this same form (empty on an action). */
  actions: ExportedItem[];
  /**
   * In a translated locale's export, whether the item still shows source-language text (its page or
   * block is not translated yet); `false` in the default locale.
   */
  untranslated: boolean;
  /** The language of `title` and `bodyText`: the export's locale, or the source's when `untranslated`. */
  lang: string;
}

/** One status change of an item. */
export interface HistoryEntry {
  date: string;
  commit: string;
  author: string;
  from?: string;
  to: string;
}

/** Status changes per item id of the page at a path relative to the site (e.g. `pageStatusHistory`). */
export type HistorySource = (path: string) => Record<string, HistoryEntry[]>;

/** Every item of the site in export form, `siteUrl` being the site's url + baseUrl without trailing slash. */
export function exportedItems(
  site: SiteModel,
  siteUrl: string,
  history: HistorySource = () => ({}),
): ExportedItem[] {
  const pages = pagesByPath(site);
  const byPath = new Map<string, Record<string, HistoryEntry[]>>();
  const timelinesOf = (path: string) =>
    byPath.get(path) ?? byPath.set(path, history(path)).get(path)!;
  const exported = (item: StatusItem): ExportedItem => ({
    ...exportedItem(item, site, pages, siteUrl),
    history: ownValue(timelinesOf(item.path), item.id) ?? [],
    actions: (item.actions ?? []).map(exported),
  });
  return site.items.map(exported);
}

function exportedItem(
  item: StatusItem,
  site: SiteModel,
  pages: ReturnType<typeof pagesByPath>,
  siteUrl: string,
): Omit<ExportedItem, 'history' | 'actions'> {
  const page = pages.get(item.path);
  const permalink = page?.permalink ?? '';
  const {raw, kind, start, end} = item.due ?? {raw: '', kind: ''};
  return {
    id: item.id,
    title: item.title,
    status: item.status,
    statusLabel: site.config.statusByValue.get(item.status)?.label ?? item.status,
    owners: item.owners,
    due: item.due ? {raw, kind, start: start ?? null, end: end ?? null} : null,
    sdg: item.sdg,
    sdgGoals: item.sdgGoals,
    nexus: item.nexus,
    response: item.response ?? null,
    responseNote: item.responseNote ?? null,
    asOf: item.asOf ?? null,
    page: {
      title: page ? pageTitle(page) : item.path,
      type: page?.type ?? null,
      path: page?.source ?? item.path,
      url: encodedUrl(siteUrl + permalink),
    },
    url: encodedUrl(siteUrl + (item.url ?? `${permalink}#${item.id}`)),
    bodyText: item.bodyText,
    parent: item.parent ?? null,
    derived: item.derived ?? [],
    evidence: (item.evidence ?? []).map((evidence) => evidence.href),
    note: item.note ?? null,
    untranslated: Boolean(item.untranslated),
    lang: item.untranslated ? site.config.defaultLocale : site.config.locale,
  };
}
