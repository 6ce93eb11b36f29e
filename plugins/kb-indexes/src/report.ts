import {
  ownValue,
  RESPONSES,
  type PageHeading,
  type DueDate,
  type ParsedPage,
  type SiteModel,
  type StatusItem,
} from '@kmportal/model';
import {inHashedFolder, type DashboardFile} from './dashboard.js';
import {vocabulary} from './data.js';
import type {HistorySource} from './exports.js';
import {pageTitle, statusBreakdown, type StatusCount} from './graph.js';
import {ratesTable, responseRates, type RatesRow, type ResponseRates} from './rates.js';

/** A responsible unit: its code and, when `units.yml` knows it, its name. */
export interface UnitRef {
  code: string;
  name: string;
}

/** One status change of an item, with the labels of its statuses. */
export interface ReportHistoryEntry {
  date: string;
  commit: string;
  author: string;
  from?: string;
  fromLabel?: string;
  to: string;
  toLabel: string;
}

/** An item as the report prints it. */
export interface ReportItem {
  id: string;
  title: string;
  status: string;
  owners: UnitRef[];
  due: DueDate | null;
  response: {value: string; label: string} | null;
  asOf: string | null;
  /** The item's card, without baseUrl. */
  url: string;
  /** The progress notes as plain text, one entry per paragraph or list item. */
  body: string[];
  /** Status changes read from git, oldest first. */
  history: ReportHistoryEntry[];
  /** Why the recommendation is not fully accepted, else `null`. */
  responseNote: string | null;
  /** A key action: its recommendation's id, else `null`. */
  parent: string | null;
  /** A key action: its evidence as written, and the comment `note`. */
  evidence: string[];
  note: string | null;
  /** Fields that follow from the key actions. */
  derived: string[];
  /** A recommendation's key actions, grouped under it (empty on an action). */
  actions: ReportItem[];
  /** In a translated locale, an item still shown in the source language: the source's locale. */
  untranslated?: string;
}

/** The items under one heading of the page, in page order. */
export interface ReportGroup {
  /** The heading's text; empty for items before the first heading. */
  heading: string;
  /** The heading's anchor on the page; empty for items before the first heading. */
  anchor: string;
  /** The texts of the enclosing headings, outermost first, ending with `heading`. */
  trail: string[];
  items: ReportItem[];
}

/** A report as lists link it. */
export interface ReportLink {
  title: string;
  type: string;
  /** The source page, without baseUrl. */
  doc: string;
  /** The report, without baseUrl. */
  report: string;
  /** The report's slug (`doc` of its address, name of its file). */
  slug: string;
  itemCount: number;
}

/** The route data of one report: only that page's items. */
export interface ReportData {
  page: {
    title: string;
    type: string;
    description: string | null;
    /** The page, without baseUrl. */
    permalink: string;
    owners: UnitRef[];
    asOf: string | null;
    /** `symbol` of the front matter (a document symbol, e.g. `ECE/EX/2018/12`), if any. */
    symbol: string | null;
    /** `source` of the front matter (where the page's content comes from), if any. */
    source: string | null;
  };
  /** The build day, `YYYY-MM-DD`. */
  builtOn: string;
  /** The site's url and baseUrl without trailing slash, to print links in full. */
  siteUrl: string;
  statuses: ReturnType<typeof vocabulary>;
  counts: StatusCount[];
  total: number;
  groups: ReportGroup[];
  /** Acceptance and implementation rates and overdue actions of this page, and of every page of its type. */
  rates: {page: ResponseRates; type: RatesRow | null};
}

/**
 * Pages that get a report: every page of one of `types`, in site order (one with no items yet gets a
 * report that says so), so a doc page's link to its report follows from its permalink and type alone.
 */
export function reportPages(site: SiteModel, types: readonly string[]): ParsedPage[] {
  return site.pages.filter(({page}) => page.type !== undefined && types.includes(page.type));
}

/** The report's slug: the page's permalink below the docs route, e.g. `action-plans/plan-2019`. */
export function reportSlug(permalink: string, routeBasePath: string): string {
  const base = `/${routeBasePath.replace(/^\/+|(?<!\/)\/+$/g, '')}`;
  const below = permalink.startsWith(`${base}/`) ? permalink.slice(base.length) : permalink;
  return below.replace(/^\/+|(?<!\/)\/+$/g, '') || 'index';
}

/**
 * The address of a page's report, without baseUrl: the report index with the page's slug as `doc`
 * (`/status/report?doc=action-plans/plan-2019`). Reports are one route that loads the page's report
 * file, not a route each: a route costs every build a rendered page and a script chunk.
 */
export function reportPath(basePath: string, permalink: string, routeBasePath: string): string {
  return reportAddress(basePath, reportSlug(permalink, routeBasePath));
}

/** The address of the report of `slug` (see `reportPath`). */
function reportAddress(basePath: string, slug: string): string {
  const doc = encodeURIComponent(slug).replace(/%2F/g, '/');
  return `${basePath.replace(/(?<!\/)\/+$/, '') || '/'}?doc=${doc}`;
}

/** The report file of a slug, below the reports' folder: `action-plans/plan-2019.json`. */
export function reportFileName(slug: string): string {
  return `${slug}.json`;
}

/** Every report of the site as a link. */
export function reportLinks(
  site: SiteModel,
  options: {reportBasePath: string; reportTypes: readonly string[]; routeBasePath: string},
): ReportLink[] {
  return reportPages(site, options.reportTypes).map(({page, items}) => {
    const slug = reportSlug(page.permalink ?? '', options.routeBasePath);
    return {
      title: pageTitle(page),
      type: page.type ?? '',
      doc: page.permalink ?? '',
      report: reportAddress(options.reportBasePath, slug),
      slug,
      itemCount: items.length,
    };
  });
}

/** Items grouped under the nearest heading above them, groups and items in page order. */
export function groupByHeading<T extends {position: {start: {line: number}}}>(
  items: readonly T[],
  marks: readonly PageHeading[],
): {heading: string; anchor: string; trail: string[]; items: T[]}[] {
  const groups: {heading: string; anchor: string; trail: string[]; items: T[]}[] = [];
  const sorted = [...items].sort((a, b) => a.position.start.line - b.position.start.line);
  let next = 0;
  const stack: PageHeading[] = [];
  let current: (typeof groups)[number] | undefined;
  for (const item of sorted) {
    let moved = false;
    while (next < marks.length && marks[next]!.line < item.position.start.line) {
      const mark = marks[next++]!;
      while (stack.length > 0 && stack.at(-1)!.depth >= mark.depth) stack.pop();
      stack.push(mark);
      moved = true;
    }
    if (!current || moved) {
      const top = stack.at(-1);
      current = {
        heading: top?.text ?? '',
        anchor: top?.anchor ?? '',
        trail: stack.map((mark) => mark.text),
        items: [],
      };
      groups.push(current);
    }
    current.items.push(item);
  }
  return groups;
}

function unitRef(site: SiteModel, code: string): UnitRef {
  return {code, name: site.config.units?.get(code)?.name ?? code};
}

function reportItem(site: SiteModel, item: StatusItem, history: HistorySource): ReportItem {
  const label = (value: string) => site.config.statusByValue.get(value)?.label ?? value;
  const response = item.response
    ? {value: item.response, label: RESPONSES.get(item.response) ?? item.response}
    : null;
  return {
    id: item.id,
    title: item.title,
    status: item.status,
    owners: item.owners.map((code) => unitRef(site, code)),
    due: item.due ?? null,
    response,
    asOf: item.asOf ?? null,
    url: item.url ?? `#${item.id}`,
    body: item.bodyText ? item.bodyText.split('\n').filter((line) => line.trim() !== '') : [],
    history: (ownValue(history(item.path), item.id) ?? []).map((entry) => ({
      ...entry,
      ...(entry.from !== undefined ? {fromLabel: label(entry.from)} : {}),
      toLabel: label(entry.to),
    })),
    responseNote: item.responseNote ?? null,
    parent: item.parent ?? null,
    evidence: (item.evidence ?? []).map((evidence) => evidence.href),
    note: item.note ?? null,
    derived: item.derived ?? [],
    actions: (item.actions ?? []).map((action) => reportItem(site, action, history)),
    ...(item.untranslated ? {untranslated: site.config.defaultLocale} : {}),
  };
}

function frontMatterText(page: ParsedPage['page'], key: string): string | null {
  const value = page.frontMatter[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

/** The data of one page's report: its metadata, counts per status and its items grouped by heading. */
export function reportData(
  site: SiteModel,
  parsed: ParsedPage,
  options: {builtOn: string; siteUrl: string; history?: HistorySource; typeRates?: RatesRow[]},
): ReportData {
  const {page} = parsed;
  const closed = (status: string) => site.config.statusByValue.get(status)?.closed ?? false;
  const typeRates = options.typeRates ?? ratesTable(site, options.builtOn).types;
  const history = options.history ?? (() => ({}));
  const groups = groupByHeading(parsed.items, parsed.headings);
  return {
    page: {
      title: pageTitle(page),
      type: page.type ?? '',
      description: page.description ?? null,
      permalink: page.permalink ?? '',
      owners: page.owners.map((code) => unitRef(site, code)),
      asOf: page.asOf ?? null,
      symbol: frontMatterText(page, 'symbol'),
      source: frontMatterText(page, 'source'),
    },
    builtOn: options.builtOn,
    siteUrl: options.siteUrl,
    statuses: vocabulary(site),
    counts: statusBreakdown(parsed.items, site.config.statuses),
    total: parsed.items.length,
    groups: groups.map((group) => ({
      ...group,
      items: group.items.map((item) => reportItem(site, item, history)),
    })),
    rates: {
      page: responseRates(parsed.items, options.builtOn, closed),
      type: typeRates.find((row) => row.type === (page.type ?? '')) ?? null,
    },
  };
}

/** The options the reports read (see `PluginOptions`). */
export interface ReportOptions {
  /** Route of the report index; a page's report is `<reportBasePath>?doc=<slug>` (see `reportPath`). */
  reportBasePath: string;
  reportTypes: readonly string[];
  routeBasePath: string;
  statusPath: string;
}

/** The report index's route data: every report as a link, and where the report files are served. */
export interface ReportIndexData {
  /** This route (the index), without baseUrl. */
  indexPath: string;
  reports: ReportLink[];
  statusPath: string;
  /** Folder of the report files, with baseUrl and a trailing slash. */
  filesBase: string;
}

/**
 * One report file (`<slug>.json`, the page's `ReportData`) per page of `reportTypes`, in a folder named
 * by a hash of their content so that browsers never mix two builds. The browser fetches only the one shown.
 */
export function reportFiles(
  site: SiteModel,
  options: ReportOptions,
  context: {
    builtOn: string;
    siteUrl: string;
    history?: HistorySource;
  },
): {folder: string; files: DashboardFile[]} {
  const typeRates = ratesTable(site, context.builtOn).types;
  const files = reportPages(site, options.reportTypes).map((parsed) => ({
    name: reportFileName(reportSlug(parsed.page.permalink ?? '', options.routeBasePath)),
    content: JSON.stringify(reportData(site, parsed, {...context, typeRates})),
  }));
  return inHashedFolder(files);
}
