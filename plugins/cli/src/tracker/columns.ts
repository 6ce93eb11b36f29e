// The columns of the tracker workbook and CSV, shared by `kb export` and `kb import`.

/** What a column holds. */
export type ColumnKey =
  | 'id'
  | 'parent'
  | 'page'
  | 'title'
  | 'status'
  | 'response'
  | 'owner'
  | 'due'
  | 'asOf'
  | 'sdg'
  | 'nexus'
  | 'notes'
  | 'newNote'
  | 'digest';

/** The registry list a column's dropdown is fed from. */
export type ListName = 'status' | 'response' | 'unit' | 'nexus';

/** One column of the tracker. */
export interface TrackerColumn {
  key: ColumnKey;
  /** The header cell, which `kb import` finds the column by. */
  header: string;
  width: number;
  /** The attribute an edited cell is written to; absent for read-only columns. */
  attribute?: string;
  /** Dates are real Excel dates when they are days. */
  date?: boolean;
  /** Whether a value is a list of codes (compared token by token). */
  tokens?: boolean;
  list?: ListName;
  /** A list column whose cells may hold several codes: the dropdown warns instead of refusing. */
  multiple?: boolean;
  wrap?: boolean;
  hidden?: boolean;
}

/** The columns, in order: the id first. */
export const TRACKER_COLUMNS: readonly TrackerColumn[] = [
  {key: 'id', header: 'id', width: 24},
  {key: 'parent', header: 'recommendation', width: 18},
  {key: 'page', header: 'page', width: 36},
  {key: 'title', header: 'title', width: 48, wrap: true},
  {key: 'status', header: 'status', width: 14, attribute: 'status', list: 'status'},
  {key: 'response', header: 'response', width: 19, attribute: 'response', list: 'response'},
  {
    key: 'owner',
    header: 'owner',
    width: 16,
    attribute: 'owner',
    tokens: true,
    list: 'unit',
    multiple: true,
  },
  {key: 'due', header: 'due', width: 12, attribute: 'due', date: true},
  {key: 'asOf', header: 'as-of', width: 12, attribute: 'as-of', date: true},
  {key: 'sdg', header: 'sdg', width: 14, attribute: 'sdg', tokens: true},
  {
    key: 'nexus',
    header: 'nexus',
    width: 24,
    attribute: 'nexus',
    tokens: true,
    list: 'nexus',
    multiple: true,
  },
  {key: 'notes', header: 'notes', width: 60, wrap: true},
  {key: 'newNote', header: 'new progress note', width: 40, wrap: true},
  {key: 'digest', header: 'source digest', width: 10, hidden: true},
];

/** What the hidden export sheet records of each row: its id, digest and the editable values as exported. */
export const EXPORTED_COLUMNS: readonly TrackerColumn[] = TRACKER_COLUMNS.filter(
  (c) => c.key === 'id' || c.key === 'digest' || c.attribute,
);

/** The read-only columns whose exported text the export record keeps a digest of. */
export const READ_ONLY_KEYS: readonly ColumnKey[] = ['parent', 'page', 'title', 'notes'];

/** A row's values by column, as text (`YYYY-MM-DD` for dates). */
export type RowValues = Record<ColumnKey, string>;

/** The column of a header cell, if it names one. */
export function columnByHeader(header: string): TrackerColumn | undefined {
  const wanted = header.trim().toLowerCase();
  return TRACKER_COLUMNS.find((column) => column.header === wanted);
}

/** `owner="OES, PMU"` and `OES,PMU` hold the same codes. */
export function sameValue(column: TrackerColumn, a: string, b: string): boolean {
  if (!column.tokens) return a.trim() === b.trim();
  const tokens = (text: string) => text.match(/[^\s,;]+/g)?.join(' ') ?? '';
  return tokens(a) === tokens(b);
}
