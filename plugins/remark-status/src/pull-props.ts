import {
  FILTER_KEYS,
  matchItems,
  withActions,
  type ItemFilter,
  type ModelConfig,
  type PageMeta,
  type Pull,
  type SiteModel,
  type StatusItem,
} from '@kmportal/model';
import {statusProps} from './props.js';

/** Options that shape pulled props. */
export interface PullPropsOptions {
  /** The day `due=overdue` is judged on, `YYYY-MM-DD` (default: today). */
  today?: string;
}

const pagesBySite = new WeakMap<SiteModel, Map<string, PageMeta>>();

function pageOf(site: SiteModel, path: string): PageMeta | undefined {
  let pages = pagesBySite.get(site);
  if (!pages) {
    pages = new Map(site.pages.map(({page}) => [page.path, page]));
    pagesBySite.set(site, pages);
  }
  return pages.get(path);
}

function ownerProps(codes: string[], config: ModelConfig) {
  return codes.map((code) => ({code, name: config.units?.get(code)?.name ?? code}));
}

/** An item as a card or table row shows it: its fields and its home, never its body. */
export function pulledItemProps(item: StatusItem, site: SiteModel) {
  const page = pageOf(site, item.path);
  const permalink = page?.permalink ?? item.path;
  return {
    id: item.id,
    title: item.title,
    status: statusProps(item.status, site.config),
    owners: ownerProps(item.owners, site.config),
    due: item.due,
    href: item.url ?? `${permalink}#${item.id}`,
    page: {title: page?.title ?? page?.source ?? item.path, permalink},
    // A translated page pulling an item not translated yet: the source's locale (title in it).
    ...(item.untranslated ? {untranslated: site.config.defaultLocale} : {}),
  };
}

/** The props of `@theme/StatusRef`: the item, or only its id when no status block has it. */
export function statusRefProps(pull: Pull, site: SiteModel) {
  const id = pull.id ?? '';
  const item = withActions(site.items).find((candidate) => candidate.id === id);
  return {id, item: item ? pulledItemProps(item, site) : undefined};
}

function valueLabel(key: string, value: string, config: ModelConfig, site?: SiteModel): string {
  if (key === 'parent') return site?.items.find((item) => item.id === value)?.title ?? value;
  if (key === 'status') return config.statusByValue.get(value)?.label ?? value;
  if (key === 'owner') return config.units?.get(value)?.name ?? value;
  if (key === 'nexus') return config.nexus?.get(value)?.title ?? value;
  return value;
}

/** The filter as the caption names it: each attribute with its values and their labels. */
export function filterProps(filter: ItemFilter, config: ModelConfig, site?: SiteModel) {
  return FILTER_KEYS.filter((key) => filter[key]).map((key) => ({
    key,
    values: (filter[key] ?? []).map((value) => ({
      value,
      label: valueLabel(key, value, config, site),
    })),
  }));
}

/** The props of `@theme/StatusTable`: caption, filter in parts, and the matching items in site order. */
export function statusTableProps(pull: Pull, site: SiteModel, options: PullPropsOptions = {}) {
  const filter = pull.filter ?? {};
  const items = matchItems(site.items, site.pages, filter, {config: site.config, ...options});
  return {
    caption: pull.label,
    filter: filterProps(filter, site.config, site),
    items: items.map((item) => pulledItemProps(item, site)),
  };
}

/** The `pulledBy` prop of `@theme/StatusBlock`: the other pages that show the item. */
export function pulledByProps(id: string, site: SiteModel) {
  const links = site.backlinks.get(id) ?? [];
  return links.length ? links.map(({title, permalink}) => ({title, permalink})) : undefined;
}
