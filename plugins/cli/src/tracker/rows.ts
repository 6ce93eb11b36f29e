import {sourceDigest, type ParsedPage, type SiteModel, type StatusItem} from '@kmportal/model';
import {everyItem, parentOf} from '../edit/item-walk.js';
import type {RowValues} from './columns.js';

/** One tracker row: the item, the page it is on, and its values. */
export interface TrackerRow {
  item: StatusItem;
  page: ParsedPage;
  values: RowValues;
}

/** A fingerprint of an item's own source (opening line to closing fence): changes elsewhere on the page do not touch it. */
export function itemDigest(item: StatusItem, text: string): string {
  const {start, end} = item.position;
  // Offsets count from after a byte-order mark, as micromark reads the page.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return sourceDigest(body.slice(start.offset ?? 0, end.offset ?? body.length));
}

/** The values of an item's row, as the model reads them (a derived status shows as derived). */
export function rowValues(item: StatusItem, text: string): RowValues {
  return {
    id: item.id,
    parent: parentOf(item) ?? '',
    page: item.path,
    title: item.title,
    status: item.status,
    response: item.response ?? '',
    owner: item.owners.join(', '),
    due: item.due?.raw ?? '',
    asOf: item.asOf ?? '',
    sdg: item.sdg.join(' '),
    nexus: item.nexus.join(' '),
    notes: item.bodyText,
    newNote: '',
    digest: itemDigest(item, text),
  };
}

/** The rows of the selected items and their key actions, in site order. */
export function trackerRows(
  site: Pick<SiteModel, 'pages'>,
  selected: ReadonlySet<StatusItem>,
  textOf: (page: ParsedPage) => string,
): TrackerRow[] {
  const rows: TrackerRow[] = [];
  for (const page of site.pages) {
    const mine = page.items.filter((item) => selected.has(item));
    if (mine.length === 0) continue;
    const text = textOf(page);
    for (const item of everyItem(mine)) {
      if (item.id) rows.push({item, page, values: rowValues(item, text)});
    }
  }
  return rows;
}

/** The sheet a row goes on: its page's type (`untyped` when the page has none), as Excel allows a sheet name. */
export function sheetOf(page: ParsedPage): string {
  // Excel refuses `[]:*?/\` in sheet names and names over 31 characters; the list sheets' names are taken.
  const name = (page.page.type ?? 'untyped').replace(/[[\]:*?/\\]/g, '-').slice(0, 31) || 'untyped';
  return name === 'lists' || name === 'exported' ? `${name}-pages` : name;
}
