import {shippedIndex} from './index-data.js';
import {toSuggestLocale} from './locale.js';
import type {NormalizedSuggestOptions, SuggestOptions} from './types.js';

/** Defaults of `suggestSdg`, tuned on the development set (see README). */
export const DEFAULT_SUGGEST_OPTIONS = {
  minScore: 3,
  relativeScore: 0.3,
  minTargetScore: 2,
  maxGoals: 5,
  maxTargets: 8,
};

function positive(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** Fills in defaults once; an unsupported locale becomes a note and the text's language is guessed. */
export function normalizeSuggestOptions(options: SuggestOptions = {}): NormalizedSuggestOptions {
  const d = DEFAULT_SUGGEST_OPTIONS;
  const notes: string[] = [];
  let locale;
  if (typeof options.locale === 'string' && options.locale !== '' && options.locale !== 'auto') {
    locale = toSuggestLocale(options.locale);
    if (!locale) {
      notes.push(
        `Locale \`${options.locale}\` is not supported, expected \`en\`, \`fr\` or \`ru\`; the text's language was guessed instead.`,
      );
    }
  }
  return {
    locale,
    notes,
    minScore: positive(options.minScore, d.minScore),
    relativeScore: positive(options.relativeScore, d.relativeScore),
    minTargetScore: positive(options.minTargetScore, d.minTargetScore),
    maxGoals: positive(options.maxGoals, d.maxGoals),
    maxTargets: positive(options.maxTargets, d.maxTargets),
    index: options.index ?? shippedIndex(),
  };
}
