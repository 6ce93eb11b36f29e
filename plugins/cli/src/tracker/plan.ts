import {code} from '@kmportal/model';
import {TRACKER_COLUMNS, type TrackerColumn} from './columns.js';
import {problem, type PlanContext} from './plan-context.js';
import {planRow} from './plan-row.js';
import type {ImportPlan, RowEdit, SiteItems} from './plan-types.js';
import type {TrackerBook} from './read-xlsx.js';
import {cellRef} from './table.js';
import {isUneditedRow} from './unedited.js';

export type {ImportPlan, RowEdit, SiteEntry, SiteItems} from './plan-types.js';

function reportDeleted(ctx: PlanContext, book: TrackerBook, seen: Set<string>): void {
  for (const [id, {sheet}] of book.exported ?? []) {
    if (seen.has(id)) continue;
    ctx.problems.push({
      ref: `${ctx.file}:${sheet}`,
      reason: `the row of ${code(id)} was deleted: the item is kept (hint: delete items in the page)`,
      severity: 'warning',
    });
  }
}

/** Compares every row with the site and lists the edits to make, the conflicts and the other problems. */
export function planImport(
  book: TrackerBook,
  site: SiteItems,
  options: {file: string; force: boolean; date: string},
): ImportPlan {
  const ctx: PlanContext = {...options, site, problems: []};
  const edits = new Map<string, RowEdit[]>();
  const seen = new Map<string, string>();
  for (const {sheet, header} of book.unknownColumns) {
    ctx.problems.push({
      ref: `${ctx.file}${sheet ? `:${sheet}` : ''}`,
      reason: `column \`${header}\` is not a tracker column and is ignored`,
      severity: 'warning',
    });
  }
  for (const table of book.tables) {
    if (!table.columns.has('id')) {
      ctx.problems.push({
        ref: `${ctx.file}${table.sheet ? `:${table.sheet}` : ''}!A1`,
        reason:
          'no `id` column: rows cannot be matched to items (hint: keep the first column of the export)',
        severity: 'error',
      });
      continue;
    }
    for (const row of table.rows) {
      const id = row.cells.get('id')?.trim() ?? '';
      const earlier = id && seen.get(id);
      if (earlier) {
        problem(
          ctx,
          table,
          row,
          'id',
          `${code(id)} is given twice (also at ${earlier}); keep one row`,
          'error',
        );
        continue;
      }
      if (id) seen.set(id, cellRef(ctx.file, table, row.row, 'id'));
      // As exported: nothing to apply, whatever the page says now (its page is not read).
      if (id && isUneditedRow(row, book.exported?.get(id))) continue;
      const edit = planRow(ctx, table, row, book);
      if (!edit) continue;
      const list = edits.get(edit.page.page.path);
      if (list) list.push(edit);
      else edits.set(edit.page.page.path, [edit]);
    }
  }
  reportDeleted(ctx, book, new Set(seen.keys()));
  return {edits, problems: ctx.problems};
}

/** The column an attribute is edited in. */
export function columnOfAttribute(attribute: string): TrackerColumn | undefined {
  return TRACKER_COLUMNS.find((column) => column.attribute === attribute);
}
