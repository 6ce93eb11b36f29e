import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {main} from '../main.js';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-check-versions-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), {recursive: true});
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function check(dir: string, args: string[] = []) {
  const out: string[] = [];
  const io = {cwd: dir, stdout: {write: (t: string) => out.push(t)}, stderr: {write: () => {}}};
  const code = await main(['check', '--no-color', ...args], io);
  const lines = out.join('').trimEnd().split('\n');
  return {code, problems: lines.slice(0, -1), summary: lines.at(-1)};
}

const registries = {
  'units.yml': '- code: OES\n  name: Office of the Executive Secretary\n',
  'nexus.yml': '- slug: smart-cities\n  title: Cities\n  description: Cities.\n',
};
const folder = (root: string, pages: Record<string, string>) =>
  Object.fromEntries(
    Object.entries({...registries, ...pages}).map(([name, text]) => [`${root}/${name}`, text]),
  );

describe('kb check over docs versions', () => {
  test('checks versioned_docs too; an id kept by a version is not a duplicate', async () => {
    const item = ':::status[A]{#a-1 status=ongoing owner=OES}\n:::\n';
    const dir = site({
      'versions.json': '["1.0"]',
      ...folder('docs', {'a.md': item}),
      ...folder('versioned_docs/version-1.0', {
        'a.md': item,
        'b.md': ':::status[B]{#a-1 status=ongoign}\n:::\n',
      }),
    });
    const {code, problems, summary} = await check(dir);
    expect(code).toBe(1);
    expect(problems).toMatchInlineSnapshot(`
     [
       "versioned_docs/version-1.0/b.md:1:1  Duplicate id \`a-1\`: also used at versioned_docs/version-1.0/a.md:1:1. Ids must be unique across the site; rename one of them.  [duplicate-id]",
       "versioned_docs/version-1.0/b.md:1:26  Unknown status \`ongoign\`, expected one of \`not-started\`, \`planned\`, \`ongoing\`, \`delayed\`, \`completed\`, \`continuing\` or \`cancelled\`. Did you mean \`ongoing\`?  [unknown-status]",
     ]
    `);
    expect(summary).toMatch(/^✖ 2 errors, 0 warnings in 1 file: 3 pages and 3 status items/);
  });

  test('a version in versions.json without its folder is reported', async () => {
    const dir = site({'versions.json': '["2.0"]', ...folder('docs', {'a.md': '# A\n'})});
    const {code, problems} = await check(dir);
    expect(code).toBe(1);
    expect(problems).toMatchInlineSnapshot(`
     [
       "versions.json:1:1  Version \`2.0\` has no folder \`versioned_docs/version-2.0\`: Docusaurus stops the build. Create it with \`docusaurus docs:version 2.0\` or remove the name from versions.json.  [missing-version-folder]",
     ]
    `);
  });

  test('a broken versions.json is reported and the docs folder still checked', async () => {
    const dir = site({'versions.json': '["1.0"', ...folder('docs', {'a.md': '# A\n'})});
    const {problems, summary} = await check(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^versions\.json:1:1 {2}Expected a JSON array of version names/);
    expect(summary).toMatch(/1 page and 0 status items/);
  });
});
