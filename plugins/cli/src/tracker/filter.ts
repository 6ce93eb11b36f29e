import {
  FILTER_KEYS,
  isError,
  parsePage,
  type FilterKey,
  type ItemFilter,
  type ModelConfig,
} from '@kmportal/model';

/** The filter options of `kb export`, as given: `--status ongoing,delayed --owner PMU`. */
export type FilterArgs = Partial<Record<FilterKey, string>>;

/**
 * Reads the filter exactly as a `::status-table` with the same attributes: the model parses that
 * directive, so values, their checks and their messages are the table's.
 */
export function readExportFilter(
  args: FilterArgs,
  config: ModelConfig,
): {filter: ItemFilter} | {problems: string[]} {
  const given = FILTER_KEYS.filter((key) => args[key] !== undefined);
  const quoted = given.find((key) => /["\n\r]/.test(args[key]!));
  if (quoted) return {problems: [`--${quoted}: a filter value cannot hold \`"\` or a line break`]};
  const attributes = given.map((key) => `${key}="${args[key]}"`).join(' ');
  const parsed = parsePage({path: 'filter', value: `::status-table{${attributes}}\n`}, config);
  const problems = parsed.messages.filter(isError).map((m) => m.reason);
  if (problems.length) return {problems};
  return {filter: parsed.pulls[0]?.filter ?? {}};
}
