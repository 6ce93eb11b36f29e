import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {clearStatusHistoryCache} from '@kmportal/status-history';
import {removeRepos} from '../../../kb-feeds/src/__tests__/history-repo';
import {historySite} from '../../../kb-feeds/src/__tests__/site-history';
import {main} from '../main.js';

// The fixture: a1 (PMU, SDGU) due 2027-03-15, planned → ongoing on 2026-03-02; a2 (PMU) completed on
// 2026-11-20; a3 (PMU) due tbc; a4 (SDGU) due 2025, delayed; b1 (SDGU) due 2026-12; guide.md (SDGU)
// review overdue since 2026-10-01; EO owns nothing.

function capture(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    cwd,
    stdout: {write: (text: string) => out.push(text)},
    stderr: {write: (text: string) => err.push(text)},
  };
  return {stdout: () => out.join(''), stderr: () => err.join(''), io};
}

const SITE = ['--site-url', 'https://km.example.org/portal/', '--today', '2026-12-01'];

async function digest(repo: string, args: string[]) {
  clearStatusHistoryCache();
  const run = capture(repo);
  const code = await main(['digest', ...SITE, ...args], run.io);
  return {code, stdout: run.stdout(), stderr: run.stderr()};
}

afterAll(removeRepos);

describe('kb digest', () => {
  const {repo} = historySite();

  test('md: overdue (how long), due in 30 and 90 days, changes since, reviews', async () => {
    const result = await digest(repo, ['--unit', 'SDGU', '--since', '2026-01-01']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatchInlineSnapshot(`
     "# Status digest: Sustainable Development Goals Unit (SDGU)

     As of 2026-12-01, with status changes since 2026-01-01. Overdue figures are counted on 2026-12-01; the site's pages recount them in the reader's browser.

     ## Overdue (1)

     - [Item a4](https://km.example.org/portal/docs/plans/plan#a4) (a4): due 2025 (2025-12-31), overdue by 11 months 1 day; status Delayed; [Action plan 2026; roads, rails & "ports"](https://km.example.org/portal/docs/plans/plan)

     ## Due in the next 30 days (1)

     - [Item b1](https://km.example.org/portal/docs/second#b1) (b1): due 2026-12 (2026-12-31), in 30 days; status Planned; [Second page](https://km.example.org/portal/docs/second)

     ## Due in 31 to 90 days (0)

     Nothing is due in 31 to 90 days.

     ## Open, with no due date (0)

     Every open item has a due date.

     ## Status changes since 2026-01-01 (4)

     - 2026-03-02: [Publish the handbook, in English; French later](https://km.example.org/portal/docs/plans/plan#a1) (a1): Planned → Ongoing, by Ben Okafor, in Action plan 2026; roads, rails & "ports"
     - 2026-01-10: [Publish the handbook, in English; French later](https://km.example.org/portal/docs/plans/plan#a1) (a1): added as Planned, by Ann Lee, in Action plan 2026; roads, rails & "ports"
     - 2026-01-10: [Item a4](https://km.example.org/portal/docs/plans/plan#a4) (a4): added as Delayed, by Ann Lee, in Action plan 2026; roads, rails & "ports"
     - 2026-01-10: [Item b1](https://km.example.org/portal/docs/second#b1) (b1): added as Planned, by Ann Lee, in Second page

     ## Pages due for review (1)

     - [Guide](https://km.example.org/portal/docs/guide): review overdue since 2026-10-01 (last reviewed 2025-10-01)

     Site: <https://km.example.org/portal>
     "
    `);
  });

  test('md: a unit with items due tbc and a change this week', async () => {
    const result = await digest(repo, ['--unit', 'PMU']);
    expect(result.stdout).toMatchInlineSnapshot(`
     "# Status digest: Programme Management Unit (PMU)

     As of 2026-12-01, with status changes since 2026-11-24. Overdue figures are counted on 2026-12-01; the site's pages recount them in the reader's browser.

     ## Overdue (0)

     Nothing is overdue.

     ## Due in the next 30 days (0)

     Nothing is due in the next 30 days.

     ## Due in 31 to 90 days (2)

     - [Recommendation 1](https://km.example.org/portal/docs/evaluation#r1) (r1): due 2027-01 (2027-01-31), in 61 days; status Ongoing; [Evaluation 2025](https://km.example.org/portal/docs/evaluation)
     - [Draft the note](https://km.example.org/portal/docs/evaluation#r1-a1) (r1-a1, key action of r1): due 2027-01 (2027-01-31), in 61 days; status Ongoing; [Evaluation 2025](https://km.example.org/portal/docs/evaluation)

     ## Open, with no due date (1)

     - [Item a3](https://km.example.org/portal/docs/plans/plan#a3) (a3): due tbc: set a date when it is known; status Ongoing; [Action plan 2026; roads, rails & "ports"](https://km.example.org/portal/docs/plans/plan)

     ## Status changes since 2026-11-24 (0)

     No status changed since 2026-11-24.

     ## Pages due for review (0)

     No page is due for review.

     Site: <https://km.example.org/portal>
     "
    `);
  });

  test('json: the same data, for scripts', async () => {
    const result = await digest(repo, [
      '--unit',
      'PMU',
      '--format',
      'json',
      '--since',
      '2026-11-01',
    ]);
    const data = JSON.parse(result.stdout);
    expect(data.since).toBe('2026-11-01');
    expect(data.noDueDate.map((item: {id: string}) => item.id)).toEqual(['a3']);
    expect(data.changes).toMatchObject([{itemId: 'a2', from: 'ongoing', to: 'completed'}]);
    expect(data.next90.map((item: {id: string}) => item.id)).toEqual(['r1', 'r1-a1']);
  });

  test('html: a standalone page, inline CSS, no script, absolute links', async () => {
    const {stdout} = await digest(repo, ['--format', 'html', '--since', '2026-01-01']);
    expect(stdout.startsWith('<!doctype html><html lang="en">')).toBe(true);
    expect(stdout).not.toMatch(/<script|<style|<link|javascript:/i);
    const hrefs = [...stdout.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(5);
    expect(hrefs.filter((href) => !href.startsWith('https://km.example.org/portal'))).toEqual([]);
    expect(stdout).toContain('Action plan 2026; roads, rails &#x26; "ports"');
    expect(stdout).toContain('<h1 style="');
  });

  test('--out-dir: one file per unit with something to remind of, and all', async () => {
    const result = await digest(repo, ['--out-dir', 'digests', '--format', 'html']);
    expect(result.stdout.replaceAll(repo, '<repo>')).toMatchInlineSnapshot(`
     "wrote <repo>/digests/all.html: 1 overdue, 1 due in 30 days, 2 in 31 to 90 days, 0 changes, 1 reviews
     wrote <repo>/digests/PMU.html: 0 overdue, 0 due in 30 days, 2 in 31 to 90 days, 0 changes, 0 reviews
     wrote <repo>/digests/SDGU.html: 1 overdue, 1 due in 30 days, 0 in 31 to 90 days, 0 changes, 1 reviews
     skipped EO: nothing to remind
     "
    `);
    expect(existsSync(join(repo, 'digests', 'EO.html'))).toBe(false);
    expect(readFileSync(join(repo, 'digests', 'PMU.html'), 'utf8')).toContain('(PMU)');
  });

  test('a unit with nothing to remind of: a clear line, and an empty digest', async () => {
    const result = await digest(repo, ['--unit', 'EO']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatchInlineSnapshot(`
     "kb digest: unit \`EO\` has no open items, no status changes since 2026-11-24 and no pages to review: nothing to remind.
     "
    `);
    expect(result.stdout).toContain('Nothing is overdue.');
  });
});

describe('kb digest without git', () => {
  const {repo} = historySite({git: false});

  test('says the status changes are not available, and lists the rest', async () => {
    const result = await digest(repo, ['--unit', 'SDGU']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatchInlineSnapshot(`
     "kb digest: Status history is not available: fatal: not a git repository (or any of the parent directories): .git. Status changes are left out; the other sections are complete.
     "
    `);
    expect(result.stdout).toContain(
      '## Status changes since 2026-11-24 (0)\n\nStatus history is not available',
    );
    expect(result.stdout).toContain('overdue by 11 months 1 day');
  });
});

describe('kb digest: bad input', () => {
  const {repo} = historySite({git: false});
  const errors = async (args: string[]) => {
    const result = await digest(repo, args);
    return `${result.code} ${result.stderr.replaceAll(repo, '<repo>')}`;
  };

  test('an unknown unit, with a suggestion', async () => {
    expect(await errors(['--unit', 'SDG'])).toMatchInlineSnapshot(`
     "2 kb digest: unknown unit \`SDG\`: it is not in units.yml. Did you mean \`SDGU\`?
     "
    `);
  });

  test('bad dates', async () => {
    expect(await errors(['--since', '2026-02-30'])).toMatchInlineSnapshot(`
     "2 kb digest: invalid \`--since\` \`2026-02-30\`: February 2026 has 28 days; expected \`YYYY-MM-DD\`.
     "
    `);
    expect(await errors(['--since', '2026-12-02'])).toMatchInlineSnapshot(`
     "2 kb digest: \`--since\` 2026-12-02 is after \`--today\` 2026-12-01.
     "
    `);
  });

  test('a bad format, site URL or docs folder', async () => {
    expect(await errors(['--format', 'pdf'])).toMatchInlineSnapshot(`
     "2 kb digest: unknown format \`pdf\`, expected \`md\`, \`html\` or \`json\`.
     "
    `);
    expect(await errors(['--site-url', 'km.example.org'])).toMatchInlineSnapshot(`
     "2 kb digest: invalid \`--site-url\` \`km.example.org\`: expected an http or https address such as \`https://km.example.org/\`.
     "
    `);
    expect(await errors(['nowhere'])).toMatchInlineSnapshot(`
     "2 kb digest: no folder nowhere (resolved to <repo>/nowhere).
     "
    `);
  });

  test('no site URL', async () => {
    const run = capture(repo);
    const saved = process.env.KB_SITE_URL;
    delete process.env.KB_SITE_URL;
    expect(await main(['digest', '--today', '2026-12-01'], run.io)).toBe(2);
    process.env.KB_SITE_URL = saved;
    expect(run.stderr()).toMatchInlineSnapshot(`
     "kb digest: links in a digest are absolute: pass \`--site-url https://…\` (the \`url\` and \`baseUrl\` of docusaurus.config.ts) or set \`KB_SITE_URL\`.
     "
    `);
  });
});
