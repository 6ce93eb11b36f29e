import {code, codeList} from './diagnostics.js';
import {suggestDue} from './due.js';
import {parseDueFilter} from './query.js';
import {didYouMean} from './suggest.js';
import type {FilterKey, ModelConfig} from './types.js';
import {checkNexus, checkOwners, checkSdg, type Token, type ValueProblem} from './values.js';

/** The attributes of `::status-table`, in the order the caption names them. */
export const FILTER_KEYS: readonly FilterKey[] = [
  'status',
  'owner',
  'nexus',
  'sdg',
  'type',
  'due',
  'parent',
];

function checkStatuses(tokens: Token[], config: ModelConfig): ValueProblem[] {
  const expected = codeList(config.statuses.map((s) => s.value));
  return tokens
    .filter(({value}) => !config.statusByValue.has(value))
    .map(({value, place}) => ({
      place,
      ruleId: 'unknown-status',
      reason: `Unknown status ${code(value)} in \`status\`, expected one of ${expected}.${didYouMean(value, config.statusByValue.keys())}`,
    }));
}

function checkPageTypes(tokens: Token[], config: ModelConfig): ValueProblem[] {
  return tokens
    .filter(({value}) => !config.pageTypes.includes(value))
    .map(({value, place}) => ({
      place,
      ruleId: 'unknown-page-type',
      reason: `Unknown page type ${code(value)} in \`type\`, expected ${codeList(config.pageTypes)}.${didYouMean(value, config.pageTypes)}`,
    }));
}

function dueHint(value: string): string {
  const suggestion = suggestDue(value) ?? (/^over/i.test(value) ? 'overdue' : undefined);
  return suggestion && suggestion !== value ? ` Did you mean \`${suggestion}\`?` : '';
}

function checkDueFilters(tokens: Token[]): ValueProblem[] {
  return tokens
    .filter(({value}) => !parseDueFilter(value))
    .map(({value, place}) => ({
      place,
      ruleId: 'invalid-due-filter',
      reason: `Invalid due filter ${code(value)}, expected \`overdue\`, \`tbc\` or a period such as \`2019\`, \`2019-H1\`, \`2019-Q3\`, \`2019-06\` or \`2019-06-30\`.${dueHint(value)}`,
    }));
}

/** Checks the values of one `status-table` attribute against the site's vocabularies and registries. */
export function checkFilterValues(
  key: FilterKey,
  tokens: Token[],
  config: ModelConfig,
): ValueProblem[] {
  switch (key) {
    case 'status':
      return checkStatuses(tokens, config);
    case 'owner':
      return checkOwners(tokens, config, key).problems;
    case 'nexus':
      return checkNexus(tokens, config, key).problems;
    case 'sdg':
      return checkSdg(tokens, config.sdg, key).problems;
    case 'type':
      return checkPageTypes(tokens, config);
    case 'due':
      return checkDueFilters(tokens);
    case 'parent':
      // Ids are checked site-wide (`checkRefTargets`), where every page's items are known.
      return [];
  }
}
