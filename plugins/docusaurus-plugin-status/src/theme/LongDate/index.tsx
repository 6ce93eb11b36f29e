import React, {type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {Props} from '@theme/LongDate';

/** Formats `YYYY-MM-DD` as a long date in `locale`, or returns it unchanged if it cannot. */
function formatLongDate(date: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  try {
    const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    return new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(time);
  } catch {
    return date;
  }
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
