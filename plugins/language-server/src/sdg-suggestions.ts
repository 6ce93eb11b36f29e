// SDG completions ranked by what the block's own text suggests (`@kmportal/sdg-suggest`), so a focal point
// sees the likely goals and targets first, each with the words that triggered it.
import type {ParsedPage, StatusItem} from '@kmportal/model';
import {suggestSdg, type SdgTrigger} from '@kmportal/sdg-suggest';

/** Suggested SDG codes (goals, then targets, best first) with the words that triggered each. */
export type SdgHints = Map<string, SdgTrigger[]>;

function blockAt(page: ParsedPage | undefined, line: number): StatusItem | undefined {
  const inside = (item: StatusItem) =>
    item.position.start.line <= line && line <= item.position.end.line;
  const block = page?.items.find(inside);
  return block?.actions?.find(inside) ?? block;
}

/** What the text of the block around 0-based `line` suggests; empty outside a block or when nothing is. */
export function sdgHintsAt(page: ParsedPage | undefined, line: number, locale?: string): SdgHints {
  const item = blockAt(page, line + 1);
  const hints: SdgHints = new Map();
  if (!item) return hints;
  let suggestions;
  try {
    suggestions = suggestSdg(`${item.title}\n${item.bodyText}`, {locale});
  } catch {
    // An index that cannot be read (a bundle without its data file) leaves the plain list.
    return hints;
  }
  for (const entry of [...suggestions.goals, ...suggestions.targets]) {
    hints.set(entry.code, entry.triggers);
  }
  return hints;
}

/** `"water", "sanitation"`: the distinct words of the text that triggered a suggestion. */
export function triggerWords(triggers: SdgTrigger[]): string {
  const words = [...new Set(triggers.map((t) => t.text.toLowerCase()))].slice(0, 4);
  return words.map((word) => `“${word}”`).join(', ');
}
