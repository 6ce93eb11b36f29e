import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {main} from '../main.js';

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-check-pulls-'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'units.yml'), '- code: OES\n  name: Office\n');
  writeFileSync(
    join(dir, 'docs', 'nexus.yml'),
    '- slug: cities\n  title: Cities\n  description: C.\n',
  );
  for (const [name, text] of Object.entries(pages)) writeFileSync(join(dir, 'docs', name), text);
  return dir;
}

describe('kb check on pulls', () => {
  test('names unknown ids and attributes of pulls by path:line:col, with a did-you-mean', async () => {
    const dir = site({
      'eval.md': ':::status[R3]{#eval-2017-r3 status=delayed owner=OES}\n:::\n',
      'plan.md':
        '# Plan\n\n::status-ref{id=eval-2017-r8}\n\n::status-table{staus=delayed owner=OSE}\n',
    });
    const out: string[] = [];
    const io = {cwd: dir, stdout: {write: (t: string) => out.push(t)}, stderr: {write: () => {}}};
    const code = await main(['check', '--no-color'], io);
    expect(code).toBe(1);
    expect(out.join('').trimEnd().split('\n').slice(0, -1)).toMatchInlineSnapshot(`
     [
       "docs/plan.md:3:17  Unknown id \`eval-2017-r8\` in \`::status-ref\`: no status block on the site has this id. Did you mean \`eval-2017-r3\`?  [unknown-id]",
       "docs/plan.md:5:16  Unknown attribute \`staus\` on \`::status-table\`. Did you mean \`status\`?  [unknown-attribute]",
       "docs/plan.md:5:36  Unknown unit \`OSE\` in \`owner\`, expected a code from \`units.yml\`. Did you mean \`OES\`?  [unknown-unit]",
     ]
    `);
  });

  test('a table that matches nothing is not a problem', async () => {
    const dir = site({'plan.md': '# Plan\n\n::status-table{status=cancelled}\n'});
    const io = {cwd: dir, stdout: {write: () => {}}, stderr: {write: () => {}}};
    await expect(main(['check'], io)).resolves.toBe(0);
  });
});
