import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import LongDate from '@theme/LongDate';
import type {Props} from '@theme/DueDate';
import type {DueDate as DueDateValue} from '@theme/StatusBlock';

// One formatter per locale (creating one costs far more than formatting with it).
const monthFormatters = new Map<string, Intl.DateTimeFormat | null>();

function monthFormatterOf(locale: string): Intl.DateTimeFormat | null {
  let formatter = monthFormatters.get(locale);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat(locale, {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
    } catch {
      formatter = null;
    }
    monthFormatters.set(locale, formatter);
  }
  return formatter;
}

/** Formats `YYYY-MM-DD` as "month year" (e.g. "December 2018") in `locale`. */
function formatMonth(date: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(date);
  const formatter = match ? monthFormatterOf(locale) : null;
  if (!match || !formatter) return date;
  return formatter.format(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
}

/** The text of a period due date (month, year, quarter, half). */
function formatPeriod(due: DueDateValue, locale: string): string {
  const year = due.raw.slice(0, 4);
  const number = due.raw.slice(-1);
  switch (due.kind) {
    case 'month':
      return formatMonth(due.start ?? due.raw, locale);
    case 'quarter':
      return translate(
        {
          id: 'theme.kb.dueDate.quarter',
          message: 'Q{quarter} {year}',
          description: 'A due date that is a quarter of a year, e.g. "Q1 2019"',
        },
        {quarter: number, year},
      );
    case 'half':
      return translate(
        {
          id: 'theme.kb.dueDate.half',
          message: 'H{half} {year}',
          description: 'A due date that is a half of a year, e.g. "H2 2019"',
        },
        {half: number, year},
      );
    default:
      return year;
  }
}

/** A due date as written in a status block, formatted for reading: a day, a period or "to be confirmed". */
export default function DueDate({due}: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  if (due.kind === 'tbc' || !due.end) {
    return (
      <span>
        {translate({
          id: 'theme.kb.dueDate.tbc',
          message: 'to be confirmed',
          description: 'A due date that is not known yet (written "tbc")',
        })}
      </span>
    );
  }
  if (due.kind === 'day') {
    return <LongDate date={due.start ?? due.end} />;
  }
  return (
    <time dateTime={due.end} suppressHydrationWarning>
      {formatPeriod(due, i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale)}
    </time>
  );
}
