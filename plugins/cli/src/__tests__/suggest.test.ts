import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {Readable} from 'node:stream';
import {main} from '../main.js';

function run(argv: string[], cwd: string, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    cwd,
    stdout: {write: (text: string) => out.push(text)},
    stderr: {write: (text: string) => err.push(text)},
    stdin: Readable.from([stdin]),
  };
  return main(argv, io).then((code) => ({code, out: out.join(''), err: err.join('')}));
}

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-suggest-'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(
    join(dir, 'docs', 'plan.md'),
    [
      '# Plan',
      '',
      ':::status[Safe drinking water for schools]{#w-1 status=ongoing sdg="4"}',
      'Connect rural schools to piped water supply and build latrines and handwashing stations, so that pupils have safe drinking water and sanitation.',
      ':::',
      '',
      ':::status[Staff party]{#w-2 status=planned}',
      'Book a room for the end-of-year staff party.',
      ':::',
      '',
    ].join('\n'),
  );
  return dir;
}

describe('kb suggest', () => {
  test('prints suggestions per block beside its tags', async () => {
    const {code, out} = await run(['suggest', 'docs/plan.md'], site());
    expect(code).toBe(0);
    expect(out).toMatchInlineSnapshot(`
     "docs/plan.md:3:1  #w-1  Safe drinking water for schools
       tagged:     4
       suggested:  6 (drinking water ×2, handwashing, latrines), 4 (schools ×2, pupils)
       targets:    6.1 6.2
       not tagged: 6
     docs/plan.md:7:1  #w-2  Staff party
       tagged:     (none)
       suggested:  (none)
     "
    `);
  });

  test('takes an item id', async () => {
    const {code, out} = await run(['suggest', 'w-1'], site());
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('docs/plan.md:3:1  #w-1  Safe drinking water for schools');
  });

  test('--format json gives the full suggestions', async () => {
    const {out} = await run(['suggest', 'w-1', '--format', 'json'], site());
    const [item] = JSON.parse(out);
    expect(item).toMatchObject({id: 'w-1', sdg: ['4'], locale: 'en'});
    expect(item.goals[0]).toMatchObject({code: '6'});
    expect(item.goals[0].triggers.length).toBeGreaterThan(0);
  });

  test('an unknown page or id is a usage error with a hint', async () => {
    const {code, err} = await run(['suggest', 'w-3'], site());
    expect(code).toBe(2);
    expect(err).toMatchInlineSnapshot(`
     "kb suggest: \`w-3\` is neither a page file nor a status item id in docs. Did you mean \`w-1\`?
     "
    `);
  });

  test('--jsonl answers every line in order, bad lines with an error', async () => {
    const input = [
      JSON.stringify({
        id: 'a',
        text: 'Renewable energy: solar panels and wind turbines for rural electrification.',
      }),
      '',
      '{not json',
      JSON.stringify({id: 7}),
      JSON.stringify({
        id: 'b',
        text: 'Le reboisement et la lutte contre la déforestation protègent la biodiversité des forêts.',
      }),
    ].join('\n');
    const {code, out, err} = await run(['suggest', '--jsonl'], site(), input);
    expect(code).toBe(1);
    const lines = out
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['a', null, 7, 'b']);
    expect(lines[0]).toMatchObject({goals: ['7']});
    expect(lines[0].targets).toContain('7.1');
    expect(lines[3].goals[0]).toBe('15');
    expect(err).toMatchInlineSnapshot(`
     "kb suggest: stdin:3: not JSON (Expected property name or '}' in JSON at position 1); expected {"id": …, "text": "…"}
     kb suggest: stdin:4: no string \`text\`; expected {"id": …, "text": "…"}
     "
    `);
  });
});

describe('kb check SDG hints', () => {
  test('an info line where the text strongly suggests a goal the block lacks; not a problem', async () => {
    const {code, out} = await run(['check'], site());
    expect(code).toBe(0);
    expect(out.replace(/\d+ ms/, 'N ms')).toMatchInlineSnapshot(`
     "docs/nexus.yml:1:1  No registry at this path, so nexus areas are not checked. Create it to catch misspelt codes.  [missing-registry]
     docs/units.yml:1:1  No registry at this path, so owners are not checked. Create it to catch misspelt codes.  [missing-registry]
     docs/plan.md:3:1  info  The text of \`w-1\` strongly suggests SDG 6 (\`drinking water\`, \`handwashing\`, \`latrines\`) but it is tagged \`sdg="4"\`; add \`6\` if the block addresses it (see \`kb suggest w-1\`).  [sdg-suggestion]
     ✖ 0 errors, 2 warnings in 2 files: 1 page and 2 status items checked in N ms
     "
    `);
  });

  test('--no-sdg-hints turns them off', async () => {
    const {out} = await run(['check', '--no-sdg-hints'], site());
    expect(out).not.toContain('sdg-suggestion');
  });

  test('--format json lists them apart from the problems', async () => {
    const {out} = await run(['check', '--format', 'json'], site());
    const report = JSON.parse(out);
    expect(report).toMatchObject({errors: 0});
    expect(report.problems.map((p: {ruleId: string}) => p.ruleId)).not.toContain('sdg-suggestion');
    expect(report.hints).toEqual([
      expect.objectContaining({
        file: 'docs/plan.md',
        line: 3,
        severity: 'info',
        ruleId: 'sdg-suggestion',
      }),
    ]);
  });
});
