// One source of truth: a translated page shows the source page's items, with its own titles and bodies.
import {VFile} from 'vfile';
import {code, compareMessages, report} from './diagnostics.js';
import {languageName} from './locale.js';
import {didYouMean} from './suggest.js';
import {splitLines} from './text.js';
import {checkItemDrift, checkPageDrift, type DriftContext} from './translation-fields.js';
import type {TranslatedBlock, TranslatedPage} from './translation.js';
import type {PageHeading} from './sections.js';
import type {ParsedPage, StatusItem} from './types.js';

/** Where a merge reads and reports: the locales, and the translated file's paths. */
export interface MergeContext {
  locale: string;
  defaultLocale: string;
  /** The translated file, absolute (for the remark plugin to find the page it compiles). */
  file: string;
}

function placeOf(item: StatusItem): string {
  return `${item.path}:${item.position.start.line}:${item.position.start.column}`;
}

/** An action of a translated block: the source action's fields, the translation's title and note. */
function mergeActions(
  source: StatusItem,
  block: TranslatedBlock,
  drift: DriftContext,
): StatusItem[] | undefined {
  if (!source.actions) return undefined;
  return source.actions.map((action) => {
    const translated = block.actions.get(action.id);
    if (!translated) return {...action, untranslated: true};
    checkItemDrift(action, translated, {...drift, sourcePlace: placeOf(action)});
    const {title, note, body, bodyText} = translated.item;
    return {...action, title: title || action.title, note: note ?? action.note, body, bodyText};
  });
}

/** Reports the actions of a translated block that its source block does not have. */
function reportOrphanActions(source: StatusItem, block: TranslatedBlock, drift: DriftContext) {
  const known = new Set((source.actions ?? []).map((action) => action.id));
  for (const [id, {item}] of block.actions) {
    if (!id || known.has(id)) continue;
    report(
      drift.file,
      `Key action ${code(id)} in ${drift.locale} has no action with this id in block ${code(source.id)} of the ${languageName(drift.defaultLocale)} page (${placeOf(source)}): a translated action takes its fields from the source action; correct the id or add the action to the ${languageName(drift.defaultLocale)} page.${didYouMean(id, known)}`,
      item.position.start,
      'orphan-block',
    );
  }
}

/** The source item as the translation shows it: translated title, body and justification. */
function mergeItem(source: StatusItem, block: TranslatedBlock, drift: DriftContext): StatusItem {
  checkItemDrift(source, block, {...drift, sourcePlace: placeOf(source)});
  reportOrphanActions(source, block, drift);
  const {title, body, bodyText, responseNote} = block.item;
  const actions = mergeActions(source, block, drift);
  return {
    ...source,
    title: title || source.title,
    body,
    bodyText,
    ...(responseNote ? {responseNote} : {}),
    ...(actions ? {actions} : {}),
  };
}

function reportUntranslated(source: StatusItem, drift: DriftContext): void {
  report(
    drift.file,
    `Block ${code(source.id)} is not translated into ${drift.locale}: ${drift.locale} pages show it from the ${languageName(drift.defaultLocale)} page (${placeOf(source)}) with a “not translated yet” note; add \`:::status[…]{#${source.id}}\` with its translated title and body.`,
    {line: 1, column: 1},
    'untranslated-block',
    'info',
  );
}

function reportOrphanBlock(block: TranslatedBlock, ids: Set<string>, drift: DriftContext) {
  report(
    drift.file,
    `Block ${code(block.item.id)} in ${drift.locale} has no block with this id in the ${languageName(drift.defaultLocale)} page (${drift.sourcePlace}): a translated block takes its fields from the source block; correct the id or add the block to the ${languageName(drift.defaultLocale)} page.${didYouMean(block.item.id, ids)}`,
    block.item.position.start,
    'orphan-block',
  );
}

/** The source's headings with the translation's texts, when both pages have the same outline. */
function mergeHeadings(source: PageHeading[], translated: PageHeading[]): PageHeading[] {
  const same =
    source.length === translated.length &&
    source.every((heading, index) => heading.depth === translated[index]!.depth);
  if (!same) return source;
  return source.map((heading, index) => {
    const {text, anchor} = translated[index]!;
    return {...heading, text, anchor};
  });
}

/**
 * The page of the `locale` site: the source page's metadata and items (fields from the source), the
 * translation's title, description, titles and bodies of blocks, pulls and headings. Reports on the
 * translated file: fields written otherwise (`translation-drift`), blocks the source does not have
 * (`orphan-block`), source blocks left untranslated (`untranslated-block`, info).
 */
export function mergeTranslation(
  source: ParsedPage,
  translated: TranslatedPage,
  context: MergeContext,
): ParsedPage {
  const file = new VFile({path: translated.page.path});
  const sourcePlace = source.page.path;
  const drift: DriftContext = {...context, file, sourcePlace};
  checkPageDrift(source.page, translated.page, splitLines(translated.value), drift);
  const ids = new Set(source.items.map((item) => item.id));
  // A mistyped id is most likely one of the blocks left untranslated: those are suggested first.
  const untranslatedFirst = new Set([
    ...source.items.filter((item) => !translated.blocks.has(item.id)).map((item) => item.id),
    ...ids,
  ]);
  for (const block of translated.order) {
    if (block.item.id && !ids.has(block.item.id))
      reportOrphanBlock(block, untranslatedFirst, drift);
  }
  const items = source.items.map((item) => {
    const block = translated.blocks.get(item.id);
    if (block) return mergeItem(item, block, drift);
    reportUntranslated(item, drift);
    return {...item, untranslated: true};
  });
  const {title, description} = translated.page;
  const page = {
    ...source.page,
    title: title ?? source.page.title,
    description: description ?? source.page.description,
    translation: {locale: context.locale, path: translated.page.path, file: context.file},
  };
  const messages = [...source.messages, ...translated.messages, ...file.messages];
  return {
    ...source,
    page,
    items,
    pulls: translated.pulls,
    headings: mergeHeadings(source.headings, translated.headings),
    sections: translated.sections,
    messages: messages.sort(compareMessages),
  };
}

/** The source page in a locale it has no translation into: every item shown in the source language. */
export function untranslatedPage(source: ParsedPage): ParsedPage {
  return {
    ...source,
    page: {...source.page, untranslated: true},
    items: source.items.map((item) => ({...item, untranslated: true})),
  };
}
