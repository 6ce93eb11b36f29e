import {closest, code, type ParsedPage, type StatusItem} from '@kmportal/model';
import type {ItemEdit} from '../edit/apply.js';
import {noteText} from '../edit/note.js';
import {TRACKER_COLUMNS, type ColumnKey, type TrackerColumn} from './columns.js';
import type {ExportedRow, TrackerBook} from './read-xlsx.js';
import {rowValues} from './rows.js';
import {cellRef, type CellProblem, type Table, type TableRow} from './table.js';
import {isUneditedRow} from './unedited.js';
import {cellChanges, READ_ONLY_HINTS} from './cell-changes.js';

/** An item of the site as it is now, with its page and the page's text. */
export interface SiteEntry {
  item: StatusItem;
  page: ParsedPage;
  text: string;
}

/** The items of the site an import compares its rows with (`lookUpItems`). */
export interface SiteItems {
  /** id → the item as it is now. */
  entries: ReadonlyMap<string, SiteEntry>;
  /** Ids defined on more than one page → those pages. */
  clashes?: ReadonlyMap<string, readonly string[]>;
  /** Every id of the site, for did-you-mean. */
  known: Iterable<string>;
}

/** One row's edit, with where it came from (to name cells in messages). */
export interface RowEdit extends ItemEdit {
  table: Table;
  row: TableRow;
  page: ParsedPage;
  /** The page's text the edit applies to. */
  text: string;
}

/** What an import would do: the edits by page path, and every problem found on the way. */
export interface ImportPlan {
  edits: Map<string, RowEdit[]>;
  problems: CellProblem[];
}

interface Context {
  file: string;
  site: SiteItems;
  force: boolean;
  date: string;
  problems: CellProblem[];
}

function problem(
  ctx: Context,
  table: Table,
  row: TableRow,
  key: ColumnKey,
  reason: string,
  severity: CellProblem['severity'],
) {
  ctx.problems.push({ref: cellRef(ctx.file, table, row.row, key), reason, severity});
}

/** Lists the attributes edited in a row (`cellChanges`); edits to read-only cells become warnings. */
function attributeChanges(
  ctx: Context,
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
  ctx: Context,
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

function planRow(
  ctx: Context,
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

function reportDeleted(ctx: Context, book: TrackerBook, seen: Set<string>): void {
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
  const ctx: Context = {...options, site, problems: []};
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
