import {mkdtempSync, mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {main} from '../main.js';

// Issue 18 (4): exit codes 0 clean, 1 problems found, 2 could not run — hostile pages are problems (1),
// a failure of the checker itself is not (2).
const failing = {on: false};
jest.mock('../check-versions.js', () => {
  const actual = jest.requireActual('../check-versions.js');
  return {
    ...actual,
    loadAllVersions: (...args: unknown[]) =>
      failing.on ? Promise.reject(new Error('worker exited')) : actual.loadAllVersions(...args),
  };
});

function run(dir: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    cwd: dir,
    stdout: {write: (text: string) => out.push(text)},
    stderr: {write: (text: string) => err.push(text)},
  };
  return main(['check', 'docs', '--no-color'], io).then((code) => ({code, out, err}));
}

function hostileSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-check-exit-'));
  const docs = join(dir, 'docs');
  mkdirSync(docs);
  writeFileSync(join(docs, 'units.yml'), '- code: OES\n  name: Office\n');
  writeFileSync(join(docs, 'nexus.yml'), '- slug: a\n  title: A\n  description: A.\n');
  writeFileSync(join(docs, 'alias.md'), '---\ndescription: *Important*\n---\n');
  writeFileSync(join(docs, 'deep.md'), `${'> '.repeat(7000)}x\n`);
  writeFileSync(join(docs, '100%.md'), '---\nslug: /a%zz\n---\n');
  symlinkSync('..', join(docs, 'parent'));
  symlinkSync('/etc/passwd', join(docs, 'passwd.md'));
  return dir;
}

afterEach(() => {
  failing.on = false;
});

test('hostile pages are problems found: exit 1, each with its file', async () => {
  const {code, out, err} = await run(hostileSite());
  expect(code).toBe(1);
  expect(err).toEqual([]);
  const rules = out.join('').match(/\[[a-z-]+\]$/gm);
  expect(rules).toEqual(['[frontmatter-yaml]', '[too-deep]', '[symlink]', '[symlink]']);
});

test('a clean site exits 0', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-check-exit-'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'units.yml'), '- code: OES\n  name: Office\n');
  writeFileSync(join(dir, 'docs', 'nexus.yml'), '- slug: a\n  title: A\n  description: A.\n');
  writeFileSync(join(dir, 'docs', 'a.md'), ':::status[A]{#a status=ongoing owner=OES}\n:::\n');
  expect((await run(dir)).code).toBe(0);
});

test('a failure of the checker itself exits 2 with the reason on stderr', async () => {
  failing.on = true;
  const {code, out, err} = await run(hostileSite());
  expect([code, out, err]).toEqual([
    2,
    [],
    ['kb check: could not check docs: Error: worker exited\n'],
  ]);
});
