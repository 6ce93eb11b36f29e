// Where the cursor stands in a line being typed. The model's scanner reads whole, finished lines; an
// editor asks about half-written ones (`{#a status=ong`), so this reads only up to the cursor.
import {scanOpening} from '@kmportal/model';

/** The directives whose attributes the server completes, and the page's front matter. */
export type Where = 'status' | 'action' | 'status-ref' | 'status-table' | 'front-matter';

/** What is being typed at the cursor. */
export interface CursorContext {
  where: Where;
  /** `key` while typing an attribute's name (or `#id`), `value` inside a value. */
  kind: 'key' | 'value';
  /** The attribute (or front-matter key) whose value is typed. */
  key?: string;
  /** The word typed so far, from `start` to the cursor; `end` is where the whole word under the cursor ends. */
  partial: string;
  start: number;
  end: number;
  /** Attributes already written on the line (keys; `id` for `#…`). */
  present: string[];
}

const DIRECTIVES = new Set<string>(['status', 'action', 'status-ref', 'status-table']);
/** Attributes and front-matter keys whose values are lists (`owner="OES, PMU"`, `sdg="11 11.2"`). */
export const LIST_KEYS = new Set(['owner', 'sdg', 'nexus', 'status-table', 'reviewers']);
const STOP = /[\s,;"'}\]]/;

/** Index of the `{` opening a directive's attributes, after its name and optional `[label]`. */
function braceIndex(line: string, afterName: number): number | undefined {
  let index = afterName;
  if (line[index] === '[') {
    let depth = 0;
    for (index++; index < line.length; index++) {
      if (line[index] === '\\') index++;
      else if (line[index] === '[') depth++;
      else if (line[index] === ']' && depth-- === 0) break;
    }
    index++;
  }
  return line[index] === '{' ? index : undefined;
}

function presentKeys(line: string, brace: number): string[] {
  const text = line.slice(brace + 1);
  const keys = [...text.matchAll(/(?:^|\s)([A-Za-z_:][\w.:-]*)\s*=/g)].map((m) => m[1]!);
  return /(?:^|\s)#/.test(text) ? ['id', ...keys] : keys;
}

function wordEnd(line: string, from: number): number {
  let end = from;
  while (end < line.length && !STOP.test(line[end]!) && line[end] !== '=') end++;
  return end;
}

interface Walk {
  key?: string;
  valueStart?: number;
  tokenStart?: number;
  quote?: string;
}

/** Reads the attributes from `{` up to the cursor; `undefined` when the cursor is past the `}`. */
function walkAttributes(line: string, brace: number, character: number): Walk | undefined {
  const walk: Walk = {};
  for (let index = brace + 1; index < character; index++) {
    const char = line[index]!;
    if (walk.quote) {
      if (char === walk.quote) Object.assign(walk, {quote: undefined, key: undefined});
      if (char === walk.quote) walk.valueStart = undefined;
    } else if (char === '}') return undefined;
    else if (char === ' ' || char === '\t') {
      Object.assign(walk, {key: undefined, valueStart: undefined, tokenStart: undefined});
    } else if (walk.valueStart !== undefined) {
      if ((char === '"' || char === "'") && index === walk.valueStart) {
        Object.assign(walk, {quote: char, valueStart: index + 1});
      }
    } else if (char === '=' && walk.tokenStart !== undefined) {
      Object.assign(walk, {key: line.slice(walk.tokenStart, index), valueStart: index + 1});
    } else walk.tokenStart ??= index;
  }
  return walk;
}

function valueContext(line: string, character: number, walk: Walk, where: Where) {
  const key = walk.key!;
  const typed = line.slice(walk.valueStart, character);
  const list = LIST_KEYS.has(key) || where === 'status-table';
  const partial = list ? (/(?<![^\s,;])[^\s,;]*$/.exec(typed)?.[0] ?? '') : typed;
  return {kind: 'value' as const, key, partial, start: character - partial.length};
}

/** The cursor's context on a `:::status`, `::action`, `::status-ref` or `::status-table` opening line. */
export function attributeContext(line: string, character: number): CursorContext | undefined {
  const scan = scanOpening(line);
  if (!scan || !DIRECTIVES.has(scan.name)) return undefined;
  const where = scan.name as Where;
  const brace = braceIndex(line, scan.column - 1 + scan.colons + scan.name.length);
  if (brace === undefined || character <= brace) return undefined;
  const walk = walkAttributes(line, brace, character);
  if (!walk) return undefined;
  const present = presentKeys(line, brace);
  const at =
    walk.key !== undefined
      ? valueContext(line, character, walk, where)
      : {
          kind: 'key' as const,
          partial: line.slice(walk.tokenStart ?? character, character),
          start: walk.tokenStart ?? character,
        };
  return {where, present, ...at, end: wordEnd(line, character)};
}
