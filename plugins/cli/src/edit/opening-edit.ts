import {scanOpening, type OpeningScan} from '@kmportal/model';

/** Where one attribute stands on an opening line (0-based offsets into the line). */
export interface AttributeSpan {
  key: string;
  value: string;
  /** The whole attribute, key to closing quote. */
  start: number;
  end: number;
  valueStart: number;
  valueEnd: number;
  /** The quote around the value as written, or `''`. */
  quote: string;
  /** Written `#id` rather than `id=…`. */
  sigil: boolean;
}

/** A new value for an attribute; `null` removes it. */
export type AttributeChanges = ReadonlyMap<string, string | null>;

/** Why an opening line could not be edited. */
export interface OpeningEditProblem {
  key?: string;
  reason: string;
}

const BARE = /^[^\s"'<=>`{}]+$/;

function spanOf(line: string, key: string, value: string, column: number, valueColumn: number) {
  const start = column - 1;
  const valueStart = valueColumn - 1;
  const sigil = line[start] === '#' && key === 'id';
  const before = line[valueStart - 1];
  const quote = !sigil && (before === '"' || before === "'") && valueStart > start ? before : '';
  const valueEnd = valueStart + value.length;
  return {key, value, start, end: valueEnd + quote.length, valueStart, valueEnd, quote, sigil};
}

/** The spans of a scanned opening's attributes, in the order written. */
export function attributeSpans(line: string, scan: OpeningScan): AttributeSpan[] {
  return scan.attributes.map((a) => spanOf(line, a.key, a.value, a.column, a.valueColumn));
}

/** Where added attributes go: after the last one, inside empty braces, or in new braces after the label. */
function additionPlace(line: string, scan: OpeningScan, spans: AttributeSpan[]) {
  const last = spans.at(-1);
  if (last) return {index: last.end, lead: ' ', braces: false};
  const label = scan.label === undefined ? 0 : scan.label.length + 2;
  const labelEnd = scan.column - 1 + scan.colons + scan.name.length + label;
  if (line[labelEnd] === '{') return {index: labelEnd + 1, lead: '', braces: false};
  return {index: labelEnd, lead: '', braces: true};
}

/** The value as it must be written: bare when it can be, else in the quotes it had, else `"`. */
export function formatValue(value: string, quote: string): string | OpeningEditProblem {
  if (BARE.test(value)) return quote ? `${quote}${value}${quote}` : value;
  const candidates = [quote, '"', "'"].filter((q) => q && !value.includes(q));
  if (candidates.length === 0) {
    return {reason: `a value cannot hold both \`"\` and \`'\`; remove one kind of quote`};
  }
  return `${candidates[0]}${value}${candidates[0]}`;
}

function writtenAttribute(key: string, value: string): string | OpeningEditProblem {
  if (key === 'id')
    return BARE.test(value) ? `#${value}` : {key, reason: 'an id cannot hold spaces or quotes'};
  const formatted = formatValue(value, '');
  return typeof formatted === 'string' ? `${key}=${formatted}` : {key, ...formatted};
}

function replacement(span: AttributeSpan, value: string | null) {
  if (value === null) return {start: span.start, end: span.end, insert: ''};
  if (span.sigil) {
    return BARE.test(value)
      ? {start: span.valueStart, end: span.valueEnd, insert: value}
      : {key: span.key, reason: 'an id cannot hold spaces or quotes'};
  }
  if (span.valueStart === span.start) {
    const written = writtenAttribute(span.key, value);
    return typeof written === 'string'
      ? {start: span.start, end: span.end, insert: written}
      : written;
  }
  const formatted = formatValue(value, span.quote);
  if (typeof formatted !== 'string') return {key: span.key, ...formatted};
  const start = span.valueStart - span.quote.length;
  return {start, end: span.end, insert: formatted};
}

/** Removes an attribute with the space before it, so `{#a due=x}` becomes `{#a}`. */
function widenRemoval(line: string, change: {start: number; end: number}) {
  let start = change.start;
  while (start > 0 && (line[start - 1] === ' ' || line[start - 1] === '\t')) start--;
  if (line[start - 1] === '{') {
    let end = change.end;
    while (line[end] === ' ' || line[end] === '\t') end++;
    return {start: change.start, end};
  }
  return {start, end: change.end};
}

type Change = {start: number; end: number; insert: string};

/** Rewrites the attributes of a directive's opening line, touching only the changed spans. */
export function editOpening(
  line: string,
  changes: AttributeChanges,
): {line: string} | {problems: OpeningEditProblem[]} {
  const scan = scanOpening(line);
  if (!scan) return {problems: [{reason: 'the line opens no directive'}]};
  if (scan.problem) {
    const {column, found, expected} = scan.problem;
    return {
      problems: [
        {
          reason: `the opening line does not read at column ${column}: found ${found}, expected ${expected}; fix it by hand first`,
        },
      ],
    };
  }
  const spans = attributeSpans(line, scan);
  const edits: Change[] = [];
  const problems: OpeningEditProblem[] = [];
  const added: string[] = [];
  for (const [key, value] of changes) {
    const span = spans.filter((s) => s.key === key).at(-1);
    if (!span) {
      if (value === null) continue;
      const written = writtenAttribute(key, value);
      if (typeof written === 'string') added.push(written);
      else problems.push(written);
      continue;
    }
    if (value !== null && value === span.value) continue;
    const change = replacement(span, value);
    if ('reason' in change) problems.push(change);
    else edits.push(value === null ? {...widenRemoval(line, change), insert: ''} : change);
  }
  if (problems.length) return {problems};
  if (added.length) edits.push(additions(line, scan, spans, added));
  return {line: applyLineChanges(line, edits)};
}

function additions(
  line: string,
  scan: OpeningScan,
  spans: AttributeSpan[],
  added: string[],
): Change {
  const place = additionPlace(line, scan, spans);
  const text = added.join(' ');
  const insert = place.braces ? `{${text}}` : place.lead + text;
  return {start: place.index, end: place.index, insert};
}

function applyLineChanges(line: string, changes: Change[]): string {
  let result = line;
  for (const c of [...changes].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, c.start) + c.insert + result.slice(c.end);
  }
  return result;
}
