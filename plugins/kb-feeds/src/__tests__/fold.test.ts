import fc from 'fast-check';
import {foldLines as icalFoldLines} from 'ical-generator';
import {foldLines} from '../fold';

// The calendars' lines are folded by kb-feeds (ical-generator 10's fold is slow): the text must be the one
// ical-generator writes, whatever the characters (astral, lone surrogates, CJK, controls) and lengths.

const line = fc.string({unit: 'binary', maxLength: 400});
const text = fc.array(line, {maxLength: 6}).map((lines) => lines.join('\r\n'));

describe('foldLines', () => {
  test('folds as ical-generator does, byte for byte', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(foldLines(input)).toBe(icalFoldLines(input));
      }),
      {numRuns: 2000},
    );
  });

  test('lines of 75 octets at most, a continuation starting with a space, a character never split', () => {
    const input = `DESCRIPTION:${'é'.repeat(40)}😀${'x'.repeat(80)}\r\nSUMMARY:short`;
    const folded = foldLines(input);
    expect(folded.split('\r\n').map((l) => Buffer.byteLength(l))).toEqual([74, 75, 29, 13]);
    expect(folded.replace(/\r\n /g, '')).toBe(input);
    expect(folded).toBe(icalFoldLines(input));
  });
});
