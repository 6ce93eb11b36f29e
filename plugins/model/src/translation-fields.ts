// The fields a translated block must leave to the source page, and the check that it does.
import type {VFile} from 'vfile';
import {report} from './diagnostics.js';
import {languageName} from './locale.js';
import type {PageMeta, Point, StatusItem} from './types.js';

/** What a drift message names: the locales and the source page's place. */
export interface DriftContext {
  file: VFile;
  locale: string;
  defaultLocale: string;
  /** `docs/plan.md:12:1`: where the source block (or page) is. */
  sourcePlace: string;
}

/** An attribute as written on a translated opening line: where its value starts, and the value. */
export interface WrittenAttribute {
  place: Point;
  raw: string;
}

type Field = (item: StatusItem) => string;

const list = (values: readonly string[]) => values.join(', ');

/** Attributes whose value is the source block's: how each reads from an item (as one text). */
const ITEM_FIELDS = new Map<string, Field>([
  ['status', (item) => item.status],
  ['owner', (item) => list(item.owners)],
  ['due', (item) => item.due?.raw ?? ''],
  ['sdg', (item) => list(item.sdg)],
  ['nexus', (item) => list(item.nexus)],
  ['response', (item) => item.response ?? ''],
  ['as-of', (item) => item.asOf ?? ''],
  ['evidence', (item) => list((item.evidence ?? []).map((e) => e.href))],
]);

type PageField = (page: PageMeta) => string;

/** Front-matter keys whose value is the source page's. */
const PAGE_FIELDS = new Map<string, PageField>([
  ['type', (page) => page.type ?? ''],
  ['owner', (page) => list(page.owners)],
  ['sdg', (page) => list(page.sdg)],
  ['nexus', (page) => list(page.nexus)],
  ['as_of', (page) => page.asOf ?? ''],
  // Docusaurus's theme reads these from the page it renders, so a translation may repeat them (same values).
  ['reviewers', (page) => list(page.review?.reviewers ?? [])],
  ['last_reviewed', (page) => page.review?.lastReviewed ?? ''],
  ['review_every', (page) => page.review?.every?.raw ?? ''],
]);

function reportDrift(
  context: DriftContext,
  field: {key: string; translated: string; source: string; place: Point},
): void {
  const {locale, defaultLocale} = context;
  const shown = (value: string) => value || '(none)';
  report(
    context.file,
    `${field.key} in ${locale} differs from ${defaultLocale}: ${shown(field.translated)} ≠ ${shown(field.source)}; remove it, fields come from the ${languageName(defaultLocale)} page (${context.sourcePlace}).`,
    field.place,
    'translation-drift',
    'warning',
  );
}

/** Reports each field a translated block (or action) writes otherwise than its source. */
export function checkItemDrift(
  source: StatusItem,
  translated: {item: StatusItem; written: Map<string, WrittenAttribute>},
  context: DriftContext,
): void {
  for (const [key, {place, raw}] of translated.written) {
    const read = ITEM_FIELDS.get(key);
    if (!read) continue;
    // A value the parser rejected (and reported) reads as empty: the message shows it as written.
    const value = read(translated.item) || raw;
    const expected = read(source);
    if (value !== expected) reportDrift(context, {key, translated: value, source: expected, place});
  }
}

/** Where `key:` stands in the front matter of `lines` (1-based), if it is written there. */
function frontMatterKey(lines: readonly string[], key: string): Point | undefined {
  if (lines[0]?.trim() !== '---') return undefined;
  for (let index = 1; index < lines.length && lines[index]!.trim() !== '---'; index++) {
    if (lines[index]!.startsWith(`${key}:`)) return {line: index + 1, column: key.length + 2};
  }
  return undefined;
}

/** Reports each portal front-matter key a translated page writes otherwise than its source. */
export function checkPageDrift(
  source: PageMeta,
  translated: PageMeta,
  lines: readonly string[],
  context: DriftContext,
): void {
  for (const [key, read] of PAGE_FIELDS) {
    if (!Object.hasOwn(translated.frontMatter, key)) continue;
    const values = {translated: read(translated), source: read(source)};
    if (values.translated === values.source) continue;
    const place = frontMatterKey(lines, key) ?? {line: 1, column: 1};
    reportDrift(context, {key, ...values, place});
  }
}
