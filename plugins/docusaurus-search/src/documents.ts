import {withActions, type ParsedPage, type SiteModel, type StatusItem} from '@kmportal/model';
import type {DocRecord, ItemFields} from './client/format.js';

/** A page type's label, `action-plan` → `Action plan`. */
export function pageTypeLabel(type: string): string {
  const words = type.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One searchable document: what is indexed, what is shown, and what it is filtered on. */
export interface SearchDocument {
  /** Indexed as the title field: the page title, the heading, or the item's title and id. */
  title: string;
  body: string;
  record: DocRecord;
  /** Page number, documents of a page being contiguous. */
  page: number;
  facets: {type: string[]; status: string[]; unit: string[]; nexus: string[]; sdg: string[]};
}

/** Where documents' URLs start. */
export interface DocumentContext {
  baseUrl: string;
}

function joinBase(baseUrl: string, permalink: string): string {
  return baseUrl.replace(/\/$/, '') + permalink;
}

function itemFields(site: SiteModel, item: StatusItem): ItemFields {
  return {
    id: item.id,
    status: item.status,
    statusLabel: site.config.statusByValue.get(item.status)?.label ?? item.status,
    owners: item.owners,
    due: item.due?.raw,
    sdg: item.sdg,
    nexus: item.nexus,
    ...(item.parent ? {parent: item.parent} : {}),
  };
}

function pageFacets(parsed: ParsedPage) {
  const {page} = parsed;
  return {
    type: page.type ? [page.type] : [],
    status: [] as string[],
    unit: page.owners,
    nexus: page.nexus,
    sdg: page.sdgGoals.map(String),
  };
}

/** The documents of one page: the page with its intro, each section, each status item. */
export function pageDocuments(
  site: SiteModel,
  parsed: ParsedPage,
  pageNumber: number,
  context: DocumentContext,
): SearchDocument[] {
  const {page} = parsed;
  // The model's own sections of the page (its translation's in a locale's site): no second parse here.
  const sections = [...(parsed.sections ?? [])];
  const url = joinBase(context.baseUrl, page.permalink ?? '/');
  const title = page.title ?? page.source ?? page.path;
  const typeTrail = page.type ? [pageTypeLabel(page.type)] : [];
  const facets = pageFacets(parsed);
  const base = {page: pageNumber, facets};
  const marked = page.untranslated ? {untranslated: true as const} : {};
  const description =
    typeof page.frontMatter.description === 'string' ? page.frontMatter.description : '';
  const intro = [description, sections[0]?.heading === '' ? sections.shift()!.text : '']
    .filter(Boolean)
    .join('\n');
  const documents: SearchDocument[] = [
    {
      ...base,
      title,
      body: intro,
      record: {
        kind: 'page',
        url,
        title,
        pageTitle: title,
        trail: typeTrail,
        text: intro,
        ...marked,
      },
    },
  ];
  for (const section of sections) {
    const record: DocRecord = {
      kind: 'section',
      url: `${url}#${section.anchor}`,
      title: section.heading,
      pageTitle: title,
      trail: [...typeTrail, title],
      text: section.text,
      ...marked,
    };
    documents.push({...base, title: section.heading, body: section.text, record});
  }
  // Key actions are items of their own, found under their recommendation (each document once).
  const titles = new Map(parsed.items.map((item) => [item.id, item.title]));
  for (const item of withActions(parsed.items)) {
    const fields = itemFields(site, item);
    const parentTitle = item.parent ? titles.get(item.parent) : undefined;
    const text = [item.note, item.bodyText].filter(Boolean).join('\n');
    const record: DocRecord = {
      kind: 'item',
      url: joinBase(context.baseUrl, item.url ?? `${page.permalink}#${item.id}`),
      title: item.title,
      pageTitle: title,
      trail: [...typeTrail, title, ...(parentTitle ? [parentTitle] : [])],
      text,
      item: fields,
      ...(page.untranslated || item.untranslated ? {untranslated: true as const} : {}),
    };
    const itemFacets = {
      ...facets,
      status: [item.status],
      unit: item.owners,
      nexus: item.nexus,
      sdg: item.sdgGoals.map(String),
    };
    documents.push({
      ...base,
      facets: itemFacets,
      title: `${item.title} ${item.id}`,
      body: text,
      record,
    });
  }
  return documents;
}

/** The pages of a site that are searched (not unlisted, not drafts), in permalink order. */
export function searchedPages(site: SiteModel): ParsedPage[] {
  return [...site.pages]
    .filter((parsed) => !parsed.page.frontMatter.unlisted && parsed.page.frontMatter.draft !== true)
    .sort((a, b) => (a.page.permalink ?? '').localeCompare(b.page.permalink ?? ''));
}

/** Every searchable document of a site, page by page in permalink order, pages numbered from `firstPage`. */
export function siteDocuments(
  site: SiteModel,
  context: DocumentContext,
  firstPage = 0,
): SearchDocument[] {
  return searchedPages(site).flatMap((parsed, index) =>
    pageDocuments(site, parsed, firstPage + index, context),
  );
}
