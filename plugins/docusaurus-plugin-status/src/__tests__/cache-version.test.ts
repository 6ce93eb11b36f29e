import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {loadSite} from '@kmportal/model';
import {cacheConfiguration, pullFingerprint} from '../cache-version.js';

function siteWith(pages: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'status-cache-'));
  mkdirSync(join(dir, 'docs'));
  for (const [name, text] of Object.entries(pages)) writeFileSync(join(dir, 'docs', name), text);
  return loadSite({docsDir: join(dir, 'docs'), cwd: dir});
}

const plan = '# Plan\n\n::status-ref{id=a}\n';
const item = (status: string, body: string) => `:::status[A]{#a status=${status}}\n${body}\n:::\n`;

describe('the bundler cache version', () => {
  test('changes when what a pull shows changes, not when a progress note does', () => {
    const base = pullFingerprint(siteWith({'a.md': item('ongoing', 'Note.'), 'p.md': plan}));
    const noteEdited = pullFingerprint(
      siteWith({'a.md': item('ongoing', 'New note.'), 'p.md': plan}),
    );
    const statusEdited = pullFingerprint(
      siteWith({'a.md': item('delayed', 'Note.'), 'p.md': plan}),
    );
    const pullEdited = pullFingerprint(
      siteWith({
        'a.md': item('ongoing', 'Note.'),
        'p.md': `${plan}\n::status-table{status=ongoing}\n`,
      }),
    );
    expect(noteEdited).toBe(base);
    expect(statusEdited).not.toBe(base);
    expect(pullEdited).not.toBe(base);
  });

  test('extends the filesystem cache version and leaves other caches alone', () => {
    const site = siteWith({'a.md': item('ongoing', 'Note.')});
    const configured = cacheConfiguration(
      {cache: {type: 'filesystem', version: '3.10.2-abc'}},
      site,
    );
    expect(configured).toEqual({
      cache: {type: 'filesystem', version: `3.10.2-abc-kmportal-${pullFingerprint(site)}`},
    });
    expect(cacheConfiguration({cache: {type: 'memory'}}, site)).toEqual({});
    expect(cacheConfiguration({cache: false}, site)).toEqual({});
  });

  test('extends Rspack’s persistent cache version (Docusaurus Faster), keeping its other settings', () => {
    const site = siteWith({'a.md': item('ongoing', 'Note.')});
    const experiments = {
      css: true,
      cache: {
        type: 'persistent',
        version: 'client-production-en-3.10.2-abc',
        buildDependencies: ['x'],
      },
    };
    const configured = cacheConfiguration({cache: true, experiments} as never, site);
    expect(configured).toEqual({
      experiments: {
        css: true,
        cache: {
          type: 'persistent',
          version: `client-production-en-3.10.2-abc-kmportal-${pullFingerprint(site)}`,
          buildDependencies: ['x'],
        },
      },
    });
    const other = siteWith({'a.md': item('delayed', 'Note.')});
    const reconfigured = cacheConfiguration({cache: true, experiments} as never, other) as {
      experiments: {cache: {version: string}};
    };
    expect(reconfigured.experiments.cache.version).not.toBe(
      (configured as typeof reconfigured).experiments.cache.version,
    );
    expect(cacheConfiguration({cache: true, experiments: {}} as never, site)).toEqual({});
    expect(cacheConfiguration({cache: true, experiments} as never, undefined)).toEqual({});
  });
});
