// The index built in a worker thread (what the plugin does, while the bundler bundles) is byte for byte
// the index built in process; a failure becomes a clear error, never a hang; the thread ends on every path.
import {loadSite, type DocsVersion} from '@kmportal/model';
import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {localeLanguages} from '../client/lunr';
import {buildIndexOf, jobOfWire, wireJob, type BuiltIndex, type IndexJob} from '../indexJob';
import {serializeJob, startIndexThread} from '../indexThread';
import {LatestIndex} from '../latestIndex';
import {versionsIndexJob} from '../searchIndex';

const FIXTURE = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'search-site');
const sizes = {termShardBytes: 4000, docChunkBytes: 4000};

function versionOf(dir: string, name: string, path: string, pages: Record<string, string>) {
  for (const [file, text] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, name, file)), {recursive: true});
    writeFileSync(join(dir, name, file), text);
  }
  const version: DocsVersion = {
    instance: 'default',
    name,
    label: name,
    contentPath: join(dir, name),
    path,
    isLast: name !== 'current',
  };
  const site = loadSite({docsDir: join(dir, name), cwd: dir, routeBasePath: path.slice(1)});
  return {version, site};
}

/** The search fixture site's pages (three languages, items, facets), one version. */
function fixtureJob(): IndexJob {
  const site = loadSite({docsDir: join(FIXTURE, 'docs'), cwd: FIXTURE, routeBasePath: 'docs'});
  return versionsIndexJob(
    [{version: versionOf(FIXTURE, 'docs', '/docs', {}).version, site}],
    {baseUrl: '/'},
    sizes,
    localeLanguages('fr'),
  );
}

/** Two versions of a page and a page of one: the manifest's versions, pages' versions and copies. */
function versionsJob(): IndexJob {
  const dir = mkdtempSync(join(tmpdir(), 'kb-search-thread-'));
  const page = '---\ntitle: The Jest Object\n---\n\nThe jest object is in scope.\n';
  const parts = [
    versionOf(dir, 'current', '/docs/next', {'jest.md': page, 'new.md': '# Serializers\n\nNew.\n'}),
    versionOf(dir, '1.0', '/docs', {'jest.md': page}),
  ];
  return versionsIndexJob(parts, {baseUrl: '/'}, sizes, localeLanguages('en'));
}

/** The index as files on disk would hold it: names and bytes, and the manifest's JSON. */
function written(index: BuiltIndex) {
  return {
    manifest: JSON.stringify(index.manifest),
    files: index.files.map((file) => [file.name, Buffer.from(file.content).toString('base64')]),
  };
}

test.each([
  ['the search fixture site', fixtureJob],
  ['two docs versions', versionsJob],
])('%s: the worker thread builds the very files of the in-process build', async (_name, jobOf) => {
  const job = jobOf();
  const thread = startIndexThread(serializeJob(job));
  const inThread = await thread.index;
  expect(thread.worker.threadId).toBe(-1);
  const inProcess = buildIndexOf(job);
  expect(written(inThread)).toEqual(written(inProcess));
  expect(inThread.manifest.documentCount).toBeGreaterThan(2);
});

test('a body sent once in its record comes back; one that is not its record text is sent as it is', async () => {
  const job = fixtureJob();
  const [first, ...rest] = job.documents;
  const other = {...job, documents: [{...first, body: `${first.body} handover`}, ...rest]};
  expect(wireJob(job).documents.every((document) => document.body === undefined)).toBe(true);
  expect(wireJob(other).documents[0].body).toBe(`${first.body} handover`);
  expect(jobOfWire(wireJob(other))).toEqual(other);
  const thread = startIndexThread(serializeJob(other));
  expect(written(await thread.index)).toEqual(written(buildIndexOf(other)));
  expect(written(buildIndexOf(other))).not.toEqual(written(buildIndexOf(job)));
});

test('equal jobs have equal keys, another job another key', () => {
  const job = fixtureJob();
  expect(serializeJob(job).key).toBe(serializeJob(fixtureJob()).key);
  expect(serializeJob({...job, sizes: {...sizes, termShardBytes: 8000}}).key).not.toBe(
    serializeJob(job).key,
  );
});

test('a failure in the thread rejects the index with the error, and the thread has ended', async () => {
  const job = {...fixtureJob(), documents: [{title: 'A page', page: 0}]} as unknown as IndexJob;
  const thread = startIndexThread(serializeJob(job));
  await expect(thread.index).rejects.toThrowErrorMatchingInlineSnapshot(
    `"@kmportal/docusaurus-search: the search index could not be built in its worker thread: Cannot read properties of undefined (reading 'text') (a bug of the plugin: the stack is below)"`,
  );
  expect(thread.worker.threadId).toBe(-1);
});

test('a stopped build rejects its index, and the thread has ended', async () => {
  const thread = startIndexThread(serializeJob(fixtureJob()));
  await thread.stop();
  await expect(thread.index).rejects.toThrowErrorMatchingInlineSnapshot(
    `"@kmportal/docusaurus-search: the search index could not be built in its worker thread: its build was stopped (a newer one replaces it)"`,
  );
  expect(thread.worker.threadId).toBe(-1);
});

test('the latest index: an equal job is not built again, a superseded build gives way to the next', async () => {
  const latest = new LatestIndex();
  expect(await latest.index()).toBeUndefined();
  const first = fixtureJob();
  const key = latest.update(first);
  const waiting = latest.index();
  // The docs change before the first build answered: the one waiting gets the second build's index.
  const second = versionsJob();
  expect(latest.update(second)).not.toBe(key);
  expect(written((await waiting)!)).toEqual(written(buildIndexOf(second)));
  const again = latest.index();
  expect(latest.update(versionsJob())).toBe(latest.update(second));
  expect(await latest.index()).toBe(await again);
  await latest.stop();
});
