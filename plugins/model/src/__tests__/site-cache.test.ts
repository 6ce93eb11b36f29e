import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {loadSiteCached} from '../site-cache.js';

describe('loadSiteCached', () => {
  test('reuses the site until a page changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-cache-'));
    mkdirSync(join(dir, 'docs'));
    const page = join(dir, 'docs', 'a.md');
    writeFileSync(page, ':::status[A]{#a-1 status=ongoing}\n:::\n');
    const options = {docsDir: join(dir, 'docs'), cwd: dir};
    const first = loadSiteCached(options);
    expect(loadSiteCached(options)).toBe(first);
    writeFileSync(
      page,
      ':::status[A]{#a-1 status=ongoing}\n:::\n\n:::status[B]{#b-1 status=planned}\n:::\n',
    );
    const second = loadSiteCached(options);
    expect(second).not.toBe(first);
    expect(second.items.map((item) => item.id)).toEqual(['a-1', 'b-1']);
    writeFileSync(join(dir, 'docs', 'b.md'), '# New page\n');
    expect(loadSiteCached(options).pages).toHaveLength(2);
  });

  test('a caller without cwd shares the last read of the same pages, whatever its cwd', () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-cache-cwd-'));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'a.md'), ':::status[A]{#a-1 status=ongoing owner=X}\n:::\n');
    const docsDir = join(dir, 'docs');
    const fromSite = loadSiteCached({docsDir, cwd: dir});
    expect(loadSiteCached({docsDir})).toBe(fromSite);
    expect(fromSite.pages[0].page.path).toBe('docs/a.md');
    const fromDocs = loadSiteCached({docsDir, cwd: docsDir});
    expect(fromDocs).not.toBe(fromSite);
    expect(fromDocs.pages[0].page.path).toBe('a.md');
    // After a change, a caller without cwd reads again relative to the last cwd used.
    writeFileSync(join(dir, 'docs', 'b.md'), '# B\n');
    const again = loadSiteCached({docsDir});
    expect(again.pages).toHaveLength(2);
    expect(again.pages[0].page.path).toBe('a.md');
  });
});
