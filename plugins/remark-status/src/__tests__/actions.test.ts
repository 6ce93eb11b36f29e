import {createProcessor} from '@mdx-js/mdx';
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import remarkDirective from 'remark-directive';
import {VFile} from 'vfile';
import remarkStatus, {decodeCard} from '../index.js';

const PAGE = [
  '::::status[Review the rules]{#au-r1 response=partially-accepted response-note="Thresholds only"}',
  'The board asked for a review.',
  '',
  '::action[Issue the circular]{#au-r1-a1 owner=KMU due=2019-06 status=completed evidence="reports/circular.md#annex https://example.org/c.pdf notes.txt" note="Issued in June"}',
  '',
  ':::action[Train buyers]{#au-r1-a2 owner=KMU due=2019-09 status=ongoing}',
  'A **yearly** course.',
  ':::',
  '::::',
  '',
].join('\n');

function site(): string {
  const root = mkdtempSync(join(tmpdir(), 'remark-status-actions-'));
  mkdirSync(join(root, 'docs', 'reports'), {recursive: true});
  writeFileSync(join(root, 'docs', 'units.yml'), '- code: KMU\n  name: Knowledge unit\n');
  writeFileSync(join(root, 'docs', 'page.md'), PAGE);
  writeFileSync(join(root, 'docs', 'notes.txt'), 'notes\n');
  writeFileSync(join(root, 'docs', 'reports', 'circular.md'), '# Circular\n\n## Annex\n');
  return root;
}

async function compiled(root: string): Promise<string> {
  const processor = createProcessor({
    format: 'md',
    providerImportSource: '@mdx-js/react',
    remarkPlugins: [remarkDirective, [remarkStatus, {docsDir: join(root, 'docs'), cwd: root}]],
  });
  const path = join(root, 'docs', 'page.md');
  return String(await processor.process(new VFile({path, value: readFileSync(path, 'utf8')})));
}

describe('a card with key actions', () => {
  test('carries its actions, derived fields and justification; evidence to a doc links its permalink', async () => {
    const code = await compiled(site());
    const card = /card: ("(?:[^"\\]|\\.)*")/.exec(code)![1]!;
    const fields = decodeCard({card: JSON.parse(card) as string});
    // No `as-of`: judged today, when the ongoing action's September 2019 has long passed.
    expect(fields).toMatchObject({
      status: 'delayed',
      owners: ['KMU'],
      responseNote: 'Thresholds only',
      derived: ['status', 'due', 'owners'],
    });
    expect(fields.actions).toEqual([
      {
        id: 'au-r1-a1',
        title: 'Issue the circular',
        status: 'completed',
        owners: ['KMU'],
        due: {raw: '2019-06', kind: 'month', start: '2019-06-01', end: '2019-06-30'},
        evidence: [
          {href: 'reports/circular.md#annex', to: '/docs/reports/circular#annex'},
          {href: 'https://example.org/c.pdf', to: 'https://example.org/c.pdf'},
          {href: 'notes.txt'},
        ],
        note: 'Issued in June',
      },
      {
        id: 'au-r1-a2',
        title: 'Train buyers',
        status: 'ongoing',
        owners: ['KMU'],
        due: {raw: '2019-09', kind: 'month', start: '2019-09-01', end: '2019-09-30'},
        hasBody: true,
      },
    ]);
  });

  test('evidence outside the docs: a file of a static folder (by relative or site path) links where the site serves it, a route stays a route', async () => {
    const root = site();
    mkdirSync(join(root, 'static', 'files'), {recursive: true});
    writeFileSync(join(root, 'static', 'files', 'audit report.pdf'), '%PDF-1.4\n');
    const evidence =
      '../static/files/audit%20report.pdf#page=2 /files/audit%20report.pdf /docs/reports/circular /files/gone.pdf';
    const page = `:::status[Rules]{#st-r1}\n::action[Publish]{#st-r1-a1 status=completed evidence="${evidence}"}\n:::\n`;
    writeFileSync(join(root, 'docs', 'page.md'), page);
    const code = await compiled(root);
    const card = /card: ("(?:[^"\\]|\\.)*")/.exec(code)![1]!;
    const fields = decodeCard({card: JSON.parse(card) as string});
    expect(fields.actions![0]!.evidence).toEqual([
      {
        href: '../static/files/audit%20report.pdf#page=2',
        to: 'pathname:///files/audit%20report.pdf#page=2',
      },
      {href: '/files/audit%20report.pdf', to: 'pathname:///files/audit%20report.pdf'},
      {href: '/docs/reports/circular', to: '/docs/reports/circular'},
      {href: '/files/gone.pdf', to: '/files/gone.pdf'},
    ]);
  });

  test('the body loses the action lines and keeps a container action under its title', async () => {
    const code = await compiled(site());
    expect(code).toContain('The board asked for a review.');
    expect(code).not.toContain('Issue the circular"');
    expect(code).toContain('id: "au-r1-a2-body"');
    expect(code).toContain('"yearly"');
    expect(code).not.toMatch(/::action/);
  });
});
