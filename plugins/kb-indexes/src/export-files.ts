// The export documents written from the exported items (`exportedItems`): they need no model, so the
// export worker (export-worker.ts) loads this module alone.
import {copyFile, mkdir, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {stringify} from 'csv-stringify/sync';
import type {ExportedItem} from './exports.js';
import {TRACKER_FILE, trackerCsv} from './tracker.js';
import {TRACKER_XLSX_FILE, trackerXlsx} from './tracker-xlsx.js';

/** Recommendations each followed by its key actions: the records of `items.csv`, nothing counted twice. */
export function flatItems(items: readonly ExportedItem[]): ExportedItem[] {
  return items.flatMap((item) => [item, ...item.actions]);
}

/**
 * Version of `items.json`: 2 added key actions (`actions`, `parent`, `evidence`, `note`, `derived`,
 * `responseNote`); 3 added `untranslated` and `lang`.
 */
export const ITEMS_VERSION = 3;

/** The `items.json` document. */
export function itemsJson(items: ExportedItem[], generated: Date): string {
  const document = {
    $schema: './items.schema.json',
    version: ITEMS_VERSION,
    generated: generated.toISOString(),
    items,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const CSV_COLUMNS = [
  'id',
  'parent',
  'title',
  'status',
  'statusLabel',
  'owners',
  'due',
  'dueStart',
  'dueEnd',
  'sdg',
  'nexus',
  'response',
  'asOf',
  'pageTitle',
  'pageType',
  'pagePath',
  'url',
  'bodyText',
  'history',
  'evidence',
  'note',
  'responseNote',
  'untranslated',
  'lang',
] as const;

/**
 * The `items.csv` document: RFC 4180, UTF-8 with BOM, header row, lists joined with `; `; actions after
 * their recommendation. A cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
 * a tab or a carriage return, or their full-width forms) is prefixed with `'` (OWASP CSV injection), so
 * Excel, LibreOffice and Sheets show text.
 */
export function itemsCsv(items: ExportedItem[]): string {
  const rows = flatItems(items).map((item) => [
    item.id,
    item.parent ?? '',
    item.title,
    item.status,
    item.statusLabel,
    item.owners.join('; '),
    item.due?.raw ?? '',
    item.due?.start ?? '',
    item.due?.end ?? '',
    item.sdg.join('; '),
    item.nexus.join('; '),
    item.response ?? '',
    item.asOf ?? '',
    item.page.title,
    item.page.type ?? '',
    item.page.path,
    item.url,
    item.bodyText,
    item.history
      .map((h) => `${h.date} ${h.from ? `${h.from} → ` : ''}${h.to} (${h.author})`)
      .join('; '),
    item.evidence.join('; '),
    item.note ?? '',
    item.responseNote ?? '',
    item.untranslated ? 'true' : 'false',
    item.lang,
  ]);
  const csv = stringify(rows, {
    header: true,
    columns: [...CSV_COLUMNS],
    record_delimiter: 'windows',
    escape_formulas: true,
  });
  return `\uFEFF${csv}`;
}

/** The JSON Schema shipped with the package. */
export const SCHEMA_FILE = fileURLToPath(new URL('../items.schema.json', import.meta.url));

/** One export file: its path in the exports folder and its bytes (or text). */
export interface ExportFile {
  path: string;
  data: Uint8Array | string;
}

/** `items.json`, `items.csv` and the tracker (`tracker.csv`, `tracker.xlsx`) of `items`, as UTF-8 bytes. */
export async function exportFiles(items: ExportedItem[], generated: Date): Promise<ExportFile[]> {
  const encoder = new TextEncoder();
  return [
    {path: 'items.json', data: encoder.encode(itemsJson(items, generated))},
    {path: 'items.csv', data: encoder.encode(itemsCsv(items))},
    {path: TRACKER_FILE, data: encoder.encode(trackerCsv(items))},
    {path: TRACKER_XLSX_FILE, data: new Uint8Array(await trackerXlsx(items))},
  ];
}

/** Writes `files` and `items.schema.json` into `dir`. */
export async function writeExportFiles(dir: string, files: readonly ExportFile[]): Promise<void> {
  await mkdir(dir, {recursive: true});
  await Promise.all(files.map((file) => writeFile(join(dir, file.path), file.data)));
  await copyFile(SCHEMA_FILE, join(dir, 'items.schema.json'));
}

/** Writes `items.json`, `items.schema.json`, `items.csv` and the tracker (`tracker.csv`, `tracker.xlsx`) into `dir`. */
export async function writeExports(dir: string, items: ExportedItem[], generated: Date) {
  await writeExportFiles(dir, await exportFiles(items, generated));
}
