import type {SearchDocument} from './documents.js';

const LEVELS = ['lvl0', 'lvl1', 'lvl2', 'lvl3', 'lvl4', 'lvl5', 'lvl6'] as const;

/** A DocSearch record: Algolia's nested `hierarchy` and Typesense's flattened `hierarchy.lvlN`, plus facets. */
export type DocSearchRecord = Record<string, unknown>;

function hierarchyOf(document: SearchDocument): (string | null)[] {
  const {record} = document;
  const levels: (string | null)[] = [record.trail[0] ?? 'Documents', record.pageTitle];
  if (record.kind !== 'page') levels.push(record.title);
  while (levels.length < LEVELS.length) levels.push(null);
  return levels;
}

/** One DocSearch record per document, so the same content can move to Typesense or Algolia. */
export function docsearchRecord(
  document: SearchDocument,
  position: number,
  tag = 'docs-default-current',
  language = 'en',
): DocSearchRecord {
  const {record, facets} = document;
  const [withoutAnchor, anchor = null] = record.url.split('#');
  const levels = hierarchyOf(document);
  const hierarchy = Object.fromEntries(LEVELS.map((level, i) => [level, levels[i]]));
  const deepest = levels.findLastIndex((level) => level !== null);
  return {
    objectID: `${position}-${record.url}`,
    url: record.url,
    url_without_anchor: withoutAnchor,
    anchor,
    type: record.text ? 'content' : LEVELS[deepest],
    content: record.text || null,
    hierarchy,
    ...Object.fromEntries(LEVELS.map((level, i) => [`hierarchy.${level}`, levels[i]])),
    // Typesense's scraper sorts by `item_priority`; Algolia's crawler ranks by `weight`.
    item_priority: record.kind === 'item' ? 2 : record.kind === 'page' ? 1 : 0,
    weight: {pageRank: 0, level: record.kind === 'page' ? 100 : 90, position},
    // The build's locale, as Docusaurus's contextual search filters on `language:<currentLocale>`.
    language,
    // The tag Docusaurus's contextual search filters docs by: `docs-<instance>-<version>`.
    docusaurus_tag: tag,
    page_type: facets.type,
    status: facets.status,
    unit: facets.unit,
    nexus: facets.nexus,
    sdg: facets.sdg,
    item_id: record.item?.id ?? null,
  };
}

/** The `docusaurus_tag` of a docs version's pages, as the docs plugin's search metadata writes it. */
export function docsearchTag(version: {instance: string; name: string}): string {
  return `docs-${version.instance}-${version.name}`;
}

/** Every document as a DocSearch record, tagged with its docs version (`docsearchTag`). */
export function docsearchRecords(
  documents: SearchDocument[],
  tag?: string,
  start = 0,
  language?: string,
): DocSearchRecord[] {
  return documents.map((document, index) =>
    docsearchRecord(document, start + index, tag, language),
  );
}
