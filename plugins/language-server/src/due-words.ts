import {isPastDue, type DueDate} from '@kmportal/model';
import {differenceInCalendarDays} from 'date-fns/differenceInCalendarDays';
import {format} from 'date-fns/format';
import {formatDistanceStrict} from 'date-fns/formatDistanceStrict';
import {parseISO} from 'date-fns/parseISO';

const KIND: Record<DueDate['kind'], string> = {
  day: 'on',
  month: 'by the end of',
  year: 'by the end of',
  quarter: 'by the end of',
  half: 'by the end of',
  tbc: '',
};

function periodName(due: DueDate): string {
  const start = parseISO(due.start!);
  switch (due.kind) {
    case 'day':
      return format(start, 'EEEE d MMMM yyyy');
    case 'month':
      return format(start, 'MMMM yyyy');
    case 'year':
      return due.raw;
    case 'quarter':
      return `Q${due.raw.slice(-1)} ${due.raw.slice(0, 4)}`;
    case 'half':
      return `the ${due.raw.endsWith('1') ? 'first' : 'second'} half of ${due.raw.slice(0, 4)}`;
    default:
      return due.raw;
  }
}

/** `Due by the end of Q1 2027 (31 March 2027), in 4 months` or `… overdue by 3 months`, on `today`. */
export function dueInWords(due: DueDate, today: string, closed: boolean): string {
  if (due.kind === 'tbc') return 'Due date to be confirmed (`tbc`).';
  const end = parseISO(due.end!);
  const last = due.kind === 'day' ? '' : ` (${format(end, 'd MMMM yyyy')})`;
  const when = `Due ${KIND[due.kind]} ${periodName(due)}${last}`;
  const days = differenceInCalendarDays(end, parseISO(today));
  const distance = formatDistanceStrict(end, parseISO(today), {roundingMethod: 'floor'});
  if (days === 0) return `${when}: today.`;
  if (days > 0) return `${when}: in ${distance}.`;
  if (closed) return `${when}: ${distance} ago (closed, so not overdue).`;
  return isPastDue(due, today) ? `${when}: **overdue** by ${distance}.` : `${when}.`;
}

/** Today as `YYYY-MM-DD` in local time. */
export function localToday(): string {
  return format(new Date(), 'yyyy-MM-dd');
}
