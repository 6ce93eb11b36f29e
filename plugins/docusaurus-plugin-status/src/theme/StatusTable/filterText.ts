import {translate} from '@docusaurus/Translate';
import type {FilterPart} from '@theme/StatusTable';

type Key = FilterPart['key'];

function keyText(key: Key, values: string): string {
  switch (key) {
    case 'status':
      return translate(
        {
          id: 'theme.kb.statusTable.filter.status',
          message: 'status {values}',
          description: 'Filter on status in a table caption, e.g. "status Ongoing or Delayed"',
        },
        {values},
      );
    case 'owner':
      return translate(
        {
          id: 'theme.kb.statusTable.filter.owner',
          message: 'responsible {values}',
          description: 'Filter on responsible units in a table caption',
        },
        {values},
      );
    case 'nexus':
      return translate(
        {
          id: 'theme.kb.statusTable.filter.nexus',
          message: 'nexus area {values}',
          description: 'Filter on nexus areas in a table caption',
        },
        {values},
      );
    case 'sdg':
      return translate(
        {
          id: 'theme.kb.statusTable.filter.sdg',
          message: 'SDG {values}',
          description: 'Filter on SDG goals or targets in a table caption, e.g. "SDG 11 or 6.a"',
        },
        {values},
      );
    case 'type':
      return translate(
        {
          id: 'theme.kb.statusTable.filter.type',
          message: 'on a page of type {values}',
          description: 'Filter on page types in a table caption',
        },
        {values},
      );
    case 'due':
      return translate(
        {
          id: 'theme.kb.statusTable.filter.due',
          message: 'due {values}',
          description: 'Filter on due dates in a table caption, e.g. "due 2019-H1 or overdue"',
        },
        {values},
      );
    case 'parent':
      return translate(
        {
          id: 'theme.kb.statusTable.filter.parent',
          message: 'key actions of {values}',
          description: 'Filter on the recommendation of key actions in a table caption',
        },
        {values},
      );
  }
}

/** Names statuses and page types in the reader's language (`@theme/useKbLabels`). */
export interface FilterLabels {
  status(value: string, fallback?: string): string;
  pageType(value: string): string;
}

function valueText(key: Key, value: string, label: string, labels?: FilterLabels): string {
  if (key === 'due' && value === 'overdue') {
    return translate({
      id: 'theme.kb.statusTable.filter.overdue',
      message: 'overdue',
      description: 'The `overdue` value of a due filter',
    });
  }
  if (key === 'due' && value === 'tbc') {
    return translate({
      id: 'theme.kb.dueDate.tbc',
      message: 'to be confirmed',
      description: 'A due date that is not known yet (written "tbc")',
    });
  }
  if (labels && key === 'status') return labels.status(value, label);
  if (labels && key === 'type') return labels.pageType(value);
  return label;
}

function orList(values: readonly string[]): string {
  const or = translate({
    id: 'theme.kb.statusTable.filter.or',
    message: 'or',
    description: 'Joins the values of one filter, e.g. "Ongoing or Delayed"',
  });
  return values.length <= 1
    ? values.join('')
    : `${values.slice(0, -1).join(', ')} ${or} ${values.at(-1)}`;
}

/** The filter of a table in words, e.g. "status Ongoing or Delayed; responsible OES"; empty when there is none. */
export function filterText(filter: readonly FilterPart[], labels?: FilterLabels): string {
  return filter
    .map((part) =>
      keyText(
        part.key,
        orList(part.values.map((v) => valueText(part.key, v.value, v.label, labels))),
      ),
    )
    .join('; ');
}
