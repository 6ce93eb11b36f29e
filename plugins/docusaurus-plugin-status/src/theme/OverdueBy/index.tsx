import React, {useEffect, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {usePluginData} from '@docusaurus/useGlobalData';
import useKbIntl from '@theme/useKbIntl';
import type {Props} from '@theme/OverdueBy';
import type {StatusGlobalData} from '@kmportal/docusaurus-plugin-status';
import {daysBetween} from '@kmportal/model/intl';

import styles from './styles.module.css';

/** The reader's local day, `YYYY-MM-DD`. */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The reader's day once hydrated, `undefined` before: a static page can be weeks old, so "overdue
 * by N days" is never frozen into its HTML (the server and the first client render show nothing).
 */
function useReaderDay(): string | undefined {
  const [today, setToday] = useState<string | undefined>(undefined);
  useEffect(() => setToday(localDay(new Date())), []);
  return today;
}

/** Whether `status` closes an item, from the status vocabulary the plugin shares (unknown: open). */
function useClosed(status: string, closed: boolean | undefined): boolean {
  const data = usePluginData('kmportal-status', undefined, {failfast: false}) as
    Partial<StatusGlobalData> | undefined;
  if (closed !== undefined) return closed;
  return data?.statuses?.find((s) => s.value === status)?.closed ?? false;
}

/** Days an open item is past the end of its due date on `today`, else `undefined`. */
function overdueDays(due: Props['due'], closed: boolean, today: string): number | undefined {
  if (closed || !due?.end || due.end >= today) return undefined;
  return daysBetween(due.end, today);
}

/** The mark itself, once the reader's day is known (after hydration). */
function OverdueByDays({
  due,
  status,
  closed,
  layout,
  className,
  today,
}: Props & {today: string}): ReactNode {
  const isClosed = useClosed(status, closed);
  const intl = useKbIntl();
  const days = overdueDays(due, isClosed, today);
  if (days === undefined) return null;
  const message = translate({
    id: 'theme.kb.overdueBy.days',
    message: 'overdue by {count} day|overdue by {count} days',
    description:
      'After the due date of an open item past it, on cards, lists and the dashboard; plural forms separated by |',
  });
  const block = layout === 'block';
  // Inline, the space before it is its own: nothing trails the due date while it renders nothing.
  return (
    <>
      {!block && ' '}
      <span
        className={clsx('kb-overdue-by', block && styles.block, className)}
        data-kb-overdue={days}>
        {intl.plural(message, days)}
      </span>
    </>
  );
}

/**
 * " overdue by 12 days" (plural forms of the reader's language, a space first when inline) beside an
 * open item's past due date. Before hydration (the static render of every card) it renders nothing
 * and reads nothing else.
 */
export default function OverdueBy(props: Props): ReactNode {
  const today = useReaderDay();
  if (today === undefined) return null;
  return <OverdueByDays {...props} today={today} />;
}
