import {translate} from '@docusaurus/Translate';
import type {DashboardData} from '@kmportal/kb-indexes';
import type {Bar} from './Totals.js';
import type {Choices} from './Filters.js';

function counted(keys: string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of keys)
    for (const key of new Set(list)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

const NONE = '—';

/** Bars by status (vocabulary order), by owning unit and by page type. */
export function totalsBy(data: DashboardData): {status: Bar[]; unit: Bar[]; type: Bar[]} {
  const statusCounts = counted(data.items.map((item) => [item.status]));
  const status = data.statuses
    .map(({value, label, color}) => ({
      key: value,
      label,
      color,
      count: statusCounts.get(value) ?? 0,
    }))
    .filter((bar) => bar.count > 0);
  const unknown = Array.from(statusCounts).filter(
    ([v]) => !data.statuses.some((s) => s.value === v),
  );
  const unitName = new Map(data.units.map(({code, name}) => [code, name]));
  const unit = Array.from(
    counted(data.items.map((item) => (item.owners.length ? item.owners : [NONE]))),
  )
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, count]) => ({key, label: unitName.get(key) ?? key, count}));
  const type = Array.from(counted(data.items.map((item) => [item.pageType || NONE])))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, count]) => ({key, label: key, count}));
  return {
    status: [...status, ...unknown.map(([key, count]) => ({key, label: key, count}))],
    unit,
    type,
  };
}

function distinct(values: string[]): {value: string; label: string}[] {
  return Array.from(new Set(values))
    .sort()
    .map((value) => ({value, label: value}));
}

/** The choices of each filter, from the vocabulary and the items. */
export function choicesOf(data: DashboardData): Choices {
  const unitName = new Map(data.units.map(({code, name}) => [code, name]));
  const years = distinct(
    data.items.flatMap((item) => (item.due?.end ? [item.due.end.slice(0, 4)] : [])),
  );
  return {
    status: data.statuses.map(({value, label}) => ({value, label})),
    owner: distinct(data.items.flatMap((item) => item.owners)).map(({value}) => ({
      value,
      label: unitName.get(value) ?? value,
    })),
    nexus: distinct(data.items.flatMap((item) => item.nexus)),
    sdg: Array.from({length: 17}, (_, index) => ({
      value: String(index + 1),
      label: String(index + 1),
    })),
    type: distinct(data.items.map((item) => item.pageType).filter(Boolean)),
    due: [
      {
        value: 'overdue',
        label: translate({id: 'theme.kb.indexes.due.overdue', message: 'Overdue'}),
      },
      {
        value: 'next-90-days',
        label: translate({id: 'theme.kb.indexes.due.soon', message: 'Next 90 days'}),
      },
      ...years,
    ],
  };
}
