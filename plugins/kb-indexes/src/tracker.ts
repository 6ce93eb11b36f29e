// The management-response tracker: the sheet UN evaluation offices keep, one row per key action.
import {stringify} from 'csv-stringify/sync';
import type {ExportedItem} from './exports.js';

/** Name of the tracker file in the exports folder. */
export const TRACKER_FILE = 'tracker.csv';

/** The tracker's columns, in the order trackers (UNDP ERC, UN Women GATE, JIU) lay them out. */
export const TRACKER_COLUMNS = [
  'Recommendation',
  'Management response',
  'Justification',
  'Key action',
  'Responsible',
  'Due',
  'Status',
  'Comments',
  'Evidence',
  'Last updated',
] as const;

const RESPONSE_LABELS: Record<string, string> = Object.assign(Object.create(null), {
  accepted: 'Accepted',
  'partially-accepted': 'Partially accepted',
  'not-accepted': 'Not accepted',
});

/** The tracker's cells of a recommendation, repeated on each of its action rows. */
function recommendationCells(item: ExportedItem): string[] {
  return [
    `${item.id}: ${item.title}`,
    item.response ? (RESPONSE_LABELS[item.response] ?? item.response) : '',
    item.responseNote ?? '',
  ];
}

/** The day a row was last updated: its last status change in git, else its progress date. */
function lastUpdated(item: ExportedItem): string {
  return item.history.at(-1)?.date.slice(0, 10) ?? item.asOf ?? '';
}

/** One row per key action; a recommendation without actions is one row of its own fields. */
export function trackerRows(items: readonly ExportedItem[]): string[][] {
  return items.flatMap((item) => {
    const head = recommendationCells(item);
    if (item.actions.length === 0) {
      return [
        [
          ...head,
          '',
          item.owners.join('; '),
          item.due?.raw ?? '',
          item.statusLabel,
          '',
          '',
          lastUpdated(item),
        ],
      ];
    }
    return item.actions.map((action) => [
      ...head,
      `${action.id}: ${action.title}`,
      action.owners.join('; '),
      action.due?.raw ?? '',
      action.statusLabel,
      action.note ?? '',
      action.evidence.join('\n'),
      lastUpdated(action),
    ]);
  });
}

/** The tracker as CSV for Excel: UTF-8 with a BOM, CRLF, a header row of `TRACKER_COLUMNS`, formulas neutralised. */
export function trackerCsv(items: readonly ExportedItem[]): string {
  const csv = stringify(trackerRows(items), {
    header: true,
    columns: [...TRACKER_COLUMNS],
    record_delimiter: 'windows',
    // Cells starting like a formula get a leading `'` (OWASP CSV injection), as in items.csv.
    escape_formulas: true,
  });
  return `\uFEFF${csv}`;
}
