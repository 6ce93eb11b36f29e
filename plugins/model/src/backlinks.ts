import {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import {code, report} from './diagnostics.js';
import {createMatcher, type ItemMatcher, type MatchOptions} from './query.js';
import {closest} from './suggest.js';
import {withActions} from './derive.js';
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
export function reportUnknownRef(
  file: VFile,
  pull: Pull,
  ids: Iterable<string>,
  draftItems?: ReadonlyMap<string, string>,
): void {
  if (pull.kind !== 'status-ref' || !pull.id) return;
  const draft = draftItems?.get(pull.id);
  if (draft) {
    report(
      file,
      `\`::status-ref\` shows ${code(pull.id)}, an item of the draft page ${draft} (\`draft: true\`), which this production build leaves out. Publish that page (remove \`draft: true\`) or remove the pull.`,
      pull.places.id ?? pull.position.start,
      'draft-ref',
    );
    return;
  }
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

/** Reports a `status-table{parent=…}` value that is no recommendation's id. */
function reportUnknownParents(file: VFile, pull: Pull, parents: ReadonlySet<string>): void {
  for (const value of pull.filter?.parent ?? []) {
    if (parents.has(value)) continue;
    const match = closest(value, parents);
    const hint = match
      ? ` Did you mean \`${match}\`?`
      : ' `parent` takes the `#id` of a status block that has key actions (`::action`).';
    report(
      file,
      `Unknown parent ${code(value)} in \`::status-table\`: no status block with key actions has this id.${hint}`,
      pull.places.parent ?? pull.position.start,
      'unknown-id',
    );
  }
}

/** Site-wide check of every `status-ref` (an item's or key action's id) and table `parent` (a recommendation's id). */
export function checkRefTargets(pages: readonly ParsedPage[]): VFileMessage[] {
  const items = pages.flatMap((page) => page.items);
  const ids = new Set(withActions(items).map((item) => item.id));
  const parents = new Set(items.filter((item) => item.actions).map((item) => item.id));
  const messages: VFileMessage[] = [];
  for (const {pulls} of pages) {
    for (const pull of pulls) {
      if (pull.kind === 'status-table' && pull.filter?.parent) {
        const file = new VFile({path: pull.path});
        reportUnknownParents(file, pull, parents);
        messages.push(...file.messages);
      }
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
  const home = new Map(withActions(items).map((item) => [item.id, item.path]));
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
