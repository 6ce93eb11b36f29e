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
});
