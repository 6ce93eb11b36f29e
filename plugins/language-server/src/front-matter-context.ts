import type {CursorContext} from './context.js';

const KEY_LINE = /^([A-Za-z_][\w-]*)\s*:/;
const STOP = /[\s,;"'[\]]/;

/** The last line of the front matter (its closing `---`), or `undefined` when the page has none. */
function frontMatterEnd(lines: readonly string[]): number | undefined {
  if (lines[0]?.replace(/^\uFEFF/, '').trimEnd() !== '---') return undefined;
  const end = lines.findIndex((text, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(text));
  return end === -1 ? undefined : end;
}

/** The key a front-matter line belongs to: its own, or the one above a `- item` line. */
function keyOf(
  lines: readonly string[],
  line: number,
): {key: string; valueFrom: number} | undefined {
  const own = KEY_LINE.exec(lines[line] ?? '');
  if (own) return {key: own[1]!, valueFrom: own[0].length};
  if (!/^\s+-\s|^-\s/.test(lines[line] ?? '')) return undefined;
  for (let above = line - 1; above > 0; above--) {
    const match = KEY_LINE.exec(lines[above] ?? '');
    if (match) return {key: match[1]!, valueFrom: 0};
  }
  return undefined;
}

/** The cursor's context in the front matter: a value of `owner`, `sdg`, `nexus`, `type`, `reviewers` … */
export function frontMatterContext(
  lines: readonly string[],
  line: number,
  character: number,
): CursorContext | undefined {
  const end = frontMatterEnd(lines);
  if (end === undefined || line <= 0 || line >= end) return undefined;
  const found = keyOf(lines, line);
  const text = lines[line] ?? '';
  if (!found || character < found.valueFrom) return undefined;
  let start = character;
  while (start > found.valueFrom && !STOP.test(text[start - 1]!)) start--;
  let stop = character;
  while (stop < text.length && !STOP.test(text[stop]!)) stop++;
  return {
    where: 'front-matter',
    kind: 'value',
    key: found.key,
    partial: text.slice(start, character),
    start,
    end: stop,
    present: [],
  };
}
