import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {loadModelConfig} from '@kmportal/model';
import {clearStatusHistoryCache, pageStatusHistory} from '@kmportal/status-history';

const {config} = loadModelConfig({
  docsDir: join(__dirname, '../../../../test/fixtures/mini-site/docs'),
});

function page(a1: string, a2: string, extra = ''): string {
  return [
    '---\ntitle: Follow-up\nas_of: 2024-01-01\n---\n',
    ':::status[Recommendation]{#r1 response=accepted}',
    'Body.',
    `::action[First]{#r1-a1 status=${a1} due=2030}`,
    `::action[Second]{#r1-a2 status=${a2} due=2030}`,
    extra,
    ':::',
    '',
  ].join('\n');
}

function commit(repo: string, author: string, date: string, text: string) {
  writeFileSync(join(repo, 'docs/plan.md'), text);
  execFileSync('git', ['add', '.'], {cwd: repo});
  execFileSync('git', ['commit', '-q', '-m', 'update', `--author=${author} <a@example.org>`], {
    cwd: repo,
    env: {...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date},
  });
}

let repo: string;

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'status-history-actions-'));
  mkdirSync(join(repo, 'docs'));
  execFileSync('git', ['init', '-q'], {cwd: repo});
  execFileSync('git', ['config', 'user.email', 'ci@example.org'], {cwd: repo});
  execFileSync('git', ['config', 'user.name', 'CI'], {cwd: repo});
  commit(repo, 'Ann', '2024-01-10T10:00:00Z', page('planned', 'planned'));
  commit(repo, 'Ben', '2024-02-29T10:00:00Z', page('ongoing', 'planned'));
  // A body edit that adds a third action: the body shortcut must not miss it.
  commit(
    repo,
    'Cat',
    '2024-04-30T10:00:00Z',
    page('completed', 'planned', '::action[Third]{#r1-a3 status=ongoing}'),
  );
  commit(
    repo,
    'Dan',
    '2024-06-30T10:00:00Z',
    page('completed', 'completed', '::action[Third]{#r1-a3 status=completed}'),
  );
});

afterAll(() => rmSync(repo, {recursive: true, force: true}));
beforeEach(() => clearStatusHistoryCache());

test('each key action has its own history, and the recommendation the history of its derived status', () => {
  const {timelines} = pageStatusHistory('docs/plan.md', {cwd: repo, config});
  const rows = (id: string) =>
    (timelines[id] ?? []).map((c) => `${c.date} ${c.author}: ${c.from ?? '∅'} → ${c.to}`);
  expect(rows('r1-a1')).toEqual([
    '2024-01-10 Ann: ∅ → planned',
    '2024-02-29 Ben: planned → ongoing',
    '2024-04-30 Cat: ongoing → completed',
  ]);
  expect(rows('r1-a2')).toEqual([
    '2024-01-10 Ann: ∅ → planned',
    '2024-06-30 Dan: planned → completed',
  ]);
  expect(rows('r1-a3')).toEqual([
    '2024-04-30 Cat: ∅ → ongoing',
    '2024-06-30 Dan: ongoing → completed',
  ]);
  expect(rows('r1')).toEqual([
    '2024-01-10 Ann: ∅ → planned',
    '2024-02-29 Ben: planned → ongoing',
    '2024-06-30 Dan: ongoing → completed',
  ]);
});
