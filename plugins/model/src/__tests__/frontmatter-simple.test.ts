import fc from 'fast-check';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {isScalar, isSeq, LineCounter, parseDocument, visit, type Document} from 'yaml';
import {simpleFrontMatter} from '../frontmatter-simple.js';

// The parser warns of odd keys (`[a]: b`) the generated lines make: not what is tested here.
beforeAll(() => jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined));
afterAll(() => jest.restoreAllMocks());

/** What the model reads of a document: values, and every node's kind, type, range and source. */
function described(doc: Document, lines: LineCounter) {
  const nodes: unknown[] = [];
  visit(doc, (key, node) => {
    if (isScalar(node)) nodes.push(['scalar', key, node.value, node.type, node.range, node.source]);
    else if (isSeq(node)) nodes.push(['seq', key, node.items.length, node.flow, node.range]);
    else nodes.push([key, node && typeof node === 'object' ? Object.keys(node) : node]);
  });
  let js: string;
  try {
    js = JSON.stringify(doc.toJS({maxAliasCount: 50}));
  } catch (error) {
    js = String(error);
  }
  return {
    js,
    errors: doc.errors.length,
    warnings: doc.warnings.length,
    contents: doc.contents && Object.keys(doc.contents),
    range: doc.range,
    nodes,
    lineStarts: lines.lineStarts,
  };
}

/** The parser's document and, when the text is simple, the built one; both described. */
function both(value: string) {
  const parsedLines = new LineCounter();
  const parsed = described(
    parseDocument(value, {lineCounter: parsedLines, prettyErrors: false}),
    parsedLines,
  );
  const builtLines = new LineCounter();
  const doc = simpleFrontMatter(value, builtLines);
  return {parsed, built: doc && described(doc, builtLines), untouched: builtLines.lineStarts};
}

test('typical front matter is built without the parser, as the parser gives it', () => {
  const value = [
    'title: "Review statistics 152"',
    'type: action-plan',
    'owner: ECTD',
    'as_of: 2019-09-10',
    'sdg: ["17.14", "17.19"]',
    'nexus: [mobility-connectivity, smart-cities]',
    'description: "Évaluation: «suivi» des recommandations, 2021"',
  ].join('\n');
  const {parsed, built} = both(value);
  expect(built).toEqual(parsed);
});

test.each([
  'title: 12',
  'title: true',
  'draft: False',
  'key: null',
  'null: x',
  'k: -',
  'k: 1e3',
  'k: 2019',
  'k: 2019-9-10',
  'k: a: b',
  'k: a #comment',
  'k: "a\\"b"',
  "k: 'single'",
  'k: [a,b]',
  'k: []',
  'k: ["a, b"]',
  'k: [a, [b]]',
  'k: {a: b}',
  'k: a\nk: b',
  'k:  two spaces',
  'k: trailing ',
  ' k: indented',
  'k: a\n',
  'k: a\n\nl: b',
  'k: a\r\nl: b',
  'k: &x a\nl: *x',
  'k: |\n  block',
  'k: "emoji 🌍"',
  `k: ${'a'.repeat(600)}`,
  '',
])('%j is left to the parser', (value) => {
  const {built, untouched} = both(value);
  expect(built).toBeUndefined();
  expect(untouched).toEqual([]);
});

// Lines from pieces that YAML reads in many ways: the built document, when there is one, is the parser's.
const keyPiece = fc.constantFrom(
  'title',
  'type',
  'owner',
  'as_of',
  'sdg',
  'nexus',
  'Null',
  'y',
  '_x',
  'a-b',
  'k2',
);
// Pieces YAML reads as strings, mostly, and others it reads otherwise (numbers, booleans, nulls, escapes,
// comments, anchors, tags, odd spacing), or as errors.
const valuePiece = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'evaluation',
      'action-plan',
      'PMU',
      'two words',
      'v1.2/x',
      '2019-09-10',
      'No',
      '"quoted"',
      '"quoted, comma"',
      '"café: état"',
      '"17.14"',
      '"</script>"',
      '"«suivi» — état"',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'PMU,FHLM',
      'a  b',
      '2019-13-45',
      '2019',
      '12.5',
      '0x1F',
      '.inf',
      '-',
      'true',
      'TRUE',
      'null',
      '~',
      '"a\\nb"',
      "'single'",
      '"a\u00a0b\u3000c"',
      '"line\u2028separator"',
      '"next\u0085line"',
      '"bom\ufeffx"',
      '"tab\tx"',
      '"\\"',
      '"a"b"',
      '#comment',
      'x #comment',
      '*alias',
      '&anchor x',
      '!tag x',
      '@x',
      '`x`',
      '%x',
      'a:b',
      '?',
      '',
      ' ',
    ),
  },
);
const value = fc.oneof(
  valuePiece,
  fc.array(valuePiece, {minLength: 0, maxLength: 4}).map((items) => `[${items.join(', ')}]`),
  fc.array(valuePiece, {minLength: 1, maxLength: 3}).map((items) => `[${items.join(',')}]`),
);
const separator = fc.oneof(
  {weight: 8, arbitrary: fc.constant(': ')},
  {weight: 1, arbitrary: fc.constantFrom(':', ':  ', ' : ')},
);
const line = fc.tuple(keyPiece, separator, value).map((p) => p.join(''));

test('generated front matter: built exactly as parsed, or left to the parser', () => {
  let builtCount = 0;
  fc.assert(
    fc.property(
      fc.array(line, {minLength: 1, maxLength: 5}),
      fc.constantFrom('', '\n'),
      (lines, end) => {
        const {parsed, built, untouched} = both(lines.join('\n') + end);
        if (built) builtCount++;
        if (built) expect(built).toEqual(parsed);
        else expect(untouched).toEqual([]);
      },
    ),
    {numRuns: Number(process.env.FRONT_MATTER_RUNS ?? 3000)},
  );
  // Not a test of fall-backs alone: many generated texts are simple.
  expect(builtCount).toBeGreaterThan(Number(process.env.FRONT_MATTER_RUNS ?? 3000) / 40);
});

const FIXTURES = join(__dirname, '..', '..', 'test', 'fixtures');

test('the front matter of every fixture page: built exactly as parsed, or left to the parser', () => {
  let builtCount = 0;
  for (const name of readdirSync(FIXTURES)) {
    const text = readFileSync(join(FIXTURES, name, 'input.md'), 'utf8');
    const found = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
    if (!found) continue;
    const {parsed, built} = both(found[1]!);
    if (built) {
      builtCount++;
      expect(built).toEqual(parsed);
    }
  }
  expect(builtCount).toBeGreaterThan(0);
});
