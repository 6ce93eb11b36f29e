import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import fc from 'fast-check';
import type {VFileMessage} from 'vfile-message';
import {loadModelConfig} from '../config.js';
import {extractStatusItems} from '../items.js';
import {parsePage, parsePageSyntax} from '../parse.js';
import {MAX_SAFETY_FINDINGS} from '../safety.js';
import type {ParsedPage} from '../types.js';
import type {PageSyntax} from '../reparse.js';

// The page's checks block by block (the language server's keystrokes): after any edit, what
// parsePageSyntax gives from the last check's blocks is what parsePage gives from scratch.
// Counts the blocks read (the items of each block read alone are extracted once per read).
jest.mock('../items.js', () => {
  const actual = jest.requireActual('../items.js');
  return {...actual, extractStatusItems: jest.fn(actual.extractStatusItems)};
});
const extracted = extractStatusItems as jest.MockedFunction<typeof extractStatusItems>;
const {config} = loadModelConfig({docsDir: join(__dirname, '..', '..', 'test', 'registry')});
const FIXTURES = join(__dirname, '..', '..', 'test', 'fixtures');
const fixtures = readdirSync(FIXTURES)
  .sort()
  .map((name) => readFileSync(join(FIXTURES, name, 'input.md'), 'utf8'));

const BLOCK = (n: number) =>
  `:::status[Action ${n}]{#a-${n} status=ongoing owner=OES}\nBody ${n}.\n\nMore ${n}.\n:::\n`;
const LONG = `---\ntitle: Plan\nas_of: 2026-06-30\n---\n\n# Plan\n\n${Array.from({length: 40}, (_, n) => BLOCK(n)).join('\n')}\n::status-ref{id=a-3}\n`;

/** Everything a message says and where, its place's offsets included. */
function described(message: VFileMessage) {
  const {line, column, place, ruleId, fatal, reason, url, file} = message;
  return {file, line, column, place, ruleId, fatal, reason, url};
}

function expectSame(result: ParsedPage, full: ParsedPage): void {
  expect(result.items).toEqual(full.items);
  expect(result.pulls).toEqual(full.pulls);
  expect(result.page).toEqual(full.page);
  expect(result.headings).toEqual(full.headings);
  expect(result.messages.map(described)).toEqual(full.messages.map(described));
}

/** Checks `edits` one after the other, each from the last one's syntax, against a parse from scratch. */
function checkEdits(first: string, edits: string[]): ParsedPage[] {
  let syntax: PageSyntax | undefined = parsePageSyntax({path: 'p.md', value: first}, config).syntax;
  const results: ParsedPage[] = [];
  for (const value of edits) {
    const result = parsePageSyntax({path: 'p.md', value}, config, syntax);
    expectSame(result.parsed, parsePage({path: 'p.md', value}, config));
    results.push(result.parsed);
    syntax = result.syntax;
  }
  return results;
}

test('an edit in one block leaves the other blocks’ findings as they were (the same objects above it)', () => {
  const first = parsePageSyntax({path: 'p.md', value: LONG}, config);
  const edited = LONG.replace('Body 20.', 'Body twenty.');
  const next = parsePageSyntax({path: 'p.md', value: edited}, config, first.syntax).parsed;
  expectSame(next, parsePage({path: 'p.md', value: edited}, config));
  expect(next.items.slice(0, 20).every((item, n) => item === first.parsed.items[n])).toBe(true);
  // Below the edit the blocks moved by four characters: the same findings, at their new offsets.
  expect(next.items[21]).not.toBe(first.parsed.items[21]);
  expect(next.items[21]!.position.start.offset).toBe(
    first.parsed.items[21]!.position.start.offset! + 4,
  );
});

test('a new line moves every later block a line down: their findings moved, not read again', () => {
  const first = parsePageSyntax({path: 'p.md', value: LONG}, config);
  const edited = LONG.replace('Body 20.', 'Body\n20.');
  extracted.mockClear();
  const next = parsePageSyntax({path: 'p.md', value: edited}, config, first.syntax).parsed;
  // Block 20 alone is read again.
  const read = extracted.mock.calls.map(([root]) => root.children[0]?.type);
  expect(read).toEqual(['containerDirective']);
  expectSame(next, parsePage({path: 'p.md', value: edited}, config));
  expect(next.items[21]!.position.start.line).toBe(first.parsed.items[21]!.position.start.line + 1);
});

test('a block with a message is read again when it moves to another line (its text may name one)', () => {
  const typo = LONG.replace('#a-30 status=ongoing', '#a-30 status=ongoign');
  const first = parsePageSyntax({path: 'p.md', value: typo}, config);
  const edited = typo.replace('Body 20.', 'Body\n20.');
  extracted.mockClear();
  const next = parsePageSyntax({path: 'p.md', value: edited}, config, first.syntax).parsed;
  // The edited block and the one with the typo.
  expect(extracted).toHaveBeenCalledTimes(2);
  expectSame(next, parsePage({path: 'p.md', value: edited}, config));
});

test('an id made a duplicate of a later block’s, and made unique again', () => {
  const duplicate = LONG.replace('#a-5 ', '#a-30 ');
  const [twice, again] = checkEdits(LONG, [duplicate, LONG]);
  expect(twice!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
    expect.stringMatching(/^\d+:\d+ duplicate-id$/),
  ]);
  expect(twice!.messages[0]!.line).toBe(
    twice!.items.find((i) => i.id === 'a-30' && i !== twice!.items[5])!.position.start.line,
  );
  expect(again!.messages).toEqual([]);
});

test('front matter, a new line and a typo in a status value: each checked as from scratch', () => {
  checkEdits(LONG, [
    LONG.replace('as_of: 2026-06-30', 'as_of: 2026-07-31'),
    LONG.replace('Body 7.', 'Body 7.\nA second line.'),
    LONG.replace('status=ongoing owner=OES}\nBody 9.', 'status=ongoign owner=OES}\nBody 9.'),
    LONG.replace('title: Plan', 'title: [Plan'),
    LONG,
  ]);
});

test('authoring-safety findings are capped per page, not per block', () => {
  const unsafe = (n: number) =>
    `Block ${n} <span onclick="x()">a</span> <b onmouseover="y()">b</b>\n`;
  const page = Array.from({length: 15}, (_, n) => unsafe(n)).join('\n');
  const [capped, moved] = checkEdits(page, [
    `${page}\n:::status[E]{#e-1 status=ongoing evidence="javascript:alert(1)"}\n:::\n`,
    `Intro\n\n${page}`,
  ]);
  const count = (p: ParsedPage) => p.messages.filter((m) => m.ruleId.startsWith('unsafe')).length;
  expect(count(capped!)).toBe(MAX_SAFETY_FINDINGS);
  expect(count(moved!)).toBe(MAX_SAFETY_FINDINGS);
});

/** A random edit: a span of the page replaced by fragments of page syntax (or cut). */
const fragment = fc.constantFrom(
  '\n',
  '\n\n',
  ':::',
  ':::status[T]{#a-1 status=ongoing}\n',
  ':::\n',
  '::status-ref{id=a-1}\n',
  '```\n',
  '<!--',
  '<b onclick="x">',
  '- ',
  '> ',
  '    ',
  '# ',
  '---\n',
  '[x]: /y\n',
  'word ',
  '::action[A]{#a-1-a1 status=ongoing}\n',
  'x',
  '#a-2 ',
  'status=ongoign ',
);
const edit = fc.record({
  at: fc.double({min: 0, max: 1, noNaN: true}),
  cut: fc.nat({max: 12}),
  insert: fc.array(fragment, {maxLength: 3}).map((parts) => parts.join('')),
});

test('any sequence of edits of any page gives parsePage’s result', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...fixtures, LONG),
      fc.array(edit, {minLength: 1, maxLength: 5}),
      (first, edits) => {
        let value = first;
        const texts = edits.map((e) => {
          const at = Math.floor(e.at * value.length);
          value = value.slice(0, at) + e.insert + value.slice(at + e.cut);
          return value;
        });
        checkEdits(first, texts);
      },
    ),
    {numRuns: 100},
  );
});
