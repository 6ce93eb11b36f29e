import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Diagnostic} from 'vscode-languageserver-protocol';
import {makeSite} from './client';
import {useCheckedSite, type Problem} from './kb-check';

// Every parser fixture of the model as a page of one site: the server's diagnostics for each page are
// `kb check`'s problems for it (text, place, severity, rule id), site-wide ones (ids duplicated across
// the fixtures) included.
const FIXTURES = join(__dirname, '..', '..', '..', 'model', 'test', 'fixtures');
const names = readdirSync(FIXTURES).sort();

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

const site = useCheckedSite(() =>
  makeSite(
    Object.fromEntries(
      names.map((name) => [
        `${name}/input.md`,
        readFileSync(join(FIXTURES, name, 'input.md'), 'utf8'),
      ]),
    ),
  ),
);

test('kb check finds problems in the fixtures (the comparison is not empty)', () => {
  expect(site.expected.length).toBeGreaterThan(50);
  expect(new Set(site.expected.map((p) => p.ruleId)).size).toBeGreaterThan(15);
});

describe('diagnostics of each parser fixture equal kb check', () => {
  for (const name of names) {
    test(name, async () => {
      const file = `docs/${name}/input.md`;
      const text = readFileSync(join(site.root, file), 'utf8');
      const diagnostics = await site.client.open(`${name}/input.md`, text);
      expect(diagnostics.map((d) => asProblem(file, text, d))).toEqual(
        site.expected
          .filter((p) => p.file === file)
          .map(({line, column, severity, ruleId, message}) => ({
            file,
            line,
            column,
            severity,
            ruleId,
            message,
          })),
      );
      for (const d of diagnostics) {
        expect(d.source).toBe('kmportal');
        expect(d.codeDescription?.href).toMatch(/#[a-z-]+$/);
      }
    });
  }
});
