import fc from 'fast-check';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Root} from 'mdast';
import {VFile} from 'vfile';
import {loadModelConfig} from '../config.js';
import {parseMarkdown, parsePage, parsePageSyntax} from '../parse.js';
import {changedRange, reparseMarkdown, type PageSyntax} from '../reparse.js';

const {config} = loadModelConfig({docsDir: join(__dirname, '..', '..', 'test', 'registry')});
const FIXTURES = join(__dirname, '..', '..', 'test', 'fixtures');
const fixtures = readdirSync(FIXTURES)
  .sort()
  .map((name) => readFileSync(join(FIXTURES, name, 'input.md'), 'utf8'));

const parse = (value: string): Root => parseMarkdown(new VFile({value}));
const syntaxOf = (value: string): PageSyntax => ({value, tree: parse(value)});

/** The text the re-parse read, to see that it read only a window. */
function reparseReading(before: string, after: string): {tree?: Root; read: string[]} {
  const read: string[] = [];
  const tree = reparseMarkdown(syntaxOf(before), after, (text) => {
    read.push(text);
    return parse(text);
  });
  return {tree, read};
}

const BLOCK = (n: number) =>
  `:::status[Action ${n}]{#a-${n} status=ongoing owner=OES}\nBody ${n}.\n\nMore ${n}.\n:::\n`;
const LONG = `---\ntitle: Plan\n---\n\n# Plan\n\n${Array.from({length: 40}, (_, n) => BLOCK(n)).join('\n')}`;

describe('changedRange', () => {
  test('the span between the common prefix and suffix', () => {
    expect(changedRange('abcdef', 'abXYef')).toEqual({start: 2, oldEnd: 4, newEnd: 4});
    expect(changedRange('aaa', 'aaaa')).toEqual({start: 3, oldEnd: 3, newEnd: 4});
    expect(changedRange('same', 'same')).toEqual({start: 4, oldEnd: 4, newEnd: 4});
  });
});

describe('reparseMarkdown', () => {
  test('an edit inside one block reads that block and the next one only, and gives the full tree', () => {
    const after = LONG.replace('Body 20.', 'Body twenty.');
    const {tree, read} = reparseReading(LONG, after);
    expect(read).toHaveLength(1);
    expect(read[0]!.startsWith(':::status[Action 20]')).toBe(true);
    expect(read[0]!.endsWith('More 21.\n:::')).toBe(true);
    expect(tree).toEqual(parse(after));
  });

  test('a new line moves every later block by a line', () => {
    const after = LONG.replace('Body 3.\n', 'Body 3.\nand a second line.\n');
    const {tree, read} = reparseReading(LONG, after);
    expect(read[0]!.length).toBeLessThan(300);
    expect(tree).toEqual(parse(after));
  });

  test('a fence left open swallows the rest: the whole page is parsed again', () => {
    const after = LONG.replace(':::status[Action 5]', '```\n\n:::status[Action 5]');
    expect(reparseReading(LONG, after).tree).toBeUndefined();
  });

  test('a list or indented code reaches past blank lines: the line after them is re-read with them', () => {
    for (const [before, after] of [
      ['\t<div>\n\n1. ', '<div>\n\t<div>\n\n1. '],
      ['    code\n\n1. \n\npara', '    code\n\n1. \n\npara, edited'],
      ['- a\n\n- b\n\ntext', '- a\n\n- b\n\n  text'],
    ] as const) {
      const tree = reparseReading(before, after).tree ?? parse(after);
      expect(tree).toEqual(parse(after));
    }
  });

  test('link definitions are page-wide: never re-parsed in part', () => {
    const before = `${LONG}\n[site]: https://example.org\n`;
    expect(reparseReading(before, before.replace('Body 5.', 'Body [site].')).tree).toBeUndefined();
    expect(reparseReading(LONG, LONG.replace('Body 5.', '[x]: /y')).tree).toBeUndefined();
  });

  test('a byte-order mark, or front matter read out of place, is parsed in full', () => {
    expect(reparseReading(`\uFEFF${LONG}`, `\uFEFF${LONG}x`).tree).toBeUndefined();
    const breaks = `# T\n\ntext\n\n---\n\nmiddle\n\n---\n\nend\n`;
    const tree = reparseReading(breaks, breaks.replace('middle', 'a: b')).tree;
    expect(tree ?? parse(breaks.replace('middle', 'a: b'))).toEqual(
      parse(breaks.replace('middle', 'a: b')),
    );
  });
});

/** A random edit: a span of the page replaced by fragments of page syntax (or cut). */
const fragment = fc.constantFrom(
  '\n',
  '\n\n',
  '\r\n',
  ':::',
  ':::status[T]{#e-1 status=ongoing}\n',
  ':::\n',
  '::status-ref{id=a-1}\n',
  '```',
  '```\n',
  '~~~\n',
  '<!--',
  '-->',
  '<div>\n',
  '- ',
  '1. ',
  '> ',
  '    ',
  '# ',
  '---\n',
  '===\n',
  '[x]: /y\n',
  '[x]',
  '*',
  '"',
  '{',
  '}',
  'word ',
  '::action[A]{#e-1-a1 status=ongoing}\n',
  'title: X\n',
  '\t',
);
const edit = fc.record({
  at: fc.double({min: 0, max: 1, noNaN: true}),
  cut: fc.nat({max: 40}),
  insert: fc.array(fragment, {maxLength: 4}).map((parts) => parts.join('')),
});
const start = fc.oneof(
  fc.constantFrom(...fixtures, LONG),
  fc.array(fragment, {maxLength: 40}).map((parts) => parts.join('')),
);

function applyEdit(text: string, e: {at: number; cut: number; insert: string}): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(at + e.cut);
}

describe('incremental parsing equals parsing from scratch', () => {
  test('trees after a sequence of random edits', () => {
    let reused = 0;
    let edited = 0;
    fc.assert(
      fc.property(start, fc.array(edit, {minLength: 1, maxLength: 6}), (first, edits) => {
        let syntax: PageSyntax = syntaxOf(first);
        for (const e of edits) {
          const value = applyEdit(syntax.value, e);
          const partial = reparseMarkdown(syntax, value, parse);
          if (partial) reused++;
          edited++;
          const tree = partial ?? parse(value);
          expect(tree).toEqual(parse(value));
          syntax = {value, tree};
        }
      }),
      {numRuns: 800},
    );
    // Not a vacuous pass: most edits were re-parsed in part.
    expect(reused / edited).toBeGreaterThan(0.3);
  });

  test('parsePageSyntax gives parsePage’s items and messages after each edit', () => {
    fc.assert(
      fc.property(start, fc.array(edit, {minLength: 1, maxLength: 4}), (first, edits) => {
        let value = first;
        let syntax = parsePageSyntax({path: 'p.md', value}, config).syntax;
        for (const e of edits) {
          value = applyEdit(value, e);
          const result = parsePageSyntax({path: 'p.md', value}, config, syntax);
          const full = parsePage({path: 'p.md', value}, config);
          expect(result.parsed).toEqual(full);
          expect(result.parsed.messages.map(String)).toEqual(full.messages.map(String));
          syntax = result.syntax;
        }
      }),
      {numRuns: 200},
    );
  });
});
