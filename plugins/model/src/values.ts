import {code, codeList, type Severity} from './diagnostics.js';
import {didYouMean} from './suggest.js';
import type {ModelConfig, Point, SdgCatalog} from './types.js';

/** One value of a list, with where it stands in the file. */
export interface Token {
  value: string;
  place: Point;
}

/** A problem found in a value, to be reported at `place`. */
export interface ValueProblem {
  place: Point;
  reason: string;
  ruleId: string;
  severity?: Severity;
}

/** Checked values: what is kept, and what is wrong. */
export interface Checked<T = string> {
  values: T[];
  problems: ValueProblem[];
}

/**
 * Splits `OES, PMU` or `17 17.14` into tokens; `place` is where `text` starts. A token's place has an
 * offset in the file only when `place` has one.
 */
export function splitList(text: string, place: Point): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[^\s,;]+/g)) {
    const offset = match.index ?? 0;
    const at: Point = {line: place.line, column: place.column + offset};
    if (place.offset !== undefined) at.offset = place.offset + offset;
    tokens.push({value: match[0], place: at});
  }
  return tokens;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Checks unit codes against `units.yml` (unchecked when there is none). */
export function checkOwners(tokens: Token[], config: ModelConfig, field: string): Checked {
  const problems: ValueProblem[] = [];
  const units = config.units;
  for (const {value, place} of tokens) {
    if (!units || units.has(value)) continue;
    const hint = didYouMean(value, units.keys()) || ` Add it to \`units.yml\` if it is a new unit.`;
    problems.push({
      place,
      ruleId: 'unknown-unit',
      reason: `Unknown unit ${code(value)} in \`${field}\`, expected a code from \`units.yml\`.${hint}`,
    });
  }
  return {values: unique(tokens.map((t) => t.value)), problems};
}

/** Checks nexus slugs against `nexus.yml` (unchecked when there is none). */
export function checkNexus(tokens: Token[], config: ModelConfig, field: string): Checked {
  const problems: ValueProblem[] = [];
  const nexus = config.nexus;
  for (const {value, place} of tokens) {
    if (!nexus || nexus.has(value)) continue;
    const hint = didYouMean(value, nexus.keys()) || ` Known areas: ${codeList([...nexus.keys()])}.`;
    problems.push({
      place,
      ruleId: 'unknown-nexus',
      reason: `Unknown nexus area ${code(value)} in \`${field}\`, expected a slug from \`nexus.yml\`.${hint}`,
    });
  }
  return {values: unique(tokens.map((t) => t.value)), problems};
}

function targetRange(catalog: SdgCatalog, goal: number): string {
  const targets = catalog.goalByNumber.get(goal)?.targets ?? [];
  const numbered = targets.filter((t) => /\.\d+$/.test(t.code));
  const lettered = targets.filter((t) => /\.[a-z]$/.test(t.code));
  const span = (list: typeof targets) =>
    list.length ? `${list[0].code}–${list.at(-1)!.code}` : '';
  return [span(numbered), span(lettered)].filter(Boolean).join(' and ');
}

/** Why an SDG code is not a goal or target, or `undefined` when it is one. */
export function sdgProblem(value: string, catalog: SdgCatalog): string | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^\d+$/.exec(value))) {
    const goal = Number(value);
    return goal >= 1 && goal <= 17 ? undefined : `there are 17 goals, numbered \`1\` to \`17\``;
  }
  if ((m = /^(\d+)\.(\d+|[a-z])$/.exec(value))) {
    const goal = Number(m[1]);
    if (goal < 1 || goal > 17) return `there are 17 goals, numbered \`1\` to \`17\``;
    if (catalog.targetByCode.has(value)) return undefined;
    return `Goal ${goal} has targets ${targetRange(catalog, goal)}`;
  }
  if ((m = /^(\d+\.(?:\d+|[a-z]))\.\d+$/.exec(value))) {
    return `it looks like an indicator; tag its target \`${m[1]}\` instead`;
  }
  if ((m = /^(?:sdg|goal)[\s-]?(\d+(?:\.\w+)?)$/i.exec(value))) {
    return `write the number alone: \`${m[1]}\``;
  }
  return 'expected a goal such as `11` or a target such as `11.2` or `6.a`';
}

/** Checks SDG goals and targets against the official list; also returns the goals reached. */
export function checkSdg(
  tokens: Token[],
  catalog: SdgCatalog,
  field: string,
): Checked & {goals: number[]} {
  const problems: ValueProblem[] = [];
  const values: string[] = [];
  for (const {value, place} of tokens) {
    const why = sdgProblem(value, catalog);
    if (why) {
      problems.push({
        place,
        ruleId: 'unknown-sdg',
        reason: `Unknown SDG ${code(value)} in \`${field}\`: ${why}.`,
      });
    } else values.push(value);
  }
  const kept = unique(values);
  const goals = unique(kept.map((v) => Number(v.split('.')[0]))).sort((a, b) => a - b);
  return {values: kept, goals, problems};
}
