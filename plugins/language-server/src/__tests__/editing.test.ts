import {execFileSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {TextDocument} from 'vscode-languageserver-textdocument';
import type {Diagnostic, Range} from 'vscode-languageserver-protocol';
import {loadModelConfig, parsePage} from '@kmportal/model';
import {makeSite, startClient, type TestClient} from './client';

// Keystrokes sent as incremental changes, as an editor sends them: the server re-parses only the blocks
// around each, and its diagnostics after every step are those of a full parse of the whole text (the
// model's `parsePage`), the last ones `kb check`'s for the saved page.
jest.setTimeout(60_000);

const KB = join(__dirname, '..', '..', '..', 'cli', 'bin', 'kb.js');
const REGISTRY = join(__dirname, '..', '..', '..', 'model', 'test', 'registry');
const {config} = loadModelConfig({docsDir: REGISTRY});

const BLOCK = (n: number) =>
  `:::status[Action ${n}]{#act-${n} status=ongoing owner=OES due=2030}\nBody of action ${n}.\n:::\n`;
const PAGE = `# Long plan\n\n${Array.from({length: 30}, (_, n) => `## Part ${n}\n\n${BLOCK(n)}`).join('\n')}`;

/** Diagnostics as `line:col rule`, and the same of the model's full parse of `text`. */
const shown = (diagnostics: Diagnostic[]) =>
  diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`);
const fullParse = (text: string) =>
  parsePage({path: 'docs/plan.md', value: text}, config).messages.map(
    (m) => `${m.line}:${m.column} ${m.ruleId}`,
  );

let root: string;
let client: TestClient;
let document: TextDocument;
const seen = new Set<string>();

/** Applies one change to the test's copy of the page and sends it; resolves with the diagnostics. */
async function type(range: Range, text: string): Promise<Diagnostic[]> {
  document = TextDocument.update(document, [{range, text}], document.version + 1);
  return client.edit('plan.md', [{range, text}]);
}

/** The range of `needle` (its `nth` occurrence), or an empty range after it when `after` is set. */
function rangeOf(needle: string, after = false): Range {
  const offset = document.getText().indexOf(needle);
  if (offset === -1) throw new Error(`${needle} not in the page`);
  const start = document.positionAt(after ? offset + needle.length : offset);
  return {start, end: after ? start : document.positionAt(offset + needle.length)};
}

beforeAll(async () => {
  root = makeSite({'plan.md': PAGE});
  client = await startClient(root);
  document = TextDocument.create(client.uri('plan.md'), 'markdown', 1, PAGE);
  expect(await client.open('plan.md')).toEqual([]);
});

afterAll(() => client.stop());

test.each([
  ['a typo typed into a status value', () => type(rangeOf('status=ongoing', true), 'x')],
  ['the typo taken out again', () => type(rangeOf('ongoingx'), 'ongoing')],
  ['a line added in an early block', () => type(rangeOf('Body of action 2.', true), '\nMore.')],
  ['a typo in a later block, one line further down', () => type(rangeOf('#act-20'), '#Act 20')],
  ['a code fence opened that hides every later block', () => type(rangeOf('## Part 12'), '```\n')],
  ['the fence closed further down', () => type(rangeOf('## Part 15'), '```\n')],
  ['a block’s closing fence deleted', () => type(rangeOf(':::\n\n## Part 25'), '\n## Part 25')],
  ['a duplicate id on the page', () => type(rangeOf('#act-28'), '#act-27')],
  [
    'several changes in one notification',
    async () => {
      const first = rangeOf('Body of action 5.', true);
      const second = rangeOf('Body of action 7.', true);
      document = TextDocument.update(
        document,
        [
          {range: second, text: ' with `code`'},
          {range: first, text: '\n\n> quoted'},
        ],
        document.version + 1,
      );
      return client.edit('plan.md', [
        {range: second, text: ' with `code`'},
        {range: first, text: '\n\n> quoted'},
      ]);
    },
  ],
])('%s: the diagnostics of a full parse', async (_step, step) => {
  const diagnostics = await step();
  expect(shown(diagnostics)).toEqual(fullParse(document.getText()));
  for (const d of diagnostics) seen.add(String(d.code));
});

test('the steps met problems (the comparison is not empty), and kb check agrees at the end', () => {
  expect([...seen].sort()).toEqual([
    'duplicate-id',
    'invalid-id',
    'nested-block',
    'unclosed-block',
    'unclosed-fence',
    'unknown-status',
  ]);
  writeFileSync(join(root, 'docs', 'plan.md'), document.getText());
  let output: string;
  try {
    output = execFileSync(process.execPath, [KB, 'check', '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
    });
  } catch (error) {
    output = (error as {stdout: string}).stdout;
  }
  const problems = (
    JSON.parse(output) as {problems: {line: number; column: number; ruleId: string}[]}
  ).problems;
  expect(problems.map((p) => `${p.line}:${p.column} ${p.ruleId}`)).toEqual(
    fullParse(document.getText()),
  );
});
