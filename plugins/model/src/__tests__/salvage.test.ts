import fc from 'fast-check';
import {join} from 'node:path';
import {VFile} from 'vfile';
import {loadModelConfig} from '../config.js';
import {formatMessage} from '../diagnostics.js';
import {pairStatusBlocks, parseMarkdown, parsePage, sourceDigest} from '../index';
import {repairedOpening} from '../salvage.js';
import {scanOpening} from '../opening.js';

const {config} = loadModelConfig({docsDir: join(__dirname, '..', '..', 'test', 'registry')});

const parse = (value: string) => parsePage({path: 'p.md', value}, config);

describe('salvaged blocks', () => {
  test('a malformed opening is rewritten from what its scan read', () => {
    const rewrite = (line: string) => repairedOpening(line, scanOpening(line)!);
    expect(rewrite(':::status[A]{#a-1 status=ongoing owner="OES}')).toBe(
      ':::status[A]{#a-1 status="ongoing"}',
    );
    expect(rewrite('> :::status[B] {#b-1 .x note=\'say "hi"\'}')).toBe(
      '> :::status[B]{#b-1 .x note=\'say "hi"\'}',
    );
    expect(rewrite(':::status[C [x] {#c-1 flag}')).toBe(':::status[C x]{#c-1 flag=""}');
  });

  test('places are the page’s: CRLF and a byte-order mark, offsets slicing the block', () => {
    const value =
      '\uFEFF# T\r\n\r\n:::status[A]{#a-1 status=ongoing owner="OES}\r\nBody.\r\n:::\r\n';
    const {items, messages} = parse(value);
    expect(messages.map(formatMessage)).toEqual([
      'p.md:3:45: Malformed status block opening at column 45: found the end of the line, expected `"` to close the value of `owner` opened at column 40. The form is `:::status[Title]{#id status=ongoing owner="A,B"}` on one line.',
    ]);
    const [item] = items;
    expect(item).toMatchObject({id: 'a-1', status: 'ongoing', body: 'Body.', salvaged: true});
    const text = value.slice(1);
    expect(text.slice(item!.position.start.offset, item!.position.end.offset)).toBe(
      ':::status[A]{#a-1 status=ongoing owner="OES}\r\nBody.\r\n:::',
    );
    expect(item!.invalid).toEqual([
      expect.objectContaining({line: 3, column: 45, ruleId: 'malformed-attributes'}),
    ]);
  });

  test('a valid item has no `invalid`; one with a bad value keeps its other fields', () => {
    const {items} = parse(
      ':::status[A]{#a-1 status=ongoing due=2026-02-30 owner=OES}\n:::\n\n:::status[B]{#b-1 status=planned}\n:::\n',
    );
    expect(items[0]).toMatchObject({id: 'a-1', status: 'ongoing', owners: ['OES']});
    expect(items[0]!.invalid?.map((p) => p.ruleId)).toEqual(['invalid-date']);
    expect(items[1]!.invalid).toBeUndefined();
  });

  test('a tree’s blocks pair with the items that are not salvaged', () => {
    const value =
      ':::status[A]{#a-1 status=ongoing note="x}\n:::\n\n:::status[B]{#b-1 status=planned}\n:::\n';
    const parsed = {...parse(value), digest: sourceDigest(value)};
    const paired = pairStatusBlocks(parseMarkdown(new VFile({value})), value, parsed);
    expect(paired?.map((pair) => pair.item.id)).toEqual(['b-1']);
  });

  test('on any page, every malformed opening keeps its item, placed on its line', () => {
    const attribute = fc.constantFrom(
      ' #s-1',
      ' status=ongoing',
      ' owner="OES',
      " note='",
      ' x',
      '"',
      '{',
      ' ',
    );
    const opening = fc
      .tuple(
        fc.constantFrom('', '> ', '- '),
        fc.constantFrom('[T]', '[T', '[T] ', ''),
        fc.array(attribute),
      )
      .map(([prefix, label, attributes]) => `${prefix}:::status${label}{${attributes.join('')}`);
    const page = fc.array(fc.oneof(opening, fc.constantFrom(':::', 'Text.', '', '```')), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(page, (lines) => {
        const value = lines.join('\n');
        const {items, messages} = parse(value);
        const text = value;
        for (const item of items.filter((i) => i.salvaged)) {
          expect(text.slice(item.position.start.offset).startsWith(':::status')).toBe(true);
          expect(item.invalid?.length).toBeGreaterThan(0);
        }
        for (const message of messages.filter((m) => m.ruleId === 'malformed-attributes')) {
          expect(items.some((item) => item.position.start.line === message.line)).toBe(true);
        }
      }),
      {numRuns: 1000},
    );
  });
});
