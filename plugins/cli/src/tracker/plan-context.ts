import type {ColumnKey} from './columns.js';
import type {SiteItems} from './plan-types.js';
import {cellRef, type CellProblem, type Table, type TableRow} from './table.js';

/** What planning one workbook's rows shares: the site, the options, the problems found so far. */
export interface PlanContext {
  file: string;
  site: SiteItems;
  force: boolean;
  date: string;
  problems: CellProblem[];
}

/** Adds a problem of `row`'s cell in `key`'s column. */
export function problem(
  ctx: PlanContext,
  table: Table,
  row: TableRow,
  key: ColumnKey,
  reason: string,
  severity: CellProblem['severity'],
) {
  ctx.problems.push({ref: cellRef(ctx.file, table, row.row, key), reason, severity});
}
