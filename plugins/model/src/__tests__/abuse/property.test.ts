import fc from 'fast-check';
import {join} from 'node:path';
import {loadModelConfig} from '../../config.js';
import {parsePage} from '../../parse.js';
import {customId} from '../../sections.js';
import {plainText, trimLineEnds} from '../../text.js';
import {aliasFrontMatter, deepNesting, whitespaceRun} from '../../../test/abuse/generators.js';
import {PROTOTYPE_NAMES} from '../../../test/abuse/prototype-names.js';
import {formulaCell} from '../../../test/abuse/formula-cells.js';

// The standing abuse suite's property tests (issue 18): any mix of the hostile generators yields items or
// diagnostics with places inside the file, never a throw. Time is measured by `npm run bench:abuse`.
const {config} = loadModelConfig({docsDir: join(__dirname, '..', '..', '..', 'test', 'registry')});

const prototypeBlock = fc
  .constantFrom(...PROTOTYPE_NAMES)
  .map((name) => `:::status[${name}]{#${name} status=ongoing owner=${name} nexus=${name}}\n:::\n`);
const piece = fc.oneof(
  whitespaceRun,
  deepNesting(40),
  prototypeBlock,
  formulaCell,
  fc.constantFrom(
    '\n',
    '\n\n',
    '## ',
    '{#',
    '}',
    ':::status[T]{#a status=ongoing}\n',
    ':::\n',
    'a',
  ),
);
const hostilePage = fc
  .tuple(fc.option(aliasFrontMatter), fc.array(piece, {maxLength: 12}))
  .map(([front, pieces]) => (front ?? '') + pieces.join(''));

test('hostile pages give items or placed diagnostics, never a throw', () => {
  fc.assert(
    fc.property(hostilePage, (value) => {
      const {items, messages} = parsePage({path: 'p.md', value}, config);
      const lines = value.split(/\r\n|\r|\n/).length;
      for (const message of messages) {
        expect(message.ruleId).toBeTruthy();
        expect(message.ruleId).not.toBe('internal-error');
        expect(message.line ?? 1).toBeLessThanOrEqual(lines);
      }
      for (const item of items) expect(typeof item.id).toBe('string');
    }),
    {numRuns: 60},
  );
});

test('trimLineEnds equals the regex it replaced', () => {
  const text = fc
    .array(fc.constantFrom('a', ' ', '\t', '\n', 'b'), {maxLength: 40})
    .map((c) => c.join(''));
  fc.assert(
    fc.property(text, (value) => {
      expect(trimLineEnds(value)).toBe(value.replace(/[ \t]+\n/g, '\n').replace(/[ \t]+$/, ''));
    }),
  );
});

test('customId equals the regex it replaced', () => {
  const OLD = /\s*\{#(?<id>(?:.(?!\{#|\}))*.)\}$/;
  const text = fc
    .array(fc.constantFrom('a', ' ', '{', '#', '}', '{#', '\n', 'x'), {maxLength: 16})
    .map((c) => c.join(''));
  fc.assert(
    fc.property(text, (raw) => {
      const old = OLD.exec(raw);
      const expected = old?.groups
        ? {text: raw.slice(0, old.index), anchor: old.groups.id!.trim()}
        : undefined;
      expect(customId(raw)).toEqual(expected);
    }),
    {numRuns: 2000},
  );
});

test('plainText keeps text and drops trailing spaces of every line', () => {
  const para = (value: string) => ({
    type: 'paragraph' as const,
    children: [{type: 'text' as const, value}],
  });
  expect(plainText([para(`a${' '.repeat(1000)}b   `), para('c\t')], '')).toBe(
    `a${' '.repeat(1000)}b\nc`,
  );
});
