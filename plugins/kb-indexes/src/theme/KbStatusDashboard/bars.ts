import {translate} from '@docusaurus/Translate';
import type {DashboardData} from '@kmportal/kb-indexes';
import type {Bar} from './Totals.js';
import type {Choices} from './Filters.js';

/** Names codes in the reader's language (`@theme/useKbLabels`); by default, the data's own labels. */
export interface Labels {
  status(value: string, fallback?: string): string;
  pageType(value: string): string;
}

const AS_IS: Labels = {status: (value, fallback) => fallback ?? value, pageType: (value) => value};

/** Bars by status (vocabulary order, unknown values last), by owning unit and by page type. */
export function totalsBy(
  data: DashboardData,
  labels: Labels = AS_IS,
): {status: Bar[]; unit: Bar[]; type: Bar[]} {
  const statusCounts = new Map(data.totals.status);
  const status = data.statuses
    .map(({value, label, color}) => ({
      key: value,
      label: labels.status(value, label),
      color,
      count: statusCounts.get(value) ?? 0,
    }))
    .filter((bar) => bar.count > 0);
  const unknown = data.totals.status
    .filter(([value]) => !data.statuses.some((s) => s.value === value))
    .map(([key, count]) => ({key, label: key, count}));
  const unitName = new Map(data.units.map(({code, name}) => [code, name]));
  return {
    status: [...status, ...unknown],
    unit: data.totals.unit.map(([key, count]) => ({
      key,
      label: unitName.get(key) ?? key,
      count,
      unit: key,
    })),
    type: data.totals.type.map(([key, count]) => ({key, label: labels.pageType(key), count})),
  };
}

const plain = (values: readonly string[]) => values.map((value) => ({value, label: value}));

/** The choices of each filter, from the vocabulary and the values the items use. */
export function choicesOf(data: DashboardData, labels: Labels = AS_IS): Choices {
  const unitName = new Map(data.units.map(({code, name}) => [code, name]));
  const unknown = data.totals.status
    .map(([value]) => value)
    .filter((value) => !data.statuses.some((s) => s.value === value));
  return {
    status: [
      ...data.statuses.map(({value, label}) => ({value, label: labels.status(value, label)})),
      ...plain(unknown),
    ],
    owner: data.choices.owner.map((value) => ({
      value,
      label: unitName.has(value) ? `${unitName.get(value)} (${value})` : value,
    })),
    nexus: plain(data.choices.nexus),
    sdg: Array.from({length: 17}, (_, index) => ({
      value: String(index + 1),
      label: String(index + 1),
    })),
    type: data.choices.type.map((value) => ({value, label: labels.pageType(value)})),
    due: [
      {
        value: 'overdue',
        label: translate({id: 'theme.kb.indexes.due.overdue', message: 'Overdue'}),
      },
      {
        value: 'next-90-days',
        label: translate({id: 'theme.kb.indexes.due.soon', message: 'Next 90 days'}),
      },
      {
        value: 'tbc',
        label: translate({id: 'theme.kb.indexes.due.tbc', message: 'To be confirmed'}),
      },
      ...plain(data.choices.year),
    ],
    // Offered only when some item has errors (a dev build; a production build fails on them).
    validity:
      (data.totals.invalid ?? 0) > 0
        ? [
            {
              value: 'invalid',
              label: translate({id: 'theme.kb.indexes.validity.invalid', message: 'Invalid'}),
            },
          ]
        : [],
  };
}
