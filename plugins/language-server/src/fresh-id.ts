import {basename, extname} from 'node:path';
import type {ParsedPage} from '@kmportal/model';

/** `ap-2017-a3` → `['ap-2017-a', '3']`: the trailing digits, found from the end (no backtracking). */
function splitNumbered(id: string): [string, string] | undefined {
  let start = id.length;
  while (start > 0 && id.charCodeAt(start - 1) >= 48 && id.charCodeAt(start - 1) <= 57) start--;
  return start < id.length ? [id.slice(0, start), id.slice(start)] : undefined;
}

/** `base`, or `base` with the first number after it that no id of the site has yet. */
function unused(prefix: string, from: number, taken: (id: string) => boolean): string {
  for (let n = from; ; n++) if (!taken(`${prefix}${n}`)) return `${prefix}${n}`;
}

/** A fresh id in the style of `id` (`ap-2017-a3` → `ap-2017-a4`, `x` → `x-2`), unused on the site. */
export function nextId(id: string, taken: (id: string) => boolean): string {
  const numbered = splitNumbered(id);
  if (numbered) return unused(numbered[0], Number(numbered[1]) + 1, taken);
  return unused(`${id}-`, 2, taken);
}

/** The page's file name as an id prefix: `Action Plan 2017.md` → `action-plan-2017-`. */
function filePrefix(path: string): string {
  const name = basename(path, extname(path))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|(?<!-)-+$/g, '');
  return `${name || 'item'}-`;
}

/** A fresh id for a new block on `page`: after the page's last numbered id, else from the file name. */
export function freshId(
  page: ParsedPage | undefined,
  path: string,
  taken: (id: string) => boolean,
) {
  const ids = (page?.items ?? []).map((item) => item.id).filter((id) => splitNumbered(id));
  const last = ids.at(-1);
  if (!last) return unused(filePrefix(path), 1, taken);
  const prefix = splitNumbered(last)![0];
  const highest = Math.max(
    ...ids
      .map((id) => splitNumbered(id)!)
      .filter(([start]) => start === prefix)
      .map(([, digits]) => Number(digits)),
  );
  return unused(prefix, highest + 1, taken);
}
