import {basename, extname} from 'node:path';
import type {ParsedPage} from '@kmportal/model';

const NUMBERED = /^(.*?)(\d+)$/;

/** `base`, or `base` with the first number after it that no id of the site has yet. */
function unused(prefix: string, from: number, taken: (id: string) => boolean): string {
  for (let n = from; ; n++) if (!taken(`${prefix}${n}`)) return `${prefix}${n}`;
}

/** A fresh id in the style of `id` (`ap-2017-a3` → `ap-2017-a4`, `x` → `x-2`), unused on the site. */
export function nextId(id: string, taken: (id: string) => boolean): string {
  const numbered = NUMBERED.exec(id);
  if (numbered) return unused(numbered[1]!, Number(numbered[2]) + 1, taken);
  return unused(`${id}-`, 2, taken);
}

/** The page's file name as an id prefix: `Action Plan 2017.md` → `action-plan-2017-`. */
function filePrefix(path: string): string {
  const name = basename(path, extname(path))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${name || 'item'}-`;
}

/** A fresh id for a new block on `page`: after the page's last numbered id, else from the file name. */
export function freshId(
  page: ParsedPage | undefined,
  path: string,
  taken: (id: string) => boolean,
) {
  const ids = (page?.items ?? []).map((item) => item.id).filter((id) => NUMBERED.test(id));
  const last = ids.at(-1);
  if (!last) return unused(filePrefix(path), 1, taken);
  const prefix = NUMBERED.exec(last)![1]!;
  const highest = Math.max(
    ...ids
      .filter((id) => NUMBERED.exec(id)![1] === prefix)
      .map((id) => Number(NUMBERED.exec(id)![2])),
  );
  return unused(prefix, highest + 1, taken);
}
