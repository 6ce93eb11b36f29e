import {sourceDigest} from '@kmportal/model';
import {READ_ONLY_KEYS, sameValue, TRACKER_COLUMNS, type ColumnKey} from './columns.js';
import type {ExportedRow, TrackerBook} from './read-xlsx.js';
import type {TableRow} from './table.js';

/**
 * A digest of a row's read-only cells (`recommendation`, `page`, `title`, `notes`), trimmed, with
 * line endings as `\n`: the export record keeps it, so an import tells an untouched row from an edited
 * one without reading the page.
 */
export function readOnlyDigest(text: (key: ColumnKey) => string | undefined): string {
  const parts = READ_ONLY_KEYS.map((key) => (text(key) ?? '').replace(/\r\n?/g, '\n').trim());
  return sourceDigest(parts.join('\u0000'));
}

/**
 * Whether a row is as it was exported: each editable cell holds the value the export recorded, the
 * `new progress note` is empty and the read-only cells are untouched. `kb import` does nothing with
 * such a row whatever the page says now, so it does not read the page. A row of a CSV (no record), of
 * an older workbook (no read-only digest) or of an id the record lacks is never taken as unedited.
 */
export function isUneditedRow(row: TableRow, then: ExportedRow | undefined): boolean {
  if (!then?.readOnly || row.cells.get('newNote')?.trim()) return false;
  for (const column of TRACKER_COLUMNS) {
    if (!column.attribute) continue;
    const cell = row.cells.get(column.key);
    const exported = then.values.get(column.key);
    if (cell !== undefined && (exported === undefined || !sameValue(column, cell, exported)))
      return false;
  }
  return readOnlyDigest((key) => row.cells.get(key)) === then.readOnly;
}

/** The ids of the rows `kb import` must compare with their item in the site: every row but the unedited. */
export function idsToLookUp(book: TrackerBook): Set<string> {
  const ids = new Set<string>();
  for (const table of book.tables) {
    for (const row of table.rows) {
      const id = row.cells.get('id')?.trim();
      if (id && !isUneditedRow(row, book.exported?.get(id))) ids.add(id);
    }
  }
  return ids;
}
