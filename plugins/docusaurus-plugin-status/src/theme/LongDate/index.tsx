import React, {type ReactNode} from 'react';
import useKbIntl from '@theme/useKbIntl';
import type {Props} from '@theme/LongDate';

/** An ISO calendar date shown as a localized long date ("1 décembre 2026"), in a `<time>` element. */
export default function LongDate({date}: Props): ReactNode {
  const intl = useKbIntl();
  return (
    // Server and browser ICU data may word a date slightly differently: keep the static HTML.
    <time dateTime={date} suppressHydrationWarning>
      {intl.longDate(date)}
    </time>
  );
}
