import React, {type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {Props} from '@theme/LongDate';

// One formatter per locale: creating an `Intl.DateTimeFormat` costs far more than formatting with it
// (it was 0.9 s of a 1,000-page build's static rendering).
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterOf(locale: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(locale);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'});
    } catch {
      formatter = null;
    }
    formatters.set(locale, formatter);
  }
  return formatter;
}

/** Formats `YYYY-MM-DD` as a long date in `locale`, or returns it unchanged if it cannot. */
function formatLongDate(date: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const formatter = match ? formatterOf(locale) : null;
  if (!match || !formatter) return date;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? date : formatter.format(time);
}

/** An ISO calendar date shown as a localized long date, in a `<time>` element. */
export default function LongDate({date}: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  return (
    // Server and browser ICU data may word a date slightly differently: keep the static HTML.
    <time dateTime={date} suppressHydrationWarning>
      {formatLongDate(date, i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale)}
    </time>
  );
}
