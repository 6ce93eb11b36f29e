// The module object itself (an `import * as` would be a copy): the package's git calls go through it.
import childProcess, {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {loadModelConfig} from '@kmportal/model';
import {clearStatusHistoryCache, pageStatusHistory} from '@kmportal/status-history';

// Scripted repositories: renames, merges, new commits seen by a long-running process, untracked files.
const {config} = loadModelConfig({
  docsDir: join(__dirname, '../../../../test/fixtures/mini-site/docs'),
});

function block(id: string, status: string, note = 'Body.'): string {
  return `:::status[Item ${id}]{#${id} status=${status} due=2030}\n${note}\n:::\n`;
}

function page(blocks: string[]): string {
  return `---\ntitle: Plan\n---\n\n${blocks.join('\n')}`;
}

const repos: string[] = [];

function newRepo(): string {
  const repo = mkdtempSync(join(tmpdir(), 'status-history-repo-'));
  repos.push(repo);
  execFileSync('git', ['init', '-q', '-b', 'main'], {cwd: repo});
  execFileSync('git', ['config', 'user.email', 'ci@example.org'], {cwd: repo});
  execFileSync('git', ['config', 'user.name', 'CI'], {cwd: repo});
  return repo;
}

function git(repo: string, args: string[], author = 'CI', date = '2024-01-01T10:00:00Z') {
  execFileSync('git', args, {
    cwd: repo,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: author,
      GIT_AUTHOR_EMAIL: `${author.toLowerCase()}@example.org`,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
}

function write(repo: string, path: string, text: string) {
  mkdirSync(dirname(join(repo, path)), {recursive: true});
  writeFileSync(join(repo, path), text);
}

/** Writes `path` and commits everything. */
function commit(repo: string, path: string, blocks: string[], author: string, date: string) {
  write(repo, path, page(blocks));
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', `${author} edits ${path}`], author, date);
}

function rows(repo: string, path: string, id: string, cwd = repo): string[] {
  return (pageStatusHistory(path, {cwd, config}).timelines[id] ?? []).map(
    (c) => `${c.date} ${c.author}: ${c.from ?? '∅'} → ${c.to}`,
  );
}

beforeEach(() => clearStatusHistoryCache());
afterEach(() => jest.restoreAllMocks());
afterAll(() => repos.forEach((repo) => rmSync(repo, {recursive: true, force: true})));

test('follows a page moved to another folder: its earlier history is kept', () => {
  const repo = newRepo();
  commit(repo, 'docs/a.md', [block('a', 'planned')], 'Ann', '2024-01-10T10:00:00Z');
  commit(repo, 'docs/a.md', [block('a', 'ongoing')], 'Ben', '2024-02-10T10:00:00Z');
  mkdirSync(join(repo, 'docs/b'));
  git(repo, ['mv', 'docs/a.md', 'docs/b/a.md']);
  git(repo, ['commit', '-q', '-m', 'move'], 'Cat', '2024-03-10T10:00:00Z');
  commit(repo, 'docs/b/a.md', [block('a', 'completed')], 'Dan', '2024-04-10T10:00:00Z');
  expect(rows(repo, 'docs/b/a.md', 'a')).toEqual([
    '2024-01-10 Ann: ∅ → planned',
    '2024-02-10 Ben: planned → ongoing',
    '2024-04-10 Dan: ongoing → completed',
  ]);
  // The old path no longer exists at HEAD; it has no page to show, and asking for it does not fail.
  expect(pageStatusHistory('docs/a.md', {cwd: repo, config}).availability).toBe('complete');
});

test('follows a page moved and edited in the same commit, recording the edit’s status change', () => {
  const repo = newRepo();
  const others = ['x', 'y', 'z'].map((id) => block(id, 'planned', `A longer body for ${id}.`));
  commit(repo, 'docs/a.md', [block('a', 'planned'), ...others], 'Ann', '2024-01-10T10:00:00Z');
  rmSync(join(repo, 'docs/a.md'));
  commit(
    repo,
    'docs/moved/a.md',
    [block('a', 'delayed'), ...others],
    'Ben',
    '2024-02-10T10:00:00Z',
  );
  expect(rows(repo, 'docs/moved/a.md', 'a')).toEqual([
    '2024-01-10 Ann: ∅ → planned',
    '2024-02-10 Ben: planned → delayed',
  ]);
  expect(rows(repo, 'docs/moved/a.md', 'x')).toEqual(['2024-01-10 Ann: ∅ → planned']);
});

test('a merged branch’s change is recorded once, on its own commit, not undone and redone', () => {
  const repo = newRepo();
  commit(
    repo,
    'docs/a.md',
    [block('a', 'planned'), block('b', 'planned')],
    'Ann',
    '2024-01-10T10:00:00Z',
  );
  git(repo, ['checkout', '-q', '-b', 'side']);
  commit(
    repo,
    'docs/a.md',
    [block('a', 'planned'), block('b', 'ongoing')],
    'Ben',
    '2024-02-10T10:00:00Z',
  );
  git(repo, ['checkout', '-q', 'main']);
  commit(
    repo,
    'docs/a.md',
    [block('a', 'ongoing'), block('b', 'planned')],
    'Cat',
    '2024-02-20T10:00:00Z',
  );
  git(repo, ['merge', '-q', '--no-edit', 'side'], 'Dan', '2024-03-10T10:00:00Z');
  expect(rows(repo, 'docs/a.md', 'a')).toEqual([
    '2024-01-10 Ann: ∅ → planned',
    '2024-02-20 Cat: planned → ongoing',
  ]);
  expect(rows(repo, 'docs/a.md', 'b')).toEqual([
    '2024-01-10 Ann: ∅ → planned',
    '2024-02-10 Ben: planned → ongoing',
  ]);
});

test('a long-running process sees new commits, also once refs are packed', () => {
  const repo = newRepo();
  commit(repo, 'docs/a.md', [block('a', 'planned')], 'Ann', '2024-01-10T10:00:00Z');
  expect(rows(repo, 'docs/a.md', 'a')).toEqual(['2024-01-10 Ann: ∅ → planned']);
  commit(repo, 'docs/a.md', [block('a', 'ongoing')], 'Ben', '2024-02-10T10:00:00Z');
  expect(rows(repo, 'docs/a.md', 'a')).toHaveLength(2);
  git(repo, ['pack-refs', '--all']);
  commit(repo, 'docs/a.md', [block('a', 'completed')], 'Cat', '2024-03-10T10:00:00Z');
  expect(rows(repo, 'docs/a.md', 'a').at(-1)).toBe('2024-03-10 Cat: ongoing → completed');
  git(repo, ['pack-refs', '--all']);
  git(repo, ['reset', '-q', '--hard', 'HEAD~1']);
  expect(rows(repo, 'docs/a.md', 'a').at(-1)).toBe('2024-02-10 Ben: planned → ongoing');
  // A detached HEAD is a commit id in `.git/HEAD`.
  git(repo, ['checkout', '-q', '--detach', 'HEAD~1']);
  expect(rows(repo, 'docs/a.md', 'a')).toEqual(['2024-01-10 Ann: ∅ → planned']);
});

test('a production build reads the repository once: a commit during the build is not seen', () => {
  const repo = newRepo();
  commit(repo, 'docs/a.md', [block('a', 'planned')], 'Ann', '2024-01-10T10:00:00Z');
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    clearStatusHistoryCache();
    expect(rows(repo, 'docs/a.md', 'a')).toEqual(['2024-01-10 Ann: ∅ → planned']);
    commit(repo, 'docs/a.md', [block('a', 'ongoing')], 'Ben', '2024-02-10T10:00:00Z');
    expect(rows(repo, 'docs/a.md', 'a')).toHaveLength(1);
    clearStatusHistoryCache();
    expect(rows(repo, 'docs/a.md', 'a')).toHaveLength(2);
  } finally {
    process.env.NODE_ENV = before;
    clearStatusHistoryCache();
  }
});

test('reads the history once per HEAD: one `git log` and one `git cat-file` for every page, whatever the cwd', () => {
  const repo = newRepo();
  for (const name of ['a', 'b', 'c']) {
    commit(repo, `docs/${name}.md`, [block(name, 'planned')], 'Ann', '2024-01-10T10:00:00Z');
    commit(repo, `docs/${name}.md`, [block(name, 'ongoing')], 'Ben', '2024-02-10T10:00:00Z');
  }
  write(repo, 'docs/untracked.md', page([block('u', 'planned')]));
  write(repo, '.gitignore', 'ignored/\n');
  write(repo, 'ignored/page.md', page([block('i', 'planned')]));
  const spawned: string[] = [];
  const real = childProcess.execFileSync;
  jest.spyOn(childProcess, 'execFileSync').mockImplementation(((
    file: string,
    args: string[],
    options: object,
  ) => {
    spawned.push(args.find((arg) => !arg.startsWith('-') && !arg.includes('=')) ?? '');
    return real(file, args, options);
  }) as typeof childProcess.execFileSync);
  const docs = join(repo, 'docs');
  for (const name of ['a', 'b', 'c', 'untracked']) {
    pageStatusHistory(join(docs, `${name}.md`), {cwd: docs, config}); // the remark plugin
    pageStatusHistory(join(docs, `${name}.md`), {cwd: docs, config}); // the client compiler
    pageStatusHistory(`docs/${name}.md`, {cwd: repo, config}); // the exports
  }
  expect(pageStatusHistory('ignored/page.md', {cwd: repo, config}).timelines).toEqual({});
  expect(spawned).toEqual(['rev-parse', 'log', 'cat-file', 'rev-parse']);
  expect(rows(repo, 'docs/c.md', 'c')).toEqual([
    '2024-01-10 Ann: ∅ → planned',
    '2024-02-10 Ben: planned → ongoing',
  ]);
});

test('says the history is not available when git is not installed, and does not throw', () => {
  const repo = newRepo();
  commit(repo, 'docs/a.md', [block('a', 'planned')], 'Ann', '2024-01-10T10:00:00Z');
  const path = process.env.PATH;
  const infos: string[] = [];
  try {
    process.env.PATH = join(repo, 'no-bin');
    const history = pageStatusHistory('docs/a.md', {
      cwd: repo,
      config,
      onPartial: (m) => infos.push(m),
    });
    expect(history).toEqual({
      availability: 'unavailable',
      reason: 'the `git` command was not found',
      timelines: {},
    });
  } finally {
    process.env.PATH = path;
  }
  expect(infos).toEqual(['Status history is not available: the `git` command was not found.']);
});

test('a repository without a commit yet has no history, and says so', () => {
  const repo = newRepo();
  write(repo, 'docs/a.md', page([block('a', 'planned')]));
  const history = pageStatusHistory('docs/a.md', {cwd: repo, config});
  expect(history).toMatchObject({availability: 'unavailable', timelines: {}});
  expect(history.reason).toMatch(/HEAD/);
});

test('a page in a linked work tree reads the shared history', () => {
  const repo = newRepo();
  commit(repo, 'docs/a.md', [block('a', 'planned')], 'Ann', '2024-01-10T10:00:00Z');
  const linked = `${repo}-linked`;
  git(repo, ['worktree', 'add', '-q', '-b', 'other', linked]);
  repos.push(linked);
  commit(linked, 'docs/a.md', [block('a', 'ongoing')], 'Ben', '2024-02-10T10:00:00Z');
  expect(rows(linked, 'docs/a.md', 'a')).toEqual([
    '2024-01-10 Ann: ∅ → planned',
    '2024-02-10 Ben: planned → ongoing',
  ]);
  expect(rows(repo, 'docs/a.md', 'a')).toEqual(['2024-01-10 Ann: ∅ → planned']);
});
