import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {main} from '../main.js';
import {TEMPLATE_NAMES, listTemplateFiles, assignIds} from '../templates.js';

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

function site(pages: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-new-'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(
    join(dir, 'docs', 'units.yml'),
    '- code: OES\n  name: Office of the Executive Secretary\n- code: PMU\n  name: Programme Management Unit\n',
  );
  writeFileSync(
    join(dir, 'docs', 'nexus.yml'),
    '- slug: smart-cities\n  title: Cities\n  description: Cities.\n',
  );
  for (const [name, text] of Object.entries(pages)) writeFileSync(join(dir, 'docs', name), text);
  return dir;
}

describe('kb new', () => {
  test('every template file has a destination folder, and every folder a template', () => {
    expect(listTemplateFiles()).toEqual([...TEMPLATE_NAMES]);
  });

  test.each(TEMPLATE_NAMES)('%s scaffolds a page that passes `kb check`', async (name) => {
    const dir = site();
    const made = capture(dir);
    const args = [
      'new',
      name,
      '--title',
      'Été 2019: "review"',
      '--owner',
      'OES',
      '--date',
      '2019-01-31',
    ];
    expect(await main(args, made.io)).toBe(0);
    const path = made.out.join('').trim();
    expect(path).toMatch(/^docs\/.+\/ete-2019-review\.md$/);
    const text = readFileSync(join(dir, path), 'utf8');
    expect(text).toContain('title: "Été 2019: \\"review\\""');
    expect(text).toContain('last_reviewed: 2019-01-31');
    expect(text).not.toMatch(/\{\{/);
    const checked = capture(dir);
    expect(await main(['check'], checked.io)).toBe(0);
    expect(checked.out.join('')).toMatch(/^✔ no problems: 1 page and \d+ status items? checked/);
  });

  test('writes to the folder of its type', async () => {
    const dir = site();
    const folders: string[] = [];
    for (const name of ['handover-note', 'debriefing', 'recommendation-follow-up', 'guidance']) {
      const {out, io} = capture(dir);
      await main(['new', name, '--title', `A ${name}`], io);
      folders.push(out.join('').trim());
    }
    expect(folders).toEqual([
      'docs/handover-notes/a-handover-note.md',
      'docs/handover-notes/a-debriefing.md',
      'docs/evaluations/a-recommendation-follow-up.md',
      'docs/toolbox/guidance/a-guidance.md',
    ]);
  });

  test('leaves the owner out when none is given, and the page still passes', async () => {
    const dir = site();
    const {out, io} = capture(dir);
    expect(await main(['new', 'action-plan', '--title', 'Plan'], io)).toBe(0);
    const text = readFileSync(join(dir, out.join('').trim()), 'utf8');
    expect(text).not.toMatch(/^owner:|owner=/m);
    expect(await main(['check'], capture(dir).io)).toBe(0);
  });

  test('refuses to overwrite a page', async () => {
    const dir = site();
    await main(['new', 'guidance', '--title', 'Travel'], capture(dir).io);
    const path = join(dir, 'docs/toolbox/guidance/travel.md');
    writeFileSync(path, 'edited by hand\n');
    const {err, io} = capture(dir);
    expect(await main(['new', 'guidance', '--title', 'Travel'], io)).toBe(1);
    expect(err.join('')).toMatchInlineSnapshot(`
      "kb new: docs/toolbox/guidance/travel.md already exists; choose another title or edit that page.
      "
    `);
    expect(readFileSync(path, 'utf8')).toBe('edited by hand\n');
  });

  test('suggests the template meant', async () => {
    const dir = site();
    const {err, io} = capture(dir);
    expect(await main(['new', 'handover', '--title', 'X'], io)).toBe(2);
    expect(err.join('')).toMatchInlineSnapshot(`
      "kb new: unknown template \`handover\`, expected \`action-plan\`, \`debriefing\`, \`guidance\`, \`handover-note\`, \`meeting-minutes\`, \`mission-report\` or \`recommendation-follow-up\`. Did you mean \`handover-note\`?
      "
    `);
    const typo = capture(dir);
    await main(['new', 'mision-report', '--title', 'X'], typo.io);
    expect(typo.err.join('')).toContain('Did you mean `mission-report`?');
  });

  test('checks the owner, date and title', async () => {
    const dir = site();
    const owner = capture(dir);
    expect(await main(['new', 'guidance', '--title', 'X', '--owner', 'OSE'], owner.io)).toBe(2);
    expect(owner.err.join('')).toContain(
      'unknown unit `OSE` in `--owner`, expected a code from `units.yml`. Did you mean `OES`?',
    );
    const date = capture(dir);
    expect(await main(['new', 'guidance', '--title', 'X', '--date', '2019-02-30'], date.io)).toBe(
      2,
    );
    expect(date.err.join('')).toContain('invalid `--date` `2019-02-30`: February 2019 has 28 days');
    const title = capture(dir);
    expect(await main(['new', 'guidance'], title.io)).toBe(2);
    expect(existsSync(join(dir, 'docs/toolbox'))).toBe(false);
  });

  test('gives ids not yet used in the site', async () => {
    const dir = site({
      'old.md':
        ':::status[Taken]{#plan-2020-1 status=ongoing}\n:::\n\n:::status[Taken]{#plan-2020-3 status=ongoing}\n:::\n',
    });
    const {out, io} = capture(dir);
    expect(await main(['new', 'action-plan', '--title', 'Plan 2020', '--owner', 'OES'], io)).toBe(
      0,
    );
    const text = readFileSync(join(dir, out.join('').trim()), 'utf8');
    expect([...text.matchAll(/\{#([^ }]+)/g)].map((m) => m[1])).toEqual([
      'plan-2020-2',
      'plan-2020-4',
    ]);
    expect(await main(['check'], capture(dir).io)).toBe(0);
  });

  test('assignIds skips taken ids in order', () => {
    const ids = assignIds('a', [1, 2, 3], new Set(['a-2']));
    expect([...ids.values()]).toEqual(['a-1', 'a-3', 'a-4']);
  });
});
