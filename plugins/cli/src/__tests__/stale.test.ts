import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {main} from '../main.js';

function capture(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    cwd,
    stdout: {write: (text: string) => out.push(text)},
    stderr: {write: (text: string) => err.push(text)},
  };
  return {out, err, io};
}

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-stale-'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(
    join(dir, 'docs', 'units.yml'),
    '- code: OES\n  name: Office\n- code: PMU\n  name: Programme\n',
  );
  for (const [name, text] of Object.entries(pages)) writeFileSync(join(dir, 'docs', name), text);
  return dir;
}

const page = (lines: string[]) => `---\n${lines.join('\n')}\n---\n\n# Page\n`;

describe('kb check --stale', () => {
  const pages = {
    'fresh.md': page(['owner: OES', 'last_reviewed: 2019-06-01', 'review_every: 6 months']),
    'soon.md': page(['owner: PMU', 'last_reviewed: 2019-01-31', 'review_every: 6 months']),
    'late.md': page(['owner: OES,PMU', 'last_reviewed: 2018-12-31', 'review_every: 3 months']),
    'never.md': page(['reviewers: [PMU]', 'review_every: 1 year']),
    'untracked.md': page(['owner: OES']),
  };

  test('lists overdue, never reviewed and due-soon pages, and exits 1 on overdue', async () => {
    const dir = site(pages);
    const {out, io} = capture(dir);
    expect(await main(['check', '--stale', '--today', '2019-07-15'], io)).toBe(1);
    expect(out.join('')).toMatchInlineSnapshot(`
     "path           owner    last reviewed  next review  state
     docs/late.md   OES,PMU  2018-12-31     2019-03-31   overdue
     docs/never.md  PMU      never          -            never
     docs/soon.md   PMU      2019-01-31     2019-07-31   due-soon
     1 overdue, 2 due soon or never reviewed, as of 2019-07-15
     "
    `);
  });

  test('exits 0 when nothing is overdue', async () => {
    const dir = site({'soon.md': pages['soon.md'], 'fresh.md': pages['fresh.md']});
    const {out, io} = capture(dir);
    expect(await main(['check', '--stale', '--today', '2019-07-15'], io)).toBe(0);
    expect(out.join('')).toContain('docs/soon.md  PMU    2019-01-31     2019-07-31   due-soon');
    expect(out.join('')).not.toContain('fresh.md');
  });

  test('rejects a bad --today', async () => {
    const {err, io} = capture(site({}));
    expect(await main(['check', '--stale', '--today', '2019-13-01'], io)).toBe(2);
    expect(err.join('')).toMatchInlineSnapshot(`
     "kb check: invalid \`--today\` \`2019-13-01\`: month \`13\` does not exist; expected \`YYYY-MM-DD\`.
     "
    `);
  });

  test('points at other problems without listing them', async () => {
    const dir = site({'bad.md': page(['last_reviewed: 2019-01-01', 'review_every: sometimes'])});
    const {out, err, io} = capture(dir);
    expect(await main(['check', '--stale', '--today', '2019-07-15'], io)).toBe(0);
    expect(out.join('')).toContain('0 overdue, 0 due soon or never reviewed, as of 2019-07-15');
    expect(err.join('')).toContain(
      'kb check: 1 error found besides reviews; run `kb check` to see them.',
    );
    expect(await main(['check'], capture(dir).io)).toBe(1);
  });
});
