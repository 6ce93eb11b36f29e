import {loadSite} from '@kmportal/model';
import {join} from 'node:path';
import {readPages, runKb, writeSite} from './write-site.js';

const PLAN = [
  '---',
  'title: Plan',
  'owner: PMU',
  'last_reviewed: 2026-01-15',
  'review_every: 6 months',
  '---',
  '',
  ':::status[Later]{#later status=planned owner=PMU due=2027-06}',
  ':::',
  '',
  ':::status[Late]{#late status=ongoing owner="OES, PMU" due=2026-03-31}',
  ':::',
  '',
  ':::status[Done]{#done status=completed owner=PMU due=2026-01}',
  ':::',
  '',
  ':::status[Open-ended]{#open status=ongoing owner=PMU due=tbc}',
  ':::',
  '',
].join('\n');

describe('kb handover', () => {
  test('drafts a note with the open items overdue first, the unit and its pages; it passes kb check', async () => {
    const dir = writeSite({'plans/plan.md': PLAN});
    const result = await runKb(dir, ['handover', 'PMU', '--date', '2026-12-01']);
    expect(result).toEqual({
      code: 0,
      stdout: 'docs/handover-notes/handover-note-pmu-2026-12-01.md\n',
      stderr: '',
    });
    const note = readPages(dir)['handover-notes/handover-note-pmu-2026-12-01.md']!;
    const pulls = [...note.matchAll(/::status-ref\{id=([\w-]+)\}/g)].map((m) => m[1]);
    expect(pulls).toEqual(['late', 'later', 'open']);
    expect(note).toContain(
      '::status-table[All open items of PMU]{owner=PMU status="not-started,planned,ongoing,delayed"}',
    );
    expect(note).toContain(
      '**Programme Management Unit** (PMU), part of Office of the Executive Secretary (OES). [Unit page of PMU](/units/PMU): everything the unit owns and its recent status changes, printable as the handover pack.',
    );
    expect(note).toContain('- [Plan](../plans/plan.md): owns; review overdue, next 2026-07-15');
    const site = loadSite({docsDir: join(dir, 'docs'), cwd: dir});
    expect(site.messages.filter((m) => m.fatal)).toEqual([]);
  });

  test('the unit page link follows --units-path, and --units-path "" leaves it out', async () => {
    const dir = writeSite({'plan.md': PLAN});
    await runKb(dir, ['handover', 'PMU', '--date', '2026-12-01', '--units-path', '/teams/']);
    const note = readPages(dir)['handover-notes/handover-note-pmu-2026-12-01.md']!;
    expect(note).toContain('[Unit page of PMU](/teams/PMU)');
    await runKb(dir, ['handover', 'OES', '--date', '2026-12-01', '--units-path', '']);
    const plain = readPages(dir)['handover-notes/handover-note-oes-2026-12-01.md']!;
    expect(plain).toContain('**Office of the Executive Secretary** (OES).');
    expect(plain).not.toContain('Unit page');
    const bad = await runKb(dir, ['handover', 'PMU', '--units-path', 'units']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatchInlineSnapshot(`
     "kb handover: --units-path units is not a route; expected e.g. \`/units\`
     Run \`kb --help\` for usage.
     "
    `);
  });

  test('an unknown unit gets a did-you-mean; an existing draft is not overwritten', async () => {
    const dir = writeSite({'plan.md': PLAN});
    expect((await runKb(dir, ['handover', 'PMV'])).stderr).toMatchInlineSnapshot(`
     "kb handover: unknown unit \`PMV\`, expected a code from \`units.yml\`. Did you mean \`PMU\`?
     "
    `);
    await runKb(dir, ['handover', 'OES', '--date', '2026-12-01']);
    const again = await runKb(dir, ['handover', 'OES', '--date', '2026-12-01']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  });
});
