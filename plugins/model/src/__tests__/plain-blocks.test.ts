import fc from 'fast-check';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {VFile} from 'vfile';
import {parseMarkdown, parseMarkdownFully} from '../parse-markdown.js';
import {cutPlainBlocks, restorePlainBlocks} from '../plain-blocks.js';

const FIXTURES = join(__dirname, '..', '..', 'test', 'fixtures');
const fixtures = readdirSync(FIXTURES)
  .sort()
  .map((name) => readFileSync(join(FIXTURES, name, 'input.md'), 'utf8'));

/** Both trees as JSON: the same nodes, fields in the same order, the same places. */
const fast = (value: string) => JSON.stringify(parseMarkdown(new VFile({value})));
const full = (value: string) => JSON.stringify(parseMarkdownFully(new VFile({value})));

/** Whether the fast path was taken (not a fall-back to the full parse). */
function cutUsed(value: string): boolean {
  const cut = cutPlainBlocks(value);
  if (!cut) return false;
  return (
    restorePlainBlocks(parseMarkdownFully(new VFile({value: cut.text})), value, cut) !== undefined
  );
}

const PROSE =
  'Regional member inter-agency report youth delayed ageing practice commission progress planned.';

/** Words of prose, some with the characters that start inline syntax or change a line's reading. */
const word = fc.constantFrom(
  'report',
  'inter-agency',
  'progress.',
  'items,',
  '(2021)',
  'café',
  'état',
  '12.5',
  '"quoted"',
  "it's",
  '#5',
  '{#a-1}',
  '*emphasis*',
  '_under_',
  '`code`',
  '[link](/x)',
  '[x]',
  '![img](/i.png)',
  '<b>',
  '&amp;',
  'http://example.org',
  ':status-ref{id=a-1}',
  'a\\',
  '\t',
  '  ',
  '~~',
  '|',
  '\u00a0',
  '\u0000',
);
/** A line of prose: starting with a letter (or not), possibly ending in spaces. */
const proseLine = fc
  .tuple(
    fc.constantFrom('Budget', 'x', 'Timeline', 'a', '1.', '- ', ' ', '    ', '> ', 'É'),
    fc.array(word, {maxLength: 14}),
    fc.constantFrom('', '', '', ' ', '  ', '\\', ':'),
  )
  .map(([first, words, end]) => `${first} ${words.join(' ')}${end}`);
const syntaxLine = fc.constantFrom(
  '',
  '',
  '',
  '  ',
  '\t',
  PROSE,
  PROSE,
  `${PROSE} ${PROSE}`,
  '```',
  '```js',
  '~~~',
  '    indented code',
  '<!--',
  '-->',
  '<div>',
  '</div>',
  '<script>',
  '</script>',
  '> quote',
  '>',
  '- item',
  '* item',
  '1. item',
  '  continued',
  ':::status[T]{#a-1 status=ongoing}',
  ':::',
  '::::note',
  '::::',
  '  :::note',
  '::status-ref{id=a-1}',
  '# Heading',
  '#tag',
  '##',
  '####### seven',
  '[a]:',
  '[a]: /url "title"',
  '   :::',
  '===',
  '---',
  'title: x',
  '[x]: /url',
  '[x]',
  '***',
  '| a | b |',
);
const line = fc.oneof(
  {arbitrary: syntaxLine, weight: 3},
  {arbitrary: proseLine, weight: 2},
  {arbitrary: fc.constantFrom('', PROSE), weight: 3},
);
const page = fc
  .tuple(
    fc.array(line, {maxLength: 40}),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.constantFrom(
      '',
      '',
      '',
      '\uFEFF',
      '---\ntitle: T\n---\n',
      '---\r\ntitle: T\r\nowner: PMU\r\n---\r\n',
      '---\rtitle: T\r---\r',
      '---\n\ntitle: T\n---\n',
      '---\ntitle: T\n\n---\n',
      '---\ntitle: T\n--- \nmore: x\n---\n',
      '---\na: 1\n----\nb: 2\n---\n',
      '---\n---\n',
      '--- \ntitle: T\n---\n',
      '---\ntitle: T\n---',
      '---\ntitle: T\n---x\n---\n',
      '\uFEFF---\ntitle: T\n---\n',
    ),
    fc.boolean(),
  )
  .map(([lines, eol, top, last]) => top + lines.join(eol) + (last ? eol : ''));

describe('parseMarkdown without reading plain paragraphs gives micromark’s own tree', () => {
  test('on arbitrary pages of prose and every kind of block around it', () => {
    let used = 0;
    let runs = 0;
    fc.assert(
      fc.property(page, (value) => {
        runs++;
        if (cutUsed(value)) used++;
        expect(fast(value)).toBe(full(value));
      }),
      {numRuns: 1500},
    );
    // Not a vacuous pass: many pages were read by the fast path.
    expect(used / runs).toBeGreaterThan(0.05);
  });

  test('on the parser fixtures', () => {
    for (const value of fixtures) expect(fast(value)).toBe(full(value));
  });

  test('front matter, prose after it, after a heading, in a status block up to its fence, and at the end', () => {
    const value = [
      '---',
      'title: Plan',
      '---',
      '',
      PROSE,
      '',
      '## Plan',
      `${PROSE}\r\n${PROSE}`,
      '',
      ':::status[A]{#a-1 status=ongoing}',
      PROSE,
      '',
      PROSE,
      '',
      PROSE,
      ':::',
      '',
      PROSE,
    ].join('\n');
    expect(cutUsed(value)).toBe(true);
    const cut = cutPlainBlocks(value)!;
    // The YAML, then the paragraphs with only blank lines between in one block each.
    expect(cut.yaml).toBe(cut.blocks[0]);
    expect(cut.blocks.map((block) => block.paragraphs.length)).toEqual([0, 1, 1, 3, 1]);
    expect(fast(value)).toBe(full(value));
  });

  test('prose that a fence, a comment or front matter takes in: the page is parsed whole', () => {
    for (const [open, close] of [
      ['```', '```'],
      ['<!--', '-->'],
      ['<script>', '</script>'],
      ['---', '---'],
      ['~~~', ''],
    ]) {
      const value = `${open}\n\n${PROSE}\n\n${PROSE}\n${close}\n`;
      expect(cutUsed(value)).toBe(false);
      expect(fast(value)).toBe(full(value));
    }
  });
});
