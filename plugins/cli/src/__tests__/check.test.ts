import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {main} from '../main.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: (cwd: string) => ({
      cwd,
      stdout: {write: (text: string) => out.push(text)},
      stderr: {write: (text: string) => err.push(text)},
    }),
  };
}

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-check-'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(
    join(dir, 'docs', 'units.yml'),
    '- code: OES\n  name: Office of the Executive Secretary\n',
  );
  writeFileSync(
    join(dir, 'docs', 'nexus.yml'),
    '- slug: smart-cities\n  title: Cities\n  description: Cities.\n',
  );
  for (const [name, text] of Object.entries(pages)) writeFileSync(join(dir, 'docs', name), text);
  return dir;
}

describe('kb check', () => {
  test('prints one line per problem, a summary, and exits 1 on errors', async () => {
    const dir = site({
      'a.md': ':::status[A]{#a-1 status=ongoign owner=OSE}\n:::\n',
      'b.md': ':::status[B]{#a-1 status=completed}\n:::\n',
    });
    const {out, io} = capture();
    const code = await main(['check'], io(dir));
    const lines = out.join('').trimEnd().split('\n');
    expect(code).toBe(1);
    expect(lines.slice(0, -1)).toMatchInlineSnapshot(`
     [
       "docs/a.md:1:26  Unknown status \`ongoign\`, expected one of \`not-started\`, \`planned\`, \`ongoing\`, \`delayed\`, \`completed\`, \`continuing\` or \`cancelled\`. Did you mean \`ongoing\`?  [unknown-status]",
       "docs/a.md:1:40  Unknown unit \`OSE\` in \`owner\`, expected a code from \`units.yml\`. Did you mean \`OES\`?  [unknown-unit]",
       "docs/b.md:1:1  Duplicate id \`a-1\`: also used at docs/a.md:1:1. Ids must be unique across the site; rename one of them.  [duplicate-id]",
     ]
    `);
    expect(lines.at(-1)).toMatch(
      /^✖ 3 errors, 0 warnings in 2 files: 2 pages and 2 status items checked in \d+ ms$/,
    );
  });

  test('exits 0 with a clean summary when all is well', async () => {
    const dir = site({
      'a.md': ':::status[A]{#a-1 status=ongoing owner=OES nexus=smart-cities sdg=11.2}\n:::\n',
    });
    const {out, io} = capture();
    expect(await main(['check', 'docs'], io(dir))).toBe(0);
    expect(out.join('')).toMatch(/^✔ no problems: 1 page and 1 status item checked in \d+ ms\n$/);
  });

  test('--format json gives versioned, machine-readable problems', async () => {
    const dir = site({'a.md': '---\ntype: evaluaton\n---\n'});
    const {out, io} = capture();
    expect(await main(['check', '--format', 'json'], io(dir))).toBe(1);
    const report = JSON.parse(out.join(''));
    expect(report).toMatchObject({version: 1, pages: 1, items: 0, errors: 1, warnings: 0});
    expect(report.problems[0]).toMatchObject({
      file: 'docs/a.md',
      line: 2,
      column: 7,
      severity: 'error',
      ruleId: 'unknown-page-type',
    });
  });

  test('usage errors exit 2 with help', async () => {
    const {err, io} = capture();
    expect(await main(['chek'], io(tmpdir()))).toBe(2);
    expect(err.join('')).toMatch(/unknown command `chek`/);
    expect(await main(['check', '--format', 'xml'], io(tmpdir()))).toBe(2);
    expect(await main(['check', 'no-such-dir'], io(tmpdir()))).toBe(2);
    expect(err.join('')).toMatch(/no folder no-such-dir/);
  });
});
