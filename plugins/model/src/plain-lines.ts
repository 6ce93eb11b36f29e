// The lines of a page `parseMarkdown` need not give micromark: plain lines, and where they run.
/** ASCII characters a plain line may not hold: control characters and those of inline syntax. */
const NOT_PLAIN = new Uint8Array(128);
for (let code = 0; code < 0x20; code++) NOT_PLAIN[code] = 1;
for (const char of '!&*<[\\]_`:\x7f') NOT_PLAIN[char.charCodeAt(0)] = 1;

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Whether `value[start, end)` is a plain line (see `plain-blocks.ts`). */
function isPlainLine(value: string, start: number, end: number): boolean {
  if (!isLetter(value.charCodeAt(start)) || value.charCodeAt(end - 1) === 32) return false;
  for (let index = start + 1; index < end; index++) {
    const code = value.charCodeAt(index);
    if (code < 128 && NOT_PLAIN[code] === 1) return false;
  }
  return true;
}

/** Whether `value[start, end)` is blank: spaces and tabs only. */
function isBlankLine(value: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = value.charCodeAt(index);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

const LINE_END = /\r\n|\r|\n/g;

/** A run of plain lines: its span, first line and the start of its last line. */
export interface PlainRun {
  start: number;
  end: number;
  line: number;
  lines: number;
  lastStart: number;
}

/** How a line bears on the plain lines next to it. */
const Kind = {
  Plain: 0,
  /** Blank, a directive's fence or an ATX heading: what is next to it is read on its own. */
  Apart: 1,
  Other: 2,
} as const;
type Kind = (typeof Kind)[keyof typeof Kind];

/** Whether the line at `start` opens or closes a directive (`:::`) or is an ATX heading. */
function isApart(value: string, start: number, end: number): boolean {
  if (value.startsWith(':::', start)) return true;
  let hashes = 0;
  while (hashes < 7 && value.charCodeAt(start + hashes) === 35) hashes++;
  if (hashes === 0 || hashes > 6) return false;
  const after = value.charCodeAt(start + hashes);
  return start + hashes === end || after === 32 || after === 9;
}

function kindOf(value: string, start: number, end: number): Kind {
  if (isPlainLine(value, start, end)) return Kind.Plain;
  if (isBlankLine(value, start, end) || isApart(value, start, end)) return Kind.Apart;
  return Kind.Other;
}

/**
 * Calls `found` for each run of plain lines of `value` with a blank line, a directive's fence, an
 * ATX heading or the page's start or end on either side (a run next to other text is likely one
 * paragraph with it; the check after the parse would then send the page to the full parse).
 */
export function eachPlainRun(value: string, found: (run: PlainRun) => void): void {
  let run: PlainRun | undefined;
  let before: Kind = Kind.Apart;
  let line = 1;
  let start = 0;
  LINE_END.lastIndex = 0;
  for (;;) {
    const match = LINE_END.exec(value);
    const end = match ? match.index : value.length;
    const kind = kindOf(value, start, end);
    if (kind === Kind.Plain) {
      if (run) {
        run.end = end;
        run.lines++;
        run.lastStart = start;
      } else if (before === Kind.Apart) run = {start, end, line, lines: 1, lastStart: start};
    } else {
      if (run && kind === Kind.Apart) found(run);
      run = undefined;
      before = kind;
    }
    if (!match) break;
    start = LINE_END.lastIndex;
    line++;
  }
  if (run) found(run);
}

/** A page's front matter content (between its `---` fences) that `parseMarkdown` may cut. */
export interface FrontMatterSpan {
  start: number;
  end: number;
  /** Line of the content's last line. */
  endLine: number;
  endColumn: number;
  lines: number;
}

/**
 * The content of the page's front matter when micromark's reading of it is certain without reading it:
 * the page opens with a `---` line, no line of the content starts with `---`, its first and last lines
 * are not blank, and the first line starting with `---` after it is `---` alone (the closing fence).
 */
export function frontMatterSpan(value: string): FrontMatterSpan | undefined {
  const open = /^---(\r\n|\r|\n)/.exec(value);
  if (!open) return undefined;
  const start = open[0].length;
  const close = /(\r\n|\r|\n)---(?:\r\n|\r|\n|$)/g;
  close.lastIndex = start - open[1]!.length;
  const found = close.exec(value);
  if (!found) return undefined;
  const end = found.index;
  const content = value.slice(start, end);
  if (end <= start || /(?:^|\r\n|\r|\n)---/.test(content)) return undefined;
  const lines = content.split(/\r\n|\r|\n/);
  if (isBlank(lines[0]!) || isBlank(lines.at(-1)!)) return undefined;
  return {
    start,
    end,
    endLine: lines.length + 1,
    endColumn: lines.at(-1)!.length + 1,
    lines: lines.length,
  };
}

function isBlank(line: string): boolean {
  return isBlankLine(line, 0, line.length);
}
