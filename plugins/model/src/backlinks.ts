import {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import {code, report} from './diagnostics.js';
import {createMatcher, type ItemMatcher, type MatchOptions} from './query.js';
import {closest} from './suggest.js';
import type {ParsedPage, Pull, StatusItem} from './types.js';

/** A page that pulls an item, as its card links to it. */
export interface Backlink {
  title: string;
  /** URL path of the page without the site's baseUrl (set by `loadSite`), else its source path. */
  permalink: string;
  path: string;
}

/** Item id → the other pages that show it through a `status-ref` or a `status-table`. */
export type Backlinks = Map<string, Backlink[]>;

/** Reports a `status-ref` whose id no status block of the site has, with the closest id. */
export function reportUnknownRef(file: VFile, pull: Pull, ids: Iterable<string>): void {
  if (pull.kind !== 'status-ref' || !pull.id) return;
  const match = closest(pull.id, ids);
  const hint = match
    ? ` Did you mean \`${match}\`?`
    : ' Check the id on the item’s page: it is the `#id` of its `:::status` block.';
  report(
    file,
    `Unknown id ${code(pull.id)} in \`::status-ref\`: no status block on the site has this id.${hint}`,
    pull.places.id ?? pull.position.start,
    'unknown-id',
  );
}

/** Site-wide check of every `status-ref`: its id must be an item's id somewhere on the site. */
export function checkRefTargets(pages: readonly ParsedPage[]): VFileMessage[] {
  const ids = new Set(pages.flatMap((page) => page.items.map((item) => item.id)));
  const messages: VFileMessage[] = [];
  for (const {pulls} of pages) {
    for (const pull of pulls) {
      if (pull.kind !== 'status-ref' || !pull.id || ids.has(pull.id)) continue;
      const file = new VFile({path: pull.path});
      reportUnknownRef(file, pull, ids);
      messages.push(...file.messages);
    }
  }
  return messages;
}

function pulledIds(page: ParsedPage, items: readonly StatusItem[], match: ItemMatcher): string[] {
  return page.pulls.flatMap((pull) => {
    if (pull.kind === 'status-ref') return pull.id ? [pull.id] : [];
    return match(items, pull.filter ?? {}).map((item) => item.id);
  });
}

/** Which pages pull each item, in site order; a page showing its own item is not a backlink. */
export function collectBacklinks(
  pages: readonly ParsedPage[],
  options: MatchOptions = {},
): Backlinks {
  const items = pages.flatMap((page) => page.items);
  const home = new Map(items.map((item) => [item.id, item.path]));
  const backlinks: Backlinks = new Map();
  const match = createMatcher(pages, options);
  for (const parsed of pages) {
    const {page} = parsed;
    const link: Backlink = {
      title: page.title ?? page.source ?? page.path,
      permalink: page.permalink ?? page.path,
      path: page.path,
    };
    for (const id of new Set(pulledIds(parsed, items, match))) {
      if (!home.has(id) || home.get(id) === page.path) continue;
      const links = backlinks.get(id);
      if (links) links.push(link);
      else backlinks.set(id, [link]);
    }
  }
  return backlinks;
}
