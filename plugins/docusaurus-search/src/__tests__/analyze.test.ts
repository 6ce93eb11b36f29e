import {analyze, foldAccents, termOf, termPairs, tokenize} from '../client/analyze';

const raws = (text: string) => tokenize(text).map((token) => token.raw);

describe('tokenize', () => {
  test('keeps identifiers whole and also yields their parts', () => {
    expect(raws('See EXCOM/CONCLU/98 and A/RES/72/279.')).toEqual([
      'see',
      'excom/conclu/98',
      'excom',
      'conclu',
      '98',
      'and',
      'a/res/72/279',
      'a',
      'res',
      '72',
      '279',
    ]);
  });

  test('keeps dotted numbers whole, without splitting them into digits', () => {
    expect(raws('Indicator 11.2.1, target 6.a.')).toEqual([
      'indicator',
      '11.2.1',
      'target',
      '6.a',
      '6',
      'a',
      '6a',
    ]);
  });

  test('gives offsets into the original text', () => {
    const text = 'Le développement durable';
    for (const token of tokenize(text))
      expect(text.slice(token.start, token.end).toLowerCase()).toBe(token.raw);
  });

  test('yields the parts of camelCase words and runs of compound parts run together', () => {
    expect(raws('toHaveBeenCalledWith npm-dist-tag')).toMatchInlineSnapshot(`
[
  "tohavebeencalledwith",
  "to",
  "have",
  "been",
  "called",
  "with",
  "npm-dist-tag",
  "npm",
  "dist",
  "tag",
  "npmdist",
  "npmdisttag",
  "disttag",
]
`);
    // Pairs are of the words as written: the parts, not the whole or the runs.
    expect(termPairs('mockResolvedValue once')).toEqual(['mock resolv', 'resolv valu', 'valu onc']);
    expect(termPairs('npm-dist-tag')).toEqual(['npm dist', 'dist tag']);
  });

  test('splits on punctuation that does not join two word characters', () => {
    expect(raws('follow-up; (handover) notes… end.')).toEqual([
      'follow-up',
      'follow',
      'up',
      'followup',
      'handover',
      'notes',
      'end',
    ]);
  });
});

describe('terms', () => {
  test('folds accents, so a query typed without them matches', () => {
    expect(foldAccents('évaluation Ökonomie ё')).toBe('evaluation Okonomie е');
    expect(analyze('développement')).toEqual(analyze('developpement'));
  });

  test('stems English, French and Russian, and drops their stop words', () => {
    expect(analyze('recommendations recommendation')).toEqual(['recommend', 'recommend']);
    expect(analyze('les évaluations')).toEqual(analyze('évaluation'));
    expect(analyze('показателей')).toEqual(analyze('показатели'));
    expect(analyze('the and of')).toEqual([]);
  });

  test('leaves identifiers unstemmed', () => {
    expect(termOf({raw: 'excom/conclu/98', compound: true})).toBe('excom/conclu/98');
    expect(analyze('A/RES/72/279')).toContain('a/res/72/279');
  });

  test('pairs adjacent words, skipping identifier wholes', () => {
    const [management, response] = analyze('management response');
    expect(termPairs('management response')).toEqual([`${management} ${response}`]);
    expect(termPairs('the follow-up report')).toEqual(['follow up', 'up report']);
  });
});
