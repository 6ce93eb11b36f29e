// One module each, not the `date-fns` index: that loads its 300 modules, a third of every `kb` start.
import {endOfMonth} from 'date-fns/endOfMonth';
import {endOfQuarter} from 'date-fns/endOfQuarter';
import {endOfYear} from 'date-fns/endOfYear';
import type {DueDate} from './types.js';

/** A parsed due date, or why it is not one. */
export type DueResult = {ok: true; due: DueDate} | {ok: false; reason: string};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `yyyy-MM-dd` of a local date (date-fns's `format` took a tenth of a page's checks). */
function day(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

function period(raw: string, kind: DueDate['kind'], start: Date, end: Date): DueResult {
  return {ok: true, due: {raw, kind, start: day(start), end: day(end)}};
}

function parseDay(raw: string, y: number, m: number, d: number): DueResult {
  if (m < 1 || m > 12) return {ok: false, reason: `month \`${m}\` does not exist`};
  // `setFullYear`, not `new Date(y, …)`, which reads years 0 to 99 as 1900 to 1999.
  const date = new Date(2000, 0, 1);
  date.setFullYear(y, m - 1, d);
  if (d < 1 || date.getMonth() !== m - 1) {
    const last = endOfMonth(new Date(y, m - 1, 1)).getDate();
    return {ok: false, reason: `${MONTHS[m - 1]} ${y} has ${last} days`};
  }
  return period(raw, 'day', date, date);
}

/** Parses `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `YYYY-Qn`, `YYYY-Hn` or `tbc`; a period is due at its end. */
export function parseDue(raw: string): DueResult {
  let m: RegExpExecArray | null;
  if (raw === 'tbc') return {ok: true, due: {raw, kind: 'tbc'}};
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw))) {
    return parseDay(raw, Number(m[1]), Number(m[2]), Number(m[3]));
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(raw))) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return {ok: false, reason: `month \`${m[2]}\` does not exist`};
    const start = new Date(Number(m[1]), month - 1, 1);
    return period(raw, 'month', start, endOfMonth(start));
  }
  if ((m = /^(\d{4})$/.exec(raw))) {
    const start = new Date(Number(m[1]), 0, 1);
    return period(raw, 'year', start, endOfYear(start));
  }
  if ((m = /^(\d{4})-Q(\d)$/.exec(raw))) {
    const q = Number(m[2]);
    if (q < 1 || q > 4) return {ok: false, reason: `quarters are \`Q1\` to \`Q4\``};
    const start = new Date(Number(m[1]), (q - 1) * 3, 1);
    return period(raw, 'quarter', start, endOfQuarter(start));
  }
  if ((m = /^(\d{4})-H(\d)$/.exec(raw))) {
    const h = Number(m[2]);
    if (h < 1 || h > 2) return {ok: false, reason: `half-years are \`H1\` and \`H2\``};
    const start = new Date(Number(m[1]), (h - 1) * 6, 1);
    return period(raw, 'half', start, endOfMonth(new Date(Number(m[1]), h * 6 - 1, 1)));
  }
  return {ok: false, reason: 'it is not in a known form'};
}

/** Parses a plain calendar date `YYYY-MM-DD` (for `as-of` and `as_of`). */
export function parseCalendarDate(raw: string): DueResult {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (!m) return {ok: false, reason: 'it is not in the form `YYYY-MM-DD`'};
  return parseDay(raw, Number(m[1]), Number(m[2]), Number(m[3]));
}

/** A likely intended form of a mistyped due date, for the hint. */
export function suggestDue(raw: string): string | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(raw))) {
    return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  }
  if ((m = /^(\d{4})[-\s]?([qQhH])(\d)$/.exec(raw))) return `${m[1]}-${m[2].toUpperCase()}${m[3]}`;
  if ((m = /^([qQhH])(\d)[-\s]?(\d{4})$/.exec(raw))) return `${m[3]}-${m[1].toUpperCase()}${m[2]}`;
  if (/^(tbd|tba|TBC|n\/a|unknown)$/i.test(raw)) return 'tbc';
  if ((m = /^(\d{4})\/(\d{2})\/(\d{2})$/.exec(raw))) return `${m[1]}-${m[2]}-${m[3]}`;
  return undefined;
}

/** Whether `due` has passed on `today` (`YYYY-MM-DD`): due at the end of its period. */
export function isPastDue(due: DueDate | undefined, today: string): boolean {
  return Boolean(due?.end && due.end < today);
}
