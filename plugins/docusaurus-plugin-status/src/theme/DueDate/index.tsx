import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import LongDate from '@theme/LongDate';
import useKbIntl, {type KbIntl} from '@theme/useKbIntl';
import type {Props} from '@theme/DueDate';
import type {DueDate as DueDateValue} from '@theme/StatusBlock';

/** The text of a period due date (month, year, quarter, half). */
function formatPeriod(due: DueDateValue, intl: KbIntl): string {
  const year = due.raw.slice(0, 4);
  const number = due.raw.slice(-1);
  switch (due.kind) {
    case 'month':
      return intl.monthYear(due.start ?? due.raw);
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
  const intl = useKbIntl();
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
      {formatPeriod(due, intl)}
    </time>
  );
}
