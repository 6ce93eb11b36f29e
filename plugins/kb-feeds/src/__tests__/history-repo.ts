import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';

// Scripted repositories with a status history, as the status-history tests write them.

const repos: string[] = [];

/** A new folder, a git repository unless `git: false`. */
export function newRepo({git = true} = {}): string {
  const repo = mkdtempSync(join(tmpdir(), 'kb-feeds-repo-'));
  repos.push(repo);
  if (git) {
    execFileSync('git', ['init', '-q', '-b', 'main'], {cwd: repo});
    execFileSync('git', ['config', 'user.email', 'ci@example.org'], {cwd: repo});
    execFileSync('git', ['config', 'user.name', 'CI'], {cwd: repo});
  }
  return repo;
}

/** Removes every folder `newRepo` made. */
export function removeRepos(): void {
  for (const repo of repos.splice(0)) rmSync(repo, {recursive: true, force: true});
}

/** Writes files (path → text) below `repo`. */
export function write(repo: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), {recursive: true});
    writeFileSync(join(repo, path), text);
  }
}

/** Writes files and commits everything as `author` on `date` (`YYYY-MM-DD`). */
export function commit(repo: string, files: Record<string, string>, author: string, date: string) {
  write(repo, files);
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: author,
    GIT_AUTHOR_EMAIL: `${author.toLowerCase().replace(/\W+/g, '.')}@example.org`,
    GIT_AUTHOR_DATE: `${date}T10:00:00Z`,
    GIT_COMMITTER_DATE: `${date}T10:00:00Z`,
  };
  execFileSync('git', ['add', '-A'], {cwd: repo, env});
  execFileSync('git', ['commit', '-q', '-m', `${author} edits`], {cwd: repo, env});
}

/** A status block. */
export function block(
  id: string,
  fields: {
    title?: string;
    status: string;
    owner?: string;
    due?: string;
    sdg?: string;
    nexus?: string;
  },
  body = 'Progress note.',
): string {
  const attributes = [
    `#${id}`,
    `status=${fields.status}`,
    ...(fields.owner ? [`owner="${fields.owner}"`] : []),
    ...(fields.due ? [`due=${fields.due}`] : []),
    ...(fields.sdg ? [`sdg="${fields.sdg}"`] : []),
    ...(fields.nexus ? [`nexus=${fields.nexus}`] : []),
  ];
  return `:::status[${fields.title ?? `Item ${id}`}]{${attributes.join(' ')}}\n${body}\n:::\n`;
}

/** A page with front matter and blocks. */
export function page(
  title: string,
  blocks: string[],
  front = 'type: action-plan\nas_of: 2026-06-30',
): string {
  return `---\ntitle: ${title}\n${front}\n---\n\n${blocks.join('\n')}`;
}

export const UNITS = `- code: PMU
  name: Programme Management Unit
- code: SDGU
  name: Sustainable Development Goals Unit
- code: EO
  name: Executive Office
`;

export const NEXUS = `- slug: smart-cities
  title: Sustainable and smart cities for all ages
  description: Housing, urban planning and mobility in cities.
`;
