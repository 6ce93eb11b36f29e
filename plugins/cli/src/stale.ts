import {existsSync, statSync} from 'node:fs';
import {resolve} from 'node:path';
import {
  code,
  isError,
  loadSite,
  parseCalendarDate,
  reviewState,
  type ParsedPage,
  type ReviewState,
} from '@kmportal/model';
import type {CommandIo} from './io.js';
import {localToday} from './today.js';

/** Options of `kb check --stale`. */
export interface StaleOptions {
  docsDir: string;
  /** `YYYY-MM-DD`; default today. */
  today?: string;
}

/** A page that needs a review, with where it stands. */
export interface StaleRow {
  path: string;
  owner: string;
  lastReviewed: string;
  next: string;
  state: ReviewState['state'];
}

const ORDER: Record<ReviewState['state'], number> = {overdue: 0, never: 1, 'due-soon': 2, ok: 3};

/** Pages with a review cycle that are overdue, due within 30 days, or never reviewed, most urgent first. */
export function staleRows(pages: ParsedPage[], today: string): StaleRow[] {
  return pages
    .filter(({page}) => page.review)
    .map(({page}) => {
      const {state, next} = reviewState(page, today);
      const owner = page.owners.join(',') || page.review?.reviewers.join(',') || '-';
      const lastReviewed = page.review?.lastReviewed ?? 'never';
      return {path: page.path, owner, lastReviewed, next: next ?? '-', state};
    })
    .filter((row) => row.state !== 'ok')
    .sort(
      (a, b) =>
        ORDER[a.state] - ORDER[b.state] ||
        a.next.localeCompare(b.next) ||
        a.path.localeCompare(b.path),
    );
}

/** The rows as aligned columns under a header: `path  owner  last reviewed  next review  state`. */
export function formatStaleTable(rows: StaleRow[]): string[] {
  const header = ['path', 'owner', 'last reviewed', 'next review', 'state'];
  const cells = [header, ...rows.map((r) => [r.path, r.owner, r.lastReviewed, r.next, r.state])];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  return cells.map((row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd(),
  );
}

/** Lists pages due or overdue for review; exit 1 when any is overdue, 2 on bad input. */
export function runStale(options: StaleOptions, io: CommandIo): number {
  const today = options.today ?? localToday();
  const date = parseCalendarDate(today);
  if (!date.ok) {
    io.stderr.write(
      `kb check: invalid \`--today\` ${code(today)}: ${date.reason}; expected \`YYYY-MM-DD\`.\n`,
    );
    return 2;
  }
  const docsDir = resolve(io.cwd, options.docsDir);
  if (!existsSync(docsDir) || !statSync(docsDir).isDirectory()) {
    io.stderr.write(`kb check: no folder ${options.docsDir} (resolved to ${docsDir}).\n`);
    return 2;
  }
  const site = loadSite({docsDir, cwd: io.cwd});
  const rows = staleRows(site.pages, today);
  if (rows.length > 0) for (const line of formatStaleTable(rows)) io.stdout.write(`${line}\n`);
  const overdue = rows.filter((r) => r.state === 'overdue').length;
  io.stdout.write(
    `${overdue} overdue, ${rows.length - overdue} due soon or never reviewed, as of ${today}\n`,
  );
  const errors = site.messages.filter(isError).length;
  if (errors > 0) {
    const counted = `${errors} ${errors === 1 ? 'error' : 'errors'}`;
    io.stderr.write(`kb check: ${counted} found besides reviews; run \`kb check\` to see them.\n`);
  }
  return overdue > 0 ? 1 : 0;
}
