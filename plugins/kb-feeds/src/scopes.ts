import {withActions, type PageMeta, type SiteModel, type StatusItem} from '@kmportal/model';

/** What a feed is about: the whole site, one unit (its code) or one page (its source path). */
export interface FeedScope {
  kind: 'site' | 'unit' | 'page';
  /** `''` for the site, the unit's code, or the page's path relative to the docs folder. */
  key: string;
  /** Name of the feed, e.g. `Knowledge portal: PMU`. */
  title: string;
  /** Its items and their key actions, in site order. */
  items: StatusItem[];
  /** Path of the iCalendar file below the export folder, e.g. `calendar/PMU.ics`. */
  calendar: string;
  /** Path of the Atom file below the export folder, e.g. `changes/PMU.atom`. */
  changes: string;
  /** Site path (without baseUrl) of the HTML page the feeds are about. */
  about: string;
}

/** Where a scope's feeds are written and which page they are about. */
export interface ScopePaths {
  statusPath: string;
  unitPath: string;
}

/** Unit codes that can be file names as they are (the pattern `units.yml` enforces). */
const SAFE_CODE = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

/** A page's feed name: its source path without the `.md`/`.mdx` extension. */
export function pageFeedName(source: string): string {
  return source.replace(/\\/g, '/').replace(/\.mdx?$/i, '');
}

/** Every unit a feed is written for: the registry's units, then owners used but not listed. */
export function feedUnits(site: SiteModel): {codes: string[]; skipped: string[]} {
  const codes = new Set(site.config.units ? site.config.units.keys() : []);
  for (const item of withActions(site.items)) for (const owner of item.owners) codes.add(owner);
  const all = [...codes];
  return {
    codes: all.filter((code) => SAFE_CODE.test(code)),
    skipped: all.filter((code) => !SAFE_CODE.test(code)),
  };
}

/** Items owned by `unit` (directly: a parent unit's feed does not repeat its sub-units'). */
export function unitItems(site: SiteModel, unit: string): StatusItem[] {
  return withActions(site.items).filter((item) => item.owners.includes(unit));
}

/** A page's title as lists show it. */
export function pageLabel(page: PageMeta | undefined, fallback: string): string {
  return page?.title ?? page?.source ?? fallback;
}

/** The site's feed scope, each unit's and each page's. */
export function feedScopes(site: SiteModel, siteTitle: string, paths: ScopePaths): FeedScope[] {
  const scopes: FeedScope[] = [
    {
      kind: 'site',
      key: '',
      title: siteTitle,
      items: withActions(site.items),
      calendar: 'calendar.ics',
      changes: 'changes.atom',
      about: paths.statusPath,
    },
  ];
  for (const code of feedUnits(site).codes) {
    const name = site.config.units?.get(code)?.name;
    scopes.push({
      kind: 'unit',
      key: code,
      title: `${siteTitle}: ${name ? `${name} (${code})` : code}`,
      items: unitItems(site, code),
      calendar: `calendar/${code}.ics`,
      changes: `changes/${code}.atom`,
      about: paths.unitPath.replace('{unit}', code),
    });
  }
  for (const {page, items} of site.pages) {
    const source = page.source ?? page.path;
    const name = pageFeedName(source);
    scopes.push({
      kind: 'page',
      key: source,
      title: `${siteTitle}: ${pageLabel(page, source)}`,
      items: withActions(items),
      calendar: `calendar/page/${name}.ics`,
      changes: `changes/page/${name}.atom`,
      about: page.permalink ?? '/',
    });
  }
  return scopes;
}
