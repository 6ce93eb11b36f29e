// What an import compares its rows with, and what it plans to do (`planImport`).
import type {ParsedPage, StatusItem} from '@kmportal/model';
import type {ItemEdit} from '../edit/apply.js';
import type {Table, TableRow, CellProblem} from './table.js';

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
