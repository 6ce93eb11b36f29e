import {daysBetween} from '@kmportal/model/intl';

/** Black-and-white marks of the default statuses, so a printed report does not rely on colour. */
const MARKS: Readonly<Record<string, string>> = {
  'not-started': '○',
  planned: '◔',
  ongoing: '◑',
  delayed: '▲',
  completed: '●',
  continuing: '↻',
  cancelled: '✕',
};

/** The mark of a status: its own for the default vocabulary, else by whether it is closed. */
export function statusMark(value: string, closed: boolean): string {
  return MARKS[value] ?? (closed ? '●' : '○');
}

/** Whether an open item's due date ended before `today` (both `YYYY-MM-DD`). */
export function isOverdue(
  item: {status: string; due: {end?: string | undefined} | null},
  today: string,
  closed: (status: string) => boolean,
): boolean {
  return Boolean(item.due?.end && item.due.end < today && !closed(item.status));
}

/** Days an open item is past its due date's end on `today`, or `undefined` when it is not overdue. */
export function daysOverdue(
  item: {status: string; due: {end?: string | undefined} | null},
  today: string,
  closed: (status: string) => boolean,
): number | undefined {
  if (!isOverdue(item, today, closed)) return undefined;
  return daysBetween(item.due!.end!, today);
}
