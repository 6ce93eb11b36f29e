import type {VFile} from 'vfile';
import {isScalar, isSeq, type Node as YamlNode} from 'yaml';
import {code, report} from './diagnostics.js';
import {parseCalendarDate} from './due.js';
import {DEFAULT_REVIEW_EVERY, nextReview, parseReviewInterval} from './review-dates.js';
import {didYouMean} from './suggest.js';
import type {ModelConfig, PageReview, Point, ReviewInterval, Unit} from './types.js';

/** The YAML nodes of a page's review keys and how to find their place. */
export interface ReviewNodes {
  reviewers?: YamlNode;
  lastReviewed?: YamlNode;
  every?: YamlNode;
  locate: (node: YamlNode | null | undefined) => Point;
}

function reviewerTokens(
  node: YamlNode | undefined,
  locate: ReviewNodes['locate'],
): {value: string; place: Point}[] {
  if (isSeq(node)) return node.items.flatMap((item) => reviewerTokens(item as YamlNode, locate));
  if (!isScalar(node) || node.value === null || node.value === undefined) return [];
  const place = locate(node);
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  const start = quoted ? place.column + 1 : place.column;
  return [...String(node.value).matchAll(/[^,;]+/g)]
    .filter((m) => m[0].trim())
    .map((m) => {
      const lead = m[0].length - m[0].trimStart().length;
      return {value: m[0].trim(), place: {line: place.line, column: start + (m.index ?? 0) + lead}};
    });
}

/**
 * Every name a unit goes by: its name in each locale the registry gives, so that a page reads the same
 * in every locale's build (a source page names its reviewers in the source language).
 */
export function unitNames(unit: Unit): string[] {
  return [...new Set([unit.name, ...Object.values(unit.names ?? {})])];
}

/** Unit codes of `reviewers`, each given as a code or a unit's name (in any locale) from `units.yml`. */
export function checkReviewers(nodes: ReviewNodes, file: VFile, config: ModelConfig): string[] {
  const units = config.units;
  const codes: string[] = [];
  for (const {value, place} of reviewerTokens(nodes.reviewers, nodes.locate)) {
    const lower = value.toLowerCase();
    const unit =
      units &&
      [...units.values()].find(
        (u) => u.code === value || unitNames(u).some((name) => name.toLowerCase() === lower),
      );
    if (!units || unit) {
      codes.push(unit ? unit.code : value);
      continue;
    }
    const names = [...units.values()].flatMap((u) => [u.code, ...unitNames(u)]);
    const hint = didYouMean(value, names) || ' Add it to `units.yml` if it is a new unit.';
    report(
      file,
      `Unknown unit ${code(value)} in \`reviewers\`, expected a code or name from \`units.yml\`.${hint}`,
      place,
      'unknown-unit',
    );
  }
  return [...new Set(codes)];
}

function checkLastReviewed(nodes: ReviewNodes, file: VFile): string | undefined {
  const node = nodes.lastReviewed;
  if (!isScalar(node) || node.value === null) return undefined;
  const text = String(node.value);
  const parsed = parseCalendarDate(text);
  if (parsed.ok) return text;
  const reason = `Invalid date ${code(text)} in \`last_reviewed\`: ${parsed.reason}; expected \`YYYY-MM-DD\`, e.g. \`2018-12-31\`.`;
  report(file, reason, nodes.locate(node), 'invalid-date');
  return undefined;
}

function checkEvery(nodes: ReviewNodes, file: VFile): ReviewInterval | undefined {
  const node = nodes.every;
  if (!isScalar(node) || node.value === null) return undefined;
  const text = String(node.value);
  const parsed = parseReviewInterval(text);
  if (parsed.ok) return parsed.interval;
  const reason = `Invalid review interval ${code(text)} in \`review_every\`: ${parsed.reason}; expected a number and \`days\`, \`weeks\`, \`months\` or \`years\`, e.g. \`6 months\`.`;
  report(file, reason, nodes.locate(node), 'invalid-review-interval');
  return undefined;
}

/** Reads `reviewers`, `last_reviewed` and `review_every`; `undefined` when the page has none of them. */
export function readReview(
  nodes: ReviewNodes,
  file: VFile,
  config: ModelConfig,
): PageReview | undefined {
  if (!nodes.reviewers && !nodes.lastReviewed && !nodes.every) return undefined;
  const reviewers = checkReviewers(nodes, file, config);
  const lastReviewed = checkLastReviewed(nodes, file);
  const every = checkEvery(nodes, file);
  const next = lastReviewed ? nextReview(lastReviewed, every ?? DEFAULT_REVIEW_EVERY) : undefined;
  return {reviewers, lastReviewed, every, next};
}
