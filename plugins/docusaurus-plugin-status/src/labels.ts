import type {TranslationFile} from '@docusaurus/types';
import {
  DEFAULT_STATUSES,
  nullRecord,
  ownValue,
  RESPONSES,
  type StatusDefinition,
} from '@kmportal/model';
import type {CardRegistry} from '@kmportal/remark-status';

// The labels the plugin owns (statuses, management responses, page types) are a Docusaurus translation
// file, `i18n/<locale>/kmportal-status/labels.json`: `write-translations` writes it, a site edits it, and
// the French and Russian of the default vocabulary ship in `locales/<locale>/labels.json`.

/** The names of the page types of the default vocabulary, in English. */
export const PAGE_TYPE_LABELS: ReadonlyMap<string, string> = new Map([
  ['strategy', 'Strategy'],
  ['action-plan', 'Action plan'],
  ['evaluation', 'Evaluation'],
  ['meeting', 'Meeting'],
  ['handover-note', 'Handover note'],
  ['mission-report', 'Mission report'],
  ['guidance', 'Guidance'],
  ['template', 'Template'],
]);

/** Labels by code, as the theme reads them from the plugin's global data. */
export interface KbLabels {
  status: Record<string, string>;
  response: Record<string, string>;
  pageType: Record<string, string>;
}

const DEFAULT_LABEL = new Map(DEFAULT_STATUSES.map((s) => [s.value, s.label]));

/** The shipped translation of a message, used only while the site keeps the default English text. */
function shippedOr(shipped: Record<string, string>, id: string, english: string, own: string) {
  return own === english ? (ownValue(shipped, id) ?? own) : own;
}

/**
 * The translation file of the labels of `statuses` and `pageTypes`, its messages in the locale built:
 * the shipped translation where the site kept the default English label, else the site's own label.
 */
export function labelsTranslationFile(
  statuses: readonly StatusDefinition[],
  pageTypes: readonly string[],
  shipped: Record<string, string>,
): TranslationFile {
  const content = nullRecord<{message: string; description: string}>();
  for (const {value, label} of statuses) {
    content[`status.${value}`] = {
      message: shippedOr(shipped, `status.${value}`, DEFAULT_LABEL.get(value) ?? '', label),
      description: `The label of the status \`${value}\` on badges, tables and charts`,
    };
  }
  for (const [value, label] of RESPONSES) {
    content[`response.${value}`] = {
      message: ownValue(shipped, `response.${value}`) ?? label,
      description: `The management response \`${value}\` to a recommendation`,
    };
  }
  for (const value of pageTypes) {
    const english = PAGE_TYPE_LABELS.get(value) ?? value;
    content[`pageType.${value}`] = {
      message: ownValue(shipped, `pageType.${value}`) ?? english,
      description: `The name of the page type \`${value}\` (front matter \`type: ${value}\`)`,
    };
  }
  return {path: 'labels', content};
}

/** The labels by kind and code from the (localized) translation file. */
export function labelsOf(file: TranslationFile | undefined): KbLabels {
  const labels: KbLabels = {status: nullRecord(), response: nullRecord(), pageType: nullRecord()};
  for (const [id, {message}] of Object.entries(file?.content ?? {})) {
    const dot = id.indexOf('.');
    const kind = id.slice(0, dot);
    if (kind === 'status' || kind === 'response' || kind === 'pageType')
      labels[kind][id.slice(dot + 1)] = message;
  }
  return labels;
}

/** The card registry with the statuses and responses named in the locale built. */
export function localizedRegistry(registry: CardRegistry, labels: KbLabels): CardRegistry {
  const statuses = nullRecord<{label: string; color: string}>();
  for (const [value, status] of Object.entries(registry.statuses))
    statuses[value] = {...status, label: ownValue(labels.status, value) ?? status.label};
  const responses = nullRecord<string>();
  for (const [value, label] of Object.entries(registry.responses))
    responses[value] = ownValue(labels.response, value) ?? label;
  return {...registry, statuses, responses};
}
