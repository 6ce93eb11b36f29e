import type {SdgIndexData} from './index-format.js';
import type {SdgLocale} from './locale.js';

/** A word or phrase of the text that counted for a goal or target. */
export interface SdgTrigger {
  /** The words as they stand in the text (first occurrence). */
  text: string;
  /** The vocabulary entry's stems. */
  term: string;
  /** Goal or target code the entry names. */
  code: string;
  count: number;
  /** What it added to the score. */
  score: number;
}

/** A suggested goal. */
export interface SdgGoalSuggestion {
  goal: number;
  /** The goal number as a string, as written in `sdg="…"`. */
  code: string;
  score: number;
  triggers: SdgTrigger[];
}

/** A suggested target, e.g. `6.1`. */
export interface SdgTargetSuggestion {
  code: string;
  goal: number;
  score: number;
  triggers: SdgTrigger[];
}

/** What `suggestSdg` returns. */
export interface SdgSuggestions {
  locale: SdgLocale;
  /** `option` when the caller named the locale, `detected` when it was guessed from the text. */
  localeSource: 'option' | 'detected';
  /** Suggested goals, best first. */
  goals: SdgGoalSuggestion[];
  /** Suggested targets of the suggested goals, best first. */
  targets: SdgTargetSuggestion[];
  /** Goals with some evidence below the suggestion threshold, best first (for completion order). */
  candidates: SdgGoalSuggestion[];
  /** Notes about the input, e.g. an unsupported locale that was replaced. */
  notes: string[];
}

/** Options of `suggestSdg`. */
export interface SuggestOptions {
  /** `en`, `fr`, `ru` (regional forms such as `fr-CH` too); guessed from the text when absent. */
  locale?: string;
  /** Score a goal needs to be suggested (default `DEFAULT_SUGGEST_OPTIONS.minScore`). */
  minScore?: number;
  /** Share of the best goal's score another goal needs (default `DEFAULT_SUGGEST_OPTIONS.relativeScore`). */
  relativeScore?: number;
  /** Score a target needs to be suggested. */
  minTargetScore?: number;
  maxGoals?: number;
  maxTargets?: number;
  /** Another index (e.g. one built with `buildIndex`); default: the shipped one. */
  index?: SdgIndexData;
}

/** Options after defaults. */
export interface NormalizedSuggestOptions {
  locale?: SdgLocale;
  notes: string[];
  minScore: number;
  relativeScore: number;
  minTargetScore: number;
  maxGoals: number;
  maxTargets: number;
  index: SdgIndexData;
}
