import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {formatMessage} from '../diagnostics.js';
import {Worker} from 'node:worker_threads';
import {batchClaims, claimBatch} from '../batch-queue.js';
import {batchesOf, canParseInWorkers, loadSiteAsync} from '../site-async.js';
import {loadSite, type SiteModel} from '../site.js';
import {loadSiteCached, loadSiteCachedAsync} from '../site-cache.js';

const root = join(__dirname, '..', '..', '..', '..');
const sites = ['docs', 'test/fixtures/broken-site/docs', 'test/fixtures/pulls-site/docs'];

/** Everything a consumer reads, with messages as their text, rule, link and severity. */
function comparable(site: SiteModel) {
  return {
    pages: site.pages.map((p) => ({...p, messages: p.messages.map(formatMessage)})),
    items: site.items,
    messages: site.messages.map((m) => [formatMessage(m), m.ruleId, m.url, m.fatal, m.source]),
    files: site.files,
    backlinks: [...site.backlinks],
  };
}

describe('loadSiteAsync', () => {
  test('the compiled worker is there (tests run after `tsc -b`)', () => {
    expect(canParseInWorkers()).toBe(true);
  });

  test.each(sites)(
    '%s: the same model as loadSite, parsed on 3 threads',
    async (docs) => {
      const options = {docsDir: join(root, docs), cwd: root};
      const parallel = await loadSiteAsync(options, {workers: 2, minPages: 0, batchPages: 2});
      expect(comparable(parallel)).toEqual(comparable(loadSite(options)));
      // Workers take a while to start on a loaded machine; this is a correctness test, not a timing one.
    },
    60_000,
  );

  test('every parser fixture as one site: each diagnostic comes back with place, rule and severity', async () => {
    const fixtures = join(root, 'plugins/model/test/fixtures');
    const dir = mkdtempSync(join(tmpdir(), 'site-async-fixtures-'));
    mkdirSync(join(dir, 'docs'));
    for (const name of readdirSync(fixtures)) {
      copyFileSync(join(fixtures, name, 'input.md'), join(dir, 'docs', `${name}.md`));
    }
    const options = {docsDir: join(dir, 'docs'), cwd: dir};
    // Workers only, so every page and message comes through the threads' messages.
    const site = await loadSiteAsync(options, {
      workers: 2,
      callingThread: false,
      minPages: 0,
      batchPages: 3,
    });
    expect(comparable(site)).toEqual(comparable(loadSite(options)));
    expect(site.pages.flatMap((page) => page.messages).length).toBeGreaterThan(10);
    for (const message of site.pages.flatMap((page) => page.messages)) {
      expect(message).toBeInstanceOf(Error);
      expect([message.line, message.column]).toEqual([expect.any(Number), expect.any(Number)]);
      expect(message.ruleId).toEqual(expect.any(String));
    }
  }, 60_000);

  test('the shared counter gives each batch to one thread, whichever claims first', async () => {
    const claims = batchClaims();
    const count = 2000;
    // A second thread claims from the same counter while this one does; together they take each once.
    const other = new Worker(
      `const {workerData, parentPort} = require('node:worker_threads');
       let taken = 0;
       while (Atomics.add(workerData.claims, 0, 1) < workerData.count) taken++;
       parentPort.postMessage(taken);`,
      {eval: true, workerData: {claims, count}},
    );
    const here: number[] = [];
    for (
      let index = claimBatch(claims, count);
      index !== undefined;
      index = claimBatch(claims, count)
    )
      here.push(index);
    const there = await new Promise<number>((resolve) => other.once('message', resolve));
    expect(here.length + there).toBe(count);
    expect(new Set(here).size).toBe(here.length);
    expect(claimBatch(claims, count)).toBeUndefined();
  });

  test('batches hold every page once, in order', () => {
    const paths = ['a', 'b', 'c', 'd', 'e'];
    expect(batchesOf(paths, 2)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(batchesOf(paths, 10)).toEqual([paths]);
    expect(batchesOf([], 3)).toEqual([]);
  });
});

describe('loadSiteCachedAsync', () => {
  test('callers at the same time share one read, and loadSiteCached then hits the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-cache-async-'));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'a.md'), ':::status[A]{#a-1 status=ongoing}\n:::\n');
    const options = {docsDir: join(dir, 'docs'), cwd: dir};
    const [first, second] = await Promise.all([
      loadSiteCachedAsync(options),
      loadSiteCachedAsync({...options, routeBasePath: 'docs'}),
    ]);
    expect(second).toBe(first);
    expect(loadSiteCached(options)).toBe(first);
    writeFileSync(join(dir, 'docs', 'b.md'), ':::status[B]{#b-1 status=planned}\n:::\n');
    const third = await loadSiteCachedAsync(options);
    expect(third.items.map((item) => item.id)).toEqual(['a-1', 'b-1']);
  });
});
