import {parseDue, RESPONSES, type ModelConfig, type StatusItem} from '@kmportal/model';
import {CompletionItemKind, MarkupKind, type CompletionItem} from 'vscode-languageserver';
import {dueInWords} from './due-words.js';
import {unitMarkdown} from './describe.js';
import {triggerWords, type SdgHints} from './sdg-suggestions.js';

type Values = (input: {
  config: ModelConfig;
  items: () => StatusItem[];
  today: string;
  /** SDG codes the block's text suggests (`sdg` values list them first). */
  sdgHints?: () => SdgHints;
}) => CompletionItem[];

function ordered(items: CompletionItem[]): CompletionItem[] {
  return items.map((item, index) => ({...item, sortText: String(index).padStart(5, '0')}));
}

const statuses: Values = ({config}) =>
  config.statuses.map((s) => ({
    label: s.value,
    kind: CompletionItemKind.EnumMember,
    detail: `${s.label}${s.closed ? ' (closed: never overdue)' : ''}`,
  }));

const responses: Values = () =>
  [...RESPONSES].map(([value, label]) => ({
    label: value,
    kind: CompletionItemKind.EnumMember,
    detail: label,
  }));

const units: Values = ({config}) =>
  [...(config.units?.values() ?? [])].map((unit) => ({
    label: unit.code,
    kind: CompletionItemKind.Value,
    detail: unit.name,
    filterText: `${unit.code} ${unit.name}`,
    documentation: {kind: MarkupKind.Markdown, value: unitMarkdown(unit, config)},
  }));

const allSdg: Values = ({config}) =>
  config.sdg.goals.flatMap((goal) => [
    {
      label: goal.code,
      kind: CompletionItemKind.Module,
      detail: `Goal ${goal.goal}: ${goal.short}`,
      filterText: `${goal.code} ${goal.short}`,
      documentation: goal.title,
    },
    ...goal.targets.map((target) => ({
      label: target.code,
      kind: CompletionItemKind.Value,
      detail: target.title,
      filterText: `${target.code} ${target.title}`,
    })),
  ]);

/** Every goal and target; those the block's text suggests first, marked with their trigger words. */
const sdg: Values = (input) => {
  const all = allSdg(input);
  const hints = input.sdgHints?.() ?? new Map();
  if (hints.size === 0) return all;
  const byLabel = new Map(all.map((item) => [item.label, item]));
  const suggested = [...hints].flatMap(([code, triggers], rank) => {
    const item = byLabel.get(code);
    if (!item) return [];
    const detail = `Suggested by ${triggerWords(triggers)} · ${item.detail}`;
    return [{...item, detail, preselect: rank === 0}];
  });
  return [...suggested, ...all.filter((item) => !hints.has(item.label))];
};

const nexus: Values = ({config}) =>
  [...(config.nexus?.values() ?? [])].map((area) => ({
    label: area.slug,
    kind: CompletionItemKind.Value,
    detail: area.title,
    filterText: `${area.slug} ${area.title}`,
    documentation: area.description,
  }));

const pageTypes: Values = ({config}) =>
  config.pageTypes.map((type) => ({label: type, kind: CompletionItemKind.EnumMember}));

/** The forms of a due date, with examples around `today`. */
function dueExamples(today: string): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const quarter = Math.ceil(month / 3);
  const next = quarter === 4 ? `${year + 1}-Q1` : `${year}-Q${quarter + 1}`;
  const end = parseDue(today.slice(0, 7));
  const day = end.ok ? end.due.end! : today;
  return [
    day,
    today.slice(0, 7),
    `${year}-Q${quarter}`,
    next,
    `${year}-H${month <= 6 ? 1 : 2}`,
    `${year}`,
    `${year + 1}`,
    'tbc',
  ];
}

const due: Values = ({today}) =>
  dueExamples(today).map((raw) => {
    const parsed = parseDue(raw);
    return {
      label: raw,
      kind: CompletionItemKind.Constant,
      detail: parsed.ok ? dueInWords(parsed.due, today, false).replace(/\*\*/g, '') : undefined,
    };
  });

const dueFilters: Values = (input) => [
  {
    label: 'overdue',
    kind: CompletionItemKind.Keyword,
    detail: 'Past their due date and not closed',
  },
  ...due(input),
];

const dates: Values = ({today}) => [
  {label: today, kind: CompletionItemKind.Constant, detail: 'Today'},
];

const ids: Values = ({items}) =>
  items().map((item) => ({
    label: item.id,
    kind: CompletionItemKind.Reference,
    detail: item.title,
    filterText: `${item.id} ${item.title}`,
    documentation: `${item.status} · ${item.path}:${item.position.start.line}`,
  }));

/** Recommendations, the items that have key actions (`::status-table{parent=…}`). */
const parents: Values = (input) =>
  ids({...input, items: () => input.items().filter((item) => item.actions?.length)});

const BY_KEY = new Map<string, Values>([
  ['status', statuses],
  ['response', responses],
  ['owner', units],
  ['reviewers', units],
  ['sdg', sdg],
  ['nexus', nexus],
  ['type', pageTypes],
  ['due', due],
  ['as-of', dates],
  ['as_of', dates],
  ['last_reviewed', dates],
  ['id', ids],
  ['parent', parents],
]);

/** Completions of a value of `key` (`where` a table, `due` takes filters such as `overdue`). */
export function valueCompletions(
  key: string,
  where: string,
  input: Parameters<Values>[0],
): CompletionItem[] {
  if (where === 'status-table' && key === 'due') return ordered(dueFilters(input));
  if (where === 'status' && key === 'type') return [];
  const values = BY_KEY.get(key);
  return values ? ordered(values(input)) : [];
}
