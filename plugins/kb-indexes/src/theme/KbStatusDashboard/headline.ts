import type {DashboardData} from '@kmportal/kb-indexes';

/** The headline figures a manager looks for first. */
export interface Headline {
  count: number;
  open: number;
  overdue: number;
  soon: number;
  /** Items with errors (in dev, where a broken block still lists its item). */
  invalid: number;
  /** Items whose status is `completed` (or closed, in a vocabulary without `completed`). */
  completed: number;
  /** Site-wide JIU rates over every page with recommendations; `null` without recommendations. */
  acceptance: number | null;
  implementation: number | null;
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** The headline figures of the dashboard's current view (items or key actions). */
export function headlineOf(view: DashboardData, due: {overdue: number; soon: number}): Headline {
  const counts = new Map(view.totals.status);
  const closed = new Set(view.statuses.filter((s) => s.closed).map((s) => s.value));
  const done = counts.has('completed') || view.statuses.some((s) => s.value === 'completed');
  const sum = (wanted: (value: string) => boolean) =>
    [...counts].reduce((total, [value, count]) => total + (wanted(value) ? count : 0), 0);
  const rates = view.rates.types.reduce(
    (total, row) => ({
      recommendations: total.recommendations + row.recommendations,
      accepted: total.accepted + row.accepted,
      implemented: total.implemented + row.implemented,
    }),
    {recommendations: 0, accepted: 0, implemented: 0},
  );
  return {
    count: view.totals.count,
    open: sum((value) => !closed.has(value)),
    ...due,
    invalid: view.totals.invalid ?? 0,
    completed: sum(done ? (value) => value === 'completed' : (value) => closed.has(value)),
    acceptance: ratio(rates.accepted, rates.recommendations),
    implementation: ratio(rates.implemented, rates.accepted),
  };
}
