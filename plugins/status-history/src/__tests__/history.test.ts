import {execFileSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {loadModelConfig} from '@kmportal/model';
import {clearStatusHistoryCache, pageStatusHistory, statusesOf} from '@kmportal/status-history';

const {config} = loadModelConfig({
  docsDir: join(__dirname, '../../../../test/fixtures/mini-site/docs'),
});

function block(id: string, status: string): string {
  return `:::status[Item ${id}]{#${id} status=${status} due=2030}\nBody.\n:::\n`;
}

function commit(repo: string, author: string, date: string, blocks: string[]) {
  writeFileSync(join(repo, 'docs/plan.md'), `---\ntitle: Plan\n---\n\n${blocks.join('\n')}`);
  execFileSync('git', ['add', '.'], {cwd: repo});
  execFileSync(
    'git',
    ['commit', '-q', '-m', 'update', `--author=${author} <${author.toLowerCase()}@example.org>`],
    {
      cwd: repo,
      env: {...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date},
    },
  );
}

let repo: string;

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'status-history-'));
  mkdirSync(join(repo, 'docs'));
  execFileSync('git', ['init', '-q'], {cwd: repo});
  execFileSync('git', ['config', 'user.email', 'ci@example.org'], {cwd: repo});
  execFileSync('git', ['config', 'user.name', 'CI'], {cwd: repo});
  commit(repo, 'Ann', '2024-01-10T10:00:00Z', [block('a', 'planned'), block('b', 'planned')]);
  commit(repo, 'Ben', '2024-02-29T10:00:00Z', [block('a', 'ongoing'), block('b', 'planned')]);
  writeFileSync(join(repo, 'other.txt'), 'unrelated');
  execFileSync('git', ['add', '.'], {cwd: repo});
  execFileSync('git', ['commit', '-q', '-m', 'other'], {cwd: repo});
  commit(repo, 'Cat', '2024-06-30T10:00:00Z', [block('a', 'completed'), block('b', 'delayed')]);
});

afterAll(() => rmSync(repo, {recursive: true, force: true}));
beforeEach(() => clearStatusHistoryCache());

test('reads each item’s status changes with date, author and commit', () => {
  const history = pageStatusHistory('docs/plan.md', {cwd: repo, config});
  expect([history.availability, history.reason]).toEqual(['complete', undefined]);
  const rows = (id: string) =>
    history.timelines[id].map((c) => `${c.date} ${c.author}: ${c.from ?? '∅'} → ${c.to}`);
  expect(rows('a')).toEqual([
    '2024-01-10 Ann: ∅ → planned',
    '2024-02-29 Ben: planned → ongoing',
    '2024-06-30 Cat: ongoing → completed',
  ]);
  expect(rows('b')).toEqual(['2024-01-10 Ann: ∅ → planned', '2024-06-30 Cat: planned → delayed']);
  expect(history.timelines.a[0].commit).toMatch(/^[0-9a-f]{40}$/);
});

test('says a shallow clone gives a partial history, and logs it once', () => {
  const shallow = mkdtempSync(join(tmpdir(), 'status-history-shallow-'));
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
  const infos: string[] = [];
  const options = {cwd: shallow, config, onPartial: (m: string) => infos.push(m)};
  const history = pageStatusHistory('docs/plan.md', options);
  pageStatusHistory('docs/plan.md', options);
  expect(history.availability).toBe('shallow');
  expect(history.timelines.a.map((c) => `${c.from ?? '∅'} → ${c.to}`)).toEqual(['∅ → completed']);
  expect(infos).toEqual([
    'Status history is partial: the clone is shallow: older commits are missing.',
  ]);
  rmSync(shallow, {recursive: true, force: true});
});

test('says so, and does not throw, outside a git repository', () => {
  const plain = mkdtempSync(join(tmpdir(), 'status-history-plain-'));
  const infos: string[] = [];
  const history = pageStatusHistory('docs/plan.md', {
    cwd: plain,
    config,
    onPartial: (m) => infos.push(m),
  });
  expect(history).toMatchObject({availability: 'unavailable', timelines: {}});
  expect(infos[0]).toMatch(/^Status history is not available: .*not a git repository/);
  rmSync(plain, {recursive: true, force: true});
});

test('gives an empty timeline for a file git has never seen', () => {
  const history = pageStatusHistory('docs/new.md', {cwd: repo, config});
  expect(history).toEqual({availability: 'complete', timelines: {}});
});

test('works from a folder below the top of the work tree (the docs folder)', () => {
  const history = pageStatusHistory(join(repo, 'docs', 'plan.md'), {
    cwd: join(repo, 'docs'),
    config,
  });
  expect(history.timelines.a.map((c) => c.to)).toEqual(['planned', 'ongoing', 'completed']);
});

test('reads each revision with the model: blocks in code fences or lists count as the model says', () => {
  const text = [
    ':::status[Real]{#real status=ongoing}',
    'Body',
    ':::',
    '```md',
    ':::status[Example]{#example status=planned}',
    '```',
    '~~~~',
    '```',
    ':::status[Still an example]{#example-2 status=planned}',
    '~~~~',
    '',
    '- :::status[In a list]{#listed status=delayed}',
    '  :::',
  ].join('\n');
  const config = loadModelConfig({docsDir: '/nonexistent'}).config;
  expect([...statusesOf(text, 'p.md', config)]).toEqual([
    ['real', 'ongoing'],
    ['listed', 'delayed'],
  ]);
});

test('a corrupted history (a commit object missing) is said once through onPartial, with the cause', () => {
  const broken = mkdtempSync(join(tmpdir(), 'status-history-broken-'));
  cpSync(repo, broken, {recursive: true});
  const older = execFileSync('git', ['rev-parse', 'HEAD~2'], {
    cwd: broken,
    encoding: 'utf8',
  }).trim();
  rmSync(join(broken, '.git', 'objects', older.slice(0, 2), older.slice(2)));
  const infos: string[] = [];
  const options = {cwd: broken, config, onPartial: (m: string) => infos.push(m)};
  const history = pageStatusHistory('docs/plan.md', options);
  pageStatusHistory('docs/plan.md', options);
  expect(history).toMatchObject({availability: 'unavailable', timelines: {}});
  expect(infos).toHaveLength(1);
  expect(infos[0]).toMatch(
    /^Status history is not available: git could not read the repository's history \(.+\); run `git fsck` and repair or re-clone the repository\.$/,
  );
  rmSync(broken, {recursive: true, force: true});
});
