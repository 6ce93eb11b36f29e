import {compiledIndex} from './index-data.js';
import {detectLocale} from './locale.js';
import {dropCovered, dropShadowed, findOccurrences, type Occurrence} from './match.js';
import {normalizeSuggestOptions} from './options.js';
import {tokenize, type Token} from './tokenize.js';
import type {
  NormalizedSuggestOptions,
  SdgGoalSuggestion,
  SdgSuggestions,
  SdgTargetSuggestion,
  SdgTrigger,
  SuggestOptions,
} from './types.js';

interface Evidence {
  text: string;
  term: string;
  code: string;
  weight: number;
  positions: Set<number>;
}
type EvidenceMap = Map<string, Evidence>;

/** What an entry found `count` times adds: repeats count, with diminishing returns. */
export function contribution(weight: number, count: number): number {
  return weight * (1 + 0.5 * Math.log(count));
}

function addEvidence(map: EvidenceMap, occurrence: Occurrence, text: string, tokens: Token[]) {
  const {entry, from, to} = occurrence;
  let evidence = map.get(entry.key);
  if (!evidence) {
    const surface = text.slice(tokens[from].start, tokens[to - 1].end);
    evidence = {text: surface, term: entry.key, code: entry.code, weight: 0, positions: new Set()};
    map.set(entry.key, evidence);
  }
  if (entry.weight > evidence.weight) [evidence.weight, evidence.code] = [entry.weight, entry.code];
  evidence.positions.add(from);
}

function collect(occurrences: Occurrence[], text: string, tokens: Token[]) {
  const goals = new Map<number, EvidenceMap>();
  const targets = new Map<string, EvidenceMap>();
  const slot = <K>(map: Map<K, EvidenceMap>, key: K) =>
    map.get(key) ?? map.set(key, new Map()).get(key)!;
  for (const occurrence of occurrences) {
    addEvidence(slot(goals, occurrence.entry.goal), occurrence, text, tokens);
    const target = occurrence.entry.target;
    if (target) addEvidence(slot(targets, target), occurrence, text, tokens);
  }
  return {goals, targets};
}

function triggersOf(map: EvidenceMap): {score: number; triggers: SdgTrigger[]} {
  const triggers = [...map.values()].map(({text, term, code, weight, positions}) => ({
    text,
    term,
    code,
    count: positions.size,
    score: round(contribution(weight, positions.size)),
  }));
  triggers.sort((a, b) => b.score - a.score || a.term.localeCompare(b.term));
  return {score: round(triggers.reduce((sum, t) => sum + t.score, 0)), triggers};
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function rankGoals(goals: Map<number, EvidenceMap>): SdgGoalSuggestion[] {
  const ranked = [...goals].map(([goal, map]) => ({goal, code: String(goal), ...triggersOf(map)}));
  return ranked.sort((a, b) => b.score - a.score || a.goal - b.goal);
}

function rankTargets(
  targets: Map<string, EvidenceMap>,
  goals: Set<number>,
  options: NormalizedSuggestOptions,
): SdgTargetSuggestion[] {
  const ranked = [...targets]
    .map(([code, map]) => ({code, goal: Number(code.split('.')[0]), ...triggersOf(map)}))
    .filter((t) => goals.has(t.goal) && t.score >= options.minTargetScore);
  ranked.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code, 'en', {numeric: true}));
  return ranked.slice(0, options.maxTargets);
}

/** Goals and targets `text` is about, best first, with the words that point at each. */
export function suggestSdg(text: string, options?: SuggestOptions): SdgSuggestions {
  const normalized = normalizeSuggestOptions(options);
  const input = typeof text === 'string' ? text : '';
  const locale = normalized.locale ?? detectLocale(input);
  const tokens = tokenize(input, locale);
  const found = findOccurrences(tokens, compiledIndex(normalized.index, locale));
  const occurrences = dropCovered(dropShadowed(found));
  const evidence = collect(occurrences, input, tokens);
  const ranked = rankGoals(evidence.goals);
  const best = ranked[0]?.score ?? 0;
  const floor = Math.max(normalized.minScore, best * normalized.relativeScore);
  const goals = ranked.filter((g) => g.score >= floor).slice(0, normalized.maxGoals);
  const chosen = new Set(goals.map((g) => g.goal));
  return {
    locale,
    localeSource: normalized.locale ? 'option' : 'detected',
    goals,
    targets: rankTargets(evidence.targets, chosen, normalized),
    candidates: ranked.filter((g) => !chosen.has(g.goal)),
    notes: normalized.notes,
  };
}
