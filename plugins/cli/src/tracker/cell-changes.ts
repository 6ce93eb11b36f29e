import {sameValue, TRACKER_COLUMNS, type ColumnKey, type TrackerColumn} from './columns.js';
import type {ExportedRow} from './read-xlsx.js';
import type {TableRow} from './table.js';
import {readOnlyDigest} from './unedited.js';

/** What to do instead of editing a read-only column, by column. */
export const READ_ONLY_HINTS: Partial<Record<ColumnKey, string>> = {
  parent: 'a key action moves by editing the page',
  page: 'an item moves by editing the pages',
  title: 'change the title in the page (the text in square brackets)',
  notes: 'add to them with the `new progress note` column',
};

/**
 * The attributes whose cells were edited: a cell that differs from the page as it is now and from
 * what was exported (the workbook's record; a CSV has none, so only the page counts); and the
 * read-only columns whose cells were edited (none when they are as the record's digest has them,
 * even where the page has changed since).
 */
export function cellChanges(
  row: TableRow,
  now: Record<ColumnKey, string>,
  then?: ExportedRow,
): {attributes: Map<string, string | null>; readOnly: TrackerColumn[]} {
  const attributes = new Map<string, string | null>();
  const readOnly: TrackerColumn[] = [];
  const readOnlyKept = then?.readOnly === readOnlyDigest((key) => row.cells.get(key));
  for (const column of TRACKER_COLUMNS) {
    const cell = row.cells.get(column.key);
    if (cell === undefined || sameValue(column, cell, now[column.key])) continue;
    const exported = then?.values.get(column.key);
    if (exported !== undefined && sameValue(column, cell, exported)) continue;
    if (column.attribute) attributes.set(column.attribute, cell.trim() === '' ? null : cell.trim());
    else if (column.key in READ_ONLY_HINTS && !readOnlyKept) readOnly.push(column);
  }
  return {attributes, readOnly};
}
