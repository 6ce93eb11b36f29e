// One row of an imported workbook compared with its item in the site.
import {closest, code} from '@kmportal/model';
import {noteText} from '../edit/note.js';
import {cellChanges, READ_ONLY_HINTS} from './cell-changes.js';
import type {ColumnKey} from './columns.js';
import {problem, type PlanContext} from './plan-context.js';
import type {RowEdit} from './plan-types.js';
import type {ExportedRow, TrackerBook} from './read-xlsx.js';
import {rowValues} from './rows.js';
import type {Table, TableRow} from './table.js';

/** Lists the attributes edited in a row (`cellChanges`); edits to read-only cells become warnings. */
function attributeChanges(
  ctx: PlanContext,
  table: Table,
  row: TableRow,
  now: Record<ColumnKey, string>,
  then?: ExportedRow,
) {
  const {attributes, readOnly} = cellChanges(row, now, then);
  for (const column of readOnly) {
    const reason = `edit to the read-only column \`${column.header}\` is not applied (hint: ${READ_ONLY_HINTS[column.key]})`;
    problem(ctx, table, row, column.key, reason, 'warning');
  }
  return attributes;
}

function unknownRow(
  ctx: PlanContext,
  table: Table,
  row: TableRow,
  id: string,
  book: TrackerBook,
): void {
  if (book.exported?.has(id) || row.cells.get('digest')) {
    problem(
      ctx,
      table,
      row,
      'id',
      `conflict: item ${code(id)} is no longer in the site (renamed or removed since the export); the row is not applied (hint: export again)`,
      'conflict',
    );
    return;
  }
  const hint = closest(id, ctx.site.known);
  problem(
    ctx,
    table,
    row,
    'id',
    `no item ${code(id)} in the site${hint ? `; did you mean ${code(hint)}?` : ''} (hint: rows are matched by id; add new items in the page)`,
    'error',
  );
}

/** The edit one row asks for, or `undefined` (nothing edited, or a problem, added to `ctx`). */
export function planRow(
  ctx: PlanContext,
  table: Table,
  row: TableRow,
  book: TrackerBook,
): RowEdit | undefined {
  const id = row.cells.get('id')?.trim() ?? '';
  if (!id) {
    problem(
      ctx,
      table,
      row,
      'id',
      'row added without an id: not applied (hint: add new items in the page, then export again)',
      'warning',
    );
    return undefined;
  }
  const clash = ctx.site.clashes?.get(id);
  if (clash) {
    const where = clash.join(', ');
    const reason = `${code(id)} is defined on ${clash.length} pages (${where}); rename all but one first (\`kb check\` reports them)`;
    problem(ctx, table, row, 'id', reason, 'error');
    return undefined;
  }
  const entry = ctx.site.entries.get(id);
  if (!entry) {
    unknownRow(ctx, table, row, id, book);
    return undefined;
  }
  const now = rowValues(entry.item, entry.text);
  const attributes = attributeChanges(ctx, table, row, now, book.exported?.get(id));
  const newNote = row.cells.get('newNote')?.trim();
  if (attributes.size === 0 && !newNote) return undefined;
  const digest = row.cells.get('digest')?.trim();
  if (digest !== undefined && digest !== now.digest && !ctx.force) {
    problem(
      ctx,
      table,
      row,
      'id',
      `conflict: ${code(id)} changed in ${entry.page.page.path} since the export; the row is not applied (hint: export again and redo the edit, or import with --force)`,
      'conflict',
    );
    return undefined;
  }
  if (newNote && !attributes.has('as-of')) attributes.set('as-of', ctx.date);
  const note = newNote ? noteText(ctx.date, newNote) : undefined;
  return {item: entry.item, attributes, note, table, row, page: entry.page, text: entry.text};
}
