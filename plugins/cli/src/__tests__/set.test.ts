import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {editOpening} from '../edit/opening-edit.js';
import {definingPages, pageTexts} from '../set/locate.js';
import {readPages, runKb, writeSite} from './write-site.js';

const FIXTURES = join(__dirname, '../../test/fixtures/set');

describe('kb set: fixtures (input.md + args.json -> output.md)', () => {
  test.each(readdirSync(FIXTURES))('%s', async (name) => {
    const input = readFileSync(join(FIXTURES, name, 'input.md'), 'utf8');
    const args = JSON.parse(readFileSync(join(FIXTURES, name, 'args.json'), 'utf8')) as string[];
    const dir = writeSite({'page.md': input});
    const result = await runKb(dir, ['set', ...args]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const output = readPages(dir)['page.md']!;
    const expectedPath = join(FIXTURES, name, 'output.md');
    if (process.env.UPDATE) writeFileSync(expectedPath, output);
    expect(output).toBe(readFileSync(expectedPath, 'utf8'));
    // Setting the same again changes nothing.
    const again = await runKb(dir, [
      'set',
      ...args.filter((a) => !a.startsWith('--') && !/\n|Waiting/.test(a)),
    ]);
    if (!args.includes('--note') && !args.some((a) => a.startsWith('id='))) {
      expect(again.stdout).toMatch(/nothing to change/);
      expect(readPages(dir)['page.md']).toBe(output);
    }
  });
});

const PAGE = ':::status[Train staff]{#train-staff status=ongoing owner=PMU}\nBody.\n:::\n';

describe('kb set: refusals leave the file untouched', () => {
  test('an invalid value gets the diagnostic of kb check', async () => {
    const dir = writeSite({'plan.md': PAGE});
    const result = await runKb(dir, ['set', 'train-staff', 'status=complted', 'due=2026-13']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
     "docs/plan.md:1:44  Unknown status \`complted\`, expected one of \`not-started\`, \`planned\`, \`ongoing\`, \`delayed\`, \`completed\`, \`continuing\` or \`cancelled\`. Did you mean \`completed\`?  [unknown-status]
     docs/plan.md:1:67  Invalid due date \`2026-13\`: month \`13\` does not exist; expected \`YYYY-MM-DD\`, \`YYYY-MM\`, \`YYYY\`, \`YYYY-Qn\`, \`YYYY-Hn\` or \`tbc\`.  [invalid-date]
     kb set: the change would make the page invalid; nothing written (docs/plan.md is untouched)
     "
    `);
    expect(readPages(dir)['plan.md']).toBe(PAGE);
  });

  test('an unknown id gets a did-you-mean', async () => {
    const dir = writeSite({'plan.md': PAGE});
    const result = await runKb(dir, ['set', 'train-staf', 'status=completed']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
     "kb set: no item with id \`train-staf\` in docs. Did you mean \`train-staff\`?
     "
    `);
  });

  test('an id written only in a code block is an example, not an item', async () => {
    const page = `${PAGE}\n\`\`\`md\n:::status[Example]{#example-id status=ongoing}\n:::\n\`\`\`\n`;
    const dir = writeSite({'plan.md': page});
    const result = await runKb(dir, ['set', 'example-id', 'status=completed']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/written only in examples/);
    expect(readPages(dir)['plan.md']).toBe(page);
  });

  test('an id defined on two pages is refused, naming both', async () => {
    const dir = writeSite({'a.md': PAGE, 'b.md': `# B\n\n${PAGE}`});
    const result = await runKb(dir, ['set', 'train-staff', 'status=completed']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
     "docs/a.md:1:1: defines \`train-staff\`
     docs/b.md:3:1: defines \`train-staff\`
     kb set: id \`train-staff\` is defined 2 times; rename all but one first (\`kb check\` reports them).
     "
    `);
    expect(readPages(dir)['a.md']).toBe(PAGE);
  });

  test('a rename to an id used on another page, or pulled by id, is refused', async () => {
    const other = ':::status[Other]{#other status=planned}\n:::\n\n::status-ref{id=train-staff}\n';
    const dir = writeSite({'a.md': PAGE, 'b.md': other});
    const result = await runKb(dir, ['set', 'train-staff', 'id=other']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
     "docs/b.md:1:1: id \`other\` is already used here; ids must be unique across the site, choose another.
     docs/b.md:4:1: pulls \`train-staff\` by id; renaming it would break this \`::status-ref\`. Change the pull in the same commit, or keep the id.
     kb set: nothing written
     "
    `);
    expect(readPages(dir)).toEqual({'a.md': PAGE, 'b.md': other});
  });

  test('bad arguments are usage errors', async () => {
    const dir = writeSite({'plan.md': PAGE});
    expect((await runKb(dir, ['set', 'train-staff'])).code).toBe(2);
    expect((await runKb(dir, ['set', 'train-staff', 'status'])).stderr).toMatch(
      /expected `key=value`/,
    );
    expect((await runKb(dir, ['set', 'train-staff', 'title=x'])).stderr).toMatch(/cannot be set/);
    expect(
      (await runKb(dir, ['set', 'train-staff', '--note', 'x', '--date', '2026-02-30'])).code,
    ).toBe(2);
    expect(readPages(dir)['plan.md']).toBe(PAGE);
  });
});

describe('kb set: several in a row, and --dry-run', () => {
  test('three edits of one page each see the one before', async () => {
    const dir = writeSite({'plan.md': `${PAGE}\n${PAGE.replace('train-staff', 'second')}`});
    await runKb(dir, ['set', 'train-staff', 'status=delayed']);
    await runKb(dir, ['set', 'second', '--note', 'Done.', '--date', '2026-12-01']);
    await runKb(dir, ['set', 'train-staff', 'status=completed', 'owner=OES']);
    expect(readPages(dir)['plan.md']).toMatchInlineSnapshot(`
     ":::status[Train staff]{#train-staff status=completed owner=OES}
     Body.
     :::

     :::status[Train staff]{#second status=ongoing owner=PMU as-of=2026-12-01}
     Body.

     **Update 2026-12-01.** Done.
     :::
     "
    `);
  });

  test('--dry-run prints the diff and writes nothing', async () => {
    const dir = writeSite({'plan.md': PAGE});
    const result = await runKb(dir, ['set', 'train-staff', 'status=completed', '--dry-run']);
    expect(result.stdout).toMatchInlineSnapshot(`
     "--- a/docs/plan.md
     +++ b/docs/plan.md
     @@ -1,3 +1,3 @@
     -:::status[Train staff]{#train-staff status=ongoing owner=PMU}
     +:::status[Train staff]{#train-staff status=completed owner=PMU}
      Body.
      :::
     "
    `);
    expect(readPages(dir)['plan.md']).toBe(PAGE);
  });
});

describe('kb set reads only the pages that can define the id', () => {
  test('those writing it on an opening line; every page holding it only when none does', () => {
    const dir = writeSite({
      'a.md': PAGE,
      'b.md': ':::status[Other]{#train-staff-2 status=planned}\nAs train-staff said.\n:::\n',
      'c.md': 'See train-staff in the plan.\n',
      'd.md': '```md\n:::status[Example]{#example-id status=ongoing}\n:::\n```\n',
      'e.md': 'The example-id of the guide-id.\n',
    });
    const pages = pageTexts(join(dir, 'docs'), dir);
    const names = (files: string[]) => files.map((file) => file.slice(dir.length + 6)).sort();
    expect(names(definingPages(pages, 'train-staff'))).toEqual(['a.md']);
    // On an opening line in a code block: that page is parsed (and tells it is an example).
    expect(names(definingPages(pages, 'example-id'))).toEqual(['d.md']);
    // On no opening line: every page holding it, in case an opening the scanner cannot read has it.
    expect(names(definingPages(pages, 'guide-id'))).toEqual(['e.md']);
    expect(definingPages(pages, 'nowhere')).toEqual([]);
  });
});

describe('editOpening', () => {
  test('edits any directive by its attributes, e.g. a key action', () => {
    const line = '  - ::action[Draft the terms]{#a1-k1 status=planned due="2027-03"}';
    expect(
      editOpening(
        line,
        new Map([
          ['status', 'completed'],
          ['evidence', 'docs/tor.pdf'],
        ]),
      ),
    ).toEqual({
      line: '  - ::action[Draft the terms]{#a1-k1 status=completed due="2027-03" evidence=docs/tor.pdf}',
    });
  });

  test('quotes a value that needs it, in the quotes it had', () => {
    const line = ":::status[T]{#a owner='PMU' status=ongoing}";
    expect(
      editOpening(
        line,
        new Map([
          ['owner', 'OES, PMU'],
          ['status', 'on hold'],
        ]),
      ),
    ).toEqual({
      line: ':::status[T]{#a owner=\'OES, PMU\' status="on hold"}',
    });
  });

  test('refuses a line that does not scan, and a value with both quotes', () => {
    expect(editOpening(':::status[T]{#a status="x}', new Map([['status', 'y']]))).toMatchObject({
      problems: [{reason: expect.stringMatching(/does not read at column/)}],
    });
    expect(editOpening(':::status[T]{#a}', new Map([['owner', `a"b'c`]]))).toMatchObject({
      problems: [{key: 'owner'}],
    });
  });
});
