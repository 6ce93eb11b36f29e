import {mkdir, writeFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import {atomText} from './atom.js';
import {calendarText, type EventTexts} from './calendar.js';
import type {FeedContext} from './context.js';
import {feedScopes, type ScopePaths} from './scopes.js';

/** One file of the feeds: its path below the export folder and its text. */
export interface FeedFile {
  path: string;
  text: string;
}

/** Where the feeds go and how long they are. */
export interface FeedPlaces extends ScopePaths {
  /** Absolute URL of the export folder, with a trailing slash. */
  exportUrl: string;
  maxEntries: number;
}

/** Every calendar and change feed of the site, of each unit and of each page. */
export function feedFiles(context: FeedContext, places: FeedPlaces): FeedFile[] {
  // Each item's event is written once, for the first calendar listing it (the site's), and reused.
  const events: EventTexts = new Map();
  return feedScopes(context.site, context.siteTitle, places).flatMap((scope) => [
    {path: scope.calendar, text: calendarText(scope, context, events)},
    {
      path: scope.changes,
      text: atomText(scope, context, {
        self: places.exportUrl + encodePath(scope.changes),
        maxEntries: places.maxEntries,
      }),
    },
  ]);
}

/** A path's segments URL-encoded (page names may hold spaces or accents). */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** Writes the files below `dir`. */
export async function writeFeedFiles(dir: string, files: FeedFile[]): Promise<void> {
  const folders = new Set(files.map((file) => dirname(join(dir, file.path))));
  await Promise.all([...folders].map((folder) => mkdir(folder, {recursive: true})));
  await Promise.all(files.map((file) => writeFile(join(dir, file.path), file.text)));
}
