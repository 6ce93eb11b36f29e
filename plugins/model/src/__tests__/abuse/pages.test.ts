import {join} from 'node:path';
import {loadModelConfig} from '../../config.js';
import {formatMessage} from '../../diagnostics.js';
import type {BlockContent, Root} from 'mdast';
import {VFile} from 'vfile';
import {parsePage, readPage} from '../../parse.js';
import {aliasBomb} from '../../../test/abuse/generators.js';

// Issue 18 (4): hostile pages, generated here (never megabytes in git). Each yields items or
// diagnostics with a place, never a throw or a stack overflow.
const {config} = loadModelConfig({docsDir: join(__dirname, '..', '..', '..', 'test', 'registry')});

function check(value: string) {
  const {items, messages} = parsePage({path: 'page.md', value}, config);
  return {ids: items.map((item) => item.id), messages: messages.map(formatMessage)};
}

test('an unresolved YAML alias in front matter', () => {
  expect(check('---\ndescription: *Important*\n---\n# T\n').messages).toMatchInlineSnapshot(`
   [
     "page.md:2:14: Front matter uses the YAML alias \`*Important*\` but no anchor \`&Important*\` is defined before it. To write a value starting with \`*\`, quote it: \`"*Important*"\`.",
   ]
  `);
});

test('a billion-laughs alias bomb in front matter', () => {
  expect(check(`---\n${aliasBomb(9)}\n---\n`).messages).toMatchInlineSnapshot(`
   [
     "page.md:2:1: Front matter expands YAML aliases too many times (Excessive alias count indicates a resource exhaustion attack), the form of a "billion laughs" attack; at most 50 are allowed. Write the values out.",
   ]
  `);
});

test('an alias in front matter is resolved like its anchor', () => {
  const {messages} = parsePage(
    {path: 'page.md', value: '---\nx: &o [OES, NOPE]\nowner: *o\n---\n'},
    config,
  );
  expect(messages.map((m) => m.ruleId)).toEqual(['unknown-unit']);
});

test.each([
  ['7,000 nested block quotes', () => '> '.repeat(7000) + 'x\n'],
  ['7,000 nested lists', () => '- '.repeat(7000) + 'x\n'],
  [
    'a status block 7,000 levels deep',
    () => '> '.repeat(7000) + ':::status[T]{#a status=ongoing}\n:::\n',
  ],
])('%s are reported, not parsed', (_, make) => {
  const {messages} = check(make());
  expect(messages[0]).toMatch(
    /^page\.md:1:65: Line nested more than 32 levels deep \(`>` or list markers\)/,
  );
});

test('7,000 nested emphasis delimiters are reported, not parsed', () => {
  const {messages} = check('*a '.repeat(7000) + 'x' + ' b*'.repeat(7000) + '\n');
  expect(messages).toMatchInlineSnapshot(`
   [
     "page.md:1:1: Paragraph with 14000 runs of \`*\` or \`_\` (at most 1000): the Markdown parser needs time that grows with their square, so it is not read. Split it, or escape the characters as \`\\*\` and \`\\_\`.",
   ]
  `);
});

test('a tree deeper than the cap is cut with a diagnostic, iteratively', () => {
  // The remark plugin hands readPage a tree parsed elsewhere: 20,000 nested quotes around a block.
  let node: BlockContent = {type: 'paragraph', children: [{type: 'text', value: 'x'}]};
  for (let depth = 0; depth < 20000; depth++) node = {type: 'blockquote', children: [node]};
  const at = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 2, offset: 1}};
  const tree: Root = {
    type: 'root',
    children: [node, {type: 'paragraph', children: [], position: at}],
  };
  const file = new VFile({path: 'page.md', value: 'x'});
  const {messages} = readPage(tree, file, config);
  expect(messages.map(formatMessage)).toEqual([
    'page.md:1:1: Content nested more than 200 levels deep; what is deeper is not read. Flatten the nesting.',
  ]);
});

test('the rest of a page with one too-deep line is still read', () => {
  const value =
    ':::status[A]{#a status=ongoing}\nBody.\n:::\n\n' +
    '> '.repeat(100) +
    'x\n\n:::status[B]{#b status=planned}\n:::\n';
  const {ids, messages} = check(value);
  expect(ids).toEqual(['a', 'b']);
  expect(messages).toHaveLength(1);
});

test('code blocks with many underscores are not limited', () => {
  const code = Array.from({length: 2000}, () => 'snake_case_name = other_name_here').join('\n');
  expect(check('```python\n' + code + '\n```\n').messages).toEqual([]);
});

test('a slug or file name with a bare `%` keeps its text', () => {
  expect(check('---\nslug: /a%zz\n---\n').messages).toEqual([]);
});

test('an id with U+FEFF inside is reported, not truncated', () => {
  const shown = JSON.stringify(check(':::status[T]{#ab\uFEFFcd status=ongoing}\n:::\n'));
  expect(JSON.parse(shown.replaceAll('\uFEFF', '<U+FEFF>'))).toMatchInlineSnapshot(`
   {
     "ids": [
       "ab<U+FEFF>cd",
     ],
     "messages": [
       "page.md:1:14: Invalid id \`ab<U+FEFF>cd\`, expected lowercase letters, digits, \`-\`, \`_\` and \`.\`, starting with a letter or digit. Did you mean \`ab-cd\`? It contains the invisible character U+FEFF; retype it.",
     ],
   }
  `);
});
