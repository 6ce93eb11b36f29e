import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Diagnostic} from 'vscode-languageserver-protocol';
import {makeSite, startClient, type TestClient} from './client';

// Every parser fixture of the model as a page of one site: the server's diagnostics for each page are
// `kb check`'s problems for it (text, place, severity, rule id), site-wide ones (ids duplicated across
// the fixtures) included.
const FIXTURES = join(__dirname, '..', '..', '..', 'model', 'test', 'fixtures');
const KB = join(__dirname, '..', '..', '..', 'cli', 'bin', 'kb.js');
const names = readdirSync(FIXTURES).sort();

interface Problem {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: 'error' | 'warning';
  ruleId: string;
  message: string;
}

function kbCheck(root: string): Problem[] {
  let output: string;
  try {
    output = execFileSync(process.execPath, [KB, 'check', '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
    });
  } catch (error) {
    output = (error as {stdout: string}).stdout;
  }
  return (JSON.parse(output) as {problems: Problem[]}).problems;
}

/** A diagnostic in `kb check`'s terms: columns as the model counts them (after a byte-order mark on line 1). */
function asProblem(file: string, text: string, d: Diagnostic): Problem {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const column = (line: number, character: number) => character + 1 - (line === 0 ? bom : 0);
  return {
    file,
    line: d.range.start.line + 1,
    column: column(d.range.start.line, d.range.start.character),
    severity: d.severity === 1 ? 'error' : 'warning',
    ruleId: String(d.code),
    message: d.message,
  };
}

jest.setTimeout(60_000);

let root: string;
let client: TestClient;
let expected: Problem[];

beforeAll(async () => {
  const pages = Object.fromEntries(
    names.map((name) => [
      `${name}/input.md`,
      readFileSync(join(FIXTURES, name, 'input.md'), 'utf8'),
    ]),
  );
  root = makeSite(pages);
  expected = kbCheck(root).map(({file, line, column, severity, ruleId, message}) => ({
    file,
    line,
    column,
    severity,
    ruleId,
    message,
  }));
  client = await startClient(root);
});

afterAll(() => client.stop());

test('kb check finds problems in the fixtures (the comparison is not empty)', () => {
  expect(expected.length).toBeGreaterThan(50);
  expect(new Set(expected.map((p) => p.ruleId)).size).toBeGreaterThan(15);
});

describe('diagnostics of each parser fixture equal kb check', () => {
  for (const name of names) {
    test(name, async () => {
      const file = `docs/${name}/input.md`;
      const text = readFileSync(join(root, file), 'utf8');
      const diagnostics = await client.open(`${name}/input.md`, text);
      expect(diagnostics.map((d) => asProblem(file, text, d))).toEqual(
        expected.filter((p) => p.file === file),
      );
      for (const d of diagnostics) {
        expect(d.source).toBe('kmportal');
        expect(d.codeDescription?.href).toMatch(/#[a-z-]+$/);
      }
    });
  }
});
