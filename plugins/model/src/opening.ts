/** One attribute as written on a directive's opening line. */
export interface ScannedAttribute {
  /** `id` for `#x`, `class` for `.x`, else the key as written. */
  key: string;
  value: string;
  /** 1-based column of the attribute (its `#`, `.` or first key character). */
  column: number;
  /** 1-based column of the value's first character (after an opening quote). */
  valueColumn: number;
}

/** A syntax problem on an opening line. */
export interface OpeningProblem {
  column: number;
  found: string;
  expected: string;
  hint?: string;
}

/** What an opening line such as `:::status[Title]{#id status=ongoing}` holds. */
export interface OpeningScan {
  /** 1-based column of the first colon. */
  column: number;
  colons: number;
  name: string;
  label?: string;
  attributes: ScannedAttribute[];
  problem?: OpeningProblem;
}

/** What a space between the title and `{` is reported as expecting. */
export const SPACE_BEFORE_ATTRIBUTES = '`{` right after the title';

const OPENING = /^((?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d+[.)])[ \t]+)*)(:{2,})([A-Za-z][\w-]*)/;
const KEY = /^[A-Za-z_:][\w.:-]*/;
// Whitespace is what micromark's directive syntax calls so (space, tab): a U+FEFF or U+00A0 inside an
// attribute is part of its value, as Docusaurus reads it, not an end that would silently truncate it.
const UNQUOTED = /^[^ \t\r\n"'<=>`{}]+/;

function describe(char: string | undefined): string {
  if (char === undefined) return 'the end of the line';
  if (char === ' ' || char === '\t') return 'a space';
  if (char === '“' || char === '”') return `a curly quote \`${char}\``;
  return `\`${char}\``;
}

class Cursor {
  constructor(
    readonly text: string,
    public index: number,
  ) {}
  get char(): string | undefined {
    return this.text[this.index];
  }
  get column(): number {
    return this.index + 1;
  }
  skipSpace(): void {
    while (this.char === ' ' || this.char === '\t') this.index++;
  }
  take(pattern: RegExp): string | undefined {
    const match = pattern.exec(this.text.slice(this.index));
    if (!match) return undefined;
    this.index += match[0].length;
    return match[0];
  }
}

function problem(cursor: Cursor, expected: string, hint?: string): OpeningProblem {
  return {column: cursor.column, found: describe(cursor.char), expected, hint};
}

function scanLabel(cursor: Cursor): string | OpeningProblem {
  const start = cursor.index + 1;
  let depth = 0;
  for (cursor.index++; cursor.index < cursor.text.length; cursor.index++) {
    const char = cursor.char;
    if (char === '\\') cursor.index++;
    else if (char === '[') depth++;
    else if (char === ']' && depth-- === 0) {
      cursor.index++;
      return cursor.text.slice(start, cursor.index - 1);
    }
  }
  return problem(cursor, '`]` to close the title', 'a title must fit on the opening line');
}

function scanValue(cursor: Cursor, key: string): {value: string; column: number} | OpeningProblem {
  const quote = cursor.char;
  if (quote === '"' || quote === "'") {
    const close = cursor.text.indexOf(quote, cursor.index + 1);
    if (close === -1) {
      return problem(
        new Cursor(cursor.text, cursor.text.length),
        `\`${quote}\` to close the value of \`${key}\` opened at column ${cursor.column}`,
      );
    }
    const value = cursor.text.slice(cursor.index + 1, close);
    const column = cursor.column + 1;
    cursor.index = close + 1;
    return {value, column};
  }
  const column = cursor.column;
  const value = cursor.take(UNQUOTED);
  if (value === undefined) {
    const curly = quote === '“' || quote === '”';
    return problem(
      cursor,
      `a value for \`${key}\``,
      curly ? 'use straight double quotes `"`, not curly ones' : undefined,
    );
  }
  return {value, column};
}

function scanAttribute(cursor: Cursor): ScannedAttribute | OpeningProblem {
  const column = cursor.column;
  const sigil = cursor.char;
  if (sigil === '#' || sigil === '.') {
    cursor.index++;
    const value = cursor.take(UNQUOTED);
    if (value === undefined)
      return problem(cursor, sigil === '#' ? 'an id after `#`' : 'a class name after `.`');
    return {key: sigil === '#' ? 'id' : 'class', value, column, valueColumn: column + 1};
  }
  const key = cursor.take(KEY);
  if (key === undefined) {
    return problem(
      cursor,
      'an attribute such as `#id` or `key=value`',
      'separate attributes with spaces',
    );
  }
  const afterKey = cursor.index;
  cursor.skipSpace();
  if (cursor.char !== '=') {
    cursor.index = afterKey;
    return {key, value: '', column, valueColumn: column};
  }
  cursor.index++;
  cursor.skipSpace();
  const value = scanValue(cursor, key);
  if ('expected' in value) return value;
  return {key, value: value.value, column, valueColumn: value.column};
}

function scanAttributes(cursor: Cursor, scan: OpeningScan): OpeningProblem | undefined {
  cursor.index++;
  for (;;) {
    cursor.skipSpace();
    if (cursor.char === '}') {
      cursor.index++;
      return undefined;
    }
    if (cursor.char === undefined) {
      return problem(
        cursor,
        '`}` to close the attributes',
        'attributes must fit on the opening line',
      );
    }
    const attribute = scanAttribute(cursor);
    if ('expected' in attribute) return attribute;
    scan.attributes.push(attribute);
    if (cursor.char !== undefined && !/[ \t}]/.test(cursor.char)) {
      return problem(
        cursor,
        'a space or `}` after an attribute',
        'quote values that contain spaces: `owner="OES, PMU"`',
      );
    }
  }
}

/** Reads a directive's opening line; `undefined` when the line opens no directive. */
export function scanOpening(line: string): OpeningScan | undefined {
  const match = OPENING.exec(line);
  if (!match) return undefined;
  const cursor = new Cursor(line, match[0].length);
  const scan: OpeningScan = {
    column: match[1].length + 1,
    colons: match[2].length,
    name: match[3],
    attributes: [],
  };
  if (cursor.char === '[') {
    const label = scanLabel(cursor);
    if (typeof label !== 'string') return {...scan, problem: label};
    scan.label = label;
  }
  if (cursor.char === ' ' && line.slice(cursor.index).trimStart().startsWith('{')) {
    return {
      ...scan,
      problem: problem(cursor, SPACE_BEFORE_ATTRIBUTES, 'remove the space before `{`'),
    };
  }
  if (cursor.char === '{') {
    const issue = scanAttributes(cursor, scan);
    if (issue) return {...scan, problem: issue};
  }
  cursor.skipSpace();
  if (cursor.char !== undefined) {
    return {...scan, problem: problem(cursor, 'the end of the line after the attributes')};
  }
  return scan;
}
