import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {formatMessage} from '../../diagnostics.js';
import {DEFAULT_MAX_PAGE_BYTES} from '../../files.js';
import {loadSite} from '../../site.js';
import {loadSiteAsync} from '../../site-async.js';

// Issue 18 (4, 6, 8): what the file system can hold instead of a page or a registry. Each case is a
// diagnostic naming the file; nothing throws, hangs or reads outside the docs folder.
let root: string;
let docs: string;
const PAGE = ':::status[T]{#a1 status=ongoing}\nBody.\n:::\n';

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'abuse-files-'));
  docs = join(root, 'docs');
  mkdirSync(docs);
  writeFileSync(join(docs, 'units.yml'), '- code: OES\n  name: Office\n');
  writeFileSync(join(docs, 'nexus.yml'), '- slug: a\n  title: A\n  description: A.\n');
  writeFileSync(join(docs, 'good.md'), PAGE);
});
afterEach(() => rmSync(root, {recursive: true, force: true}));

function site() {
  const model = loadSite({docsDir: docs, cwd: root});
  return {
    pages: model.pages.map((page) => page.page.source),
    messages: model.messages.map((m) => formatMessage(m).replaceAll(root, '<root>')),
  };
}

test('a folder named like a page is reported and skipped... as a folder', () => {
  mkdirSync(join(docs, 'folder.md'));
  writeFileSync(join(docs, 'folder.md', 'inner.md'), '# Inner\n');
  expect(site()).toEqual({pages: ['folder.md/inner.md', 'good.md'], messages: []});
});

test('a FIFO named like a page is reported without being opened', () => {
  execFileSync('mkfifo', [join(docs, 'pipe.md')]);
  expect(site().messages).toEqual([
    'docs/pipe.md:1:1: Page is a FIFO (named pipe), expected a regular file; it is not read. Remove it or replace it by a file.',
  ]);
});

test('a page linked to /dev/zero or /etc/passwd is not read', () => {
  symlinkSync('/dev/zero', join(docs, 'zero.md'));
  symlinkSync('/etc/passwd', join(docs, 'passwd.md'));
  expect(site()).toMatchInlineSnapshot(`
   {
     "messages": [
       "docs/passwd.md:1:1: Symbolic link \`passwd.md\` points outside the docs folder (to /etc/passwd); it is not read. Copy the file into the docs folder instead.",
       "docs/zero.md:1:1: Symbolic link \`zero.md\` points outside the docs folder (to /dev/zero); it is not read. Copy the file into the docs folder instead.",
     ],
     "pages": [
       "good.md",
     ],
   }
  `);
});

test('a folder link to `..` or outside is not followed, and a loop is reported', () => {
  symlinkSync('..', join(docs, 'parent'));
  symlinkSync('/usr', join(docs, 'outside'));
  symlinkSync('loop-b.md', join(docs, 'loop-a.md'));
  symlinkSync('nowhere.md', join(docs, 'broken.md'));
  symlinkSync('loop-a.md', join(docs, 'loop-b.md'));
  expect(site()).toMatchInlineSnapshot(`
   {
     "messages": [
       "docs/broken.md:1:1: Symbolic link \`broken.md\` points to nothing; it is skipped. Remove it.",
       "docs/loop-a.md:1:1: Symbolic link \`loop-a.md\` loops; it is skipped. Remove it.",
       "docs/loop-b.md:1:1: Symbolic link \`loop-b.md\` loops; it is skipped. Remove it.",
       "docs/outside:1:1: Symbolic link \`outside\` points outside the docs folder (to /usr); it is not read. Copy the file into the docs folder instead.",
       "docs/parent:1:1: Symbolic link \`parent\` points outside the docs folder (to <root>); it is not read. Copy the file into the docs folder instead.",
     ],
     "pages": [
       "good.md",
     ],
   }
  `);
});

test('a link inside the docs folder is followed, once', () => {
  mkdirSync(join(docs, 'real'));
  writeFileSync(join(docs, 'real', 'page.md'), '# Real\n');
  symlinkSync('real', join(docs, 'alias'));
  symlinkSync('.', join(docs, 'real', 'self'));
  expect(site()).toEqual({pages: ['good.md', 'real/page.md'], messages: []});
});

test('a page over the size limit is reported, not parsed', () => {
  writeFileSync(join(docs, 'huge.md'), `${PAGE}\n${'x'.repeat(DEFAULT_MAX_PAGE_BYTES)}`);
  expect(site().messages).toEqual([
    'docs/huge.md:1:1: Page is larger than the limit of 2,048 KiB (2,049 KiB); it is not read. Split it into smaller files.',
  ]);
  const small = loadSite({docsDir: docs, cwd: root, maxPageBytes: 10});
  expect(small.messages.map((m) => m.ruleId)).toEqual(['file-too-large', 'file-too-large']);
});

test('registries that are a folder, a device, a loop or oversized are reported', () => {
  rmSync(join(docs, 'units.yml'));
  mkdirSync(join(docs, 'units.yml'));
  rmSync(join(docs, 'nexus.yml'));
  symlinkSync('/dev/zero', join(docs, 'nexus.yml'));
  expect(site().messages).toMatchInlineSnapshot(`
   [
     "docs/nexus.yml:1:1: nexus.yml is a device file, expected a regular file; it is not read. Remove it or replace it by a file.",
     "docs/units.yml:1:1: units.yml is a folder, expected a regular file; it is not read. Remove it or replace it by a file.",
   ]
  `);
  rmSync(join(docs, 'nexus.yml'));
  symlinkSync('nexus.yml', join(docs, 'nexus.yml'));
  rmSync(join(docs, 'units.yml'), {recursive: true});
  writeFileSync(join(docs, 'units.yml'), `# ${'x'.repeat(1024 * 1024)}\n`);
  expect(site().messages.filter((m) => m.includes('units'))).toEqual([
    'docs/units.yml:1:1: units.yml is larger than the limit of 1,024 KiB (1,025 KiB); it is not read. Split it into smaller files.',
  ]);
  expect(site().messages.filter((m) => m.includes('nexus'))).toMatchInlineSnapshot(`
   [
     "docs/nexus.yml:1:1: nexus.yml could not be read: it is a symbolic link that loops (ELOOP).",
   ]
  `);
});

test('a UTF-16 or Latin-1 registry and page are reported, with the place of the first bad byte', () => {
  const utf16 = Buffer.from('\uFEFF- code: OES\n  name: Office\n', 'utf16le');
  writeFileSync(join(docs, 'units.yml'), utf16);
  writeFileSync(
    join(docs, 'nexus.yml'),
    Buffer.from('- slug: a\n  title: Caf\xe9\n  description: A.\n', 'latin1'),
  );
  writeFileSync(join(docs, 'latin.md'), Buffer.from('# T\n\nna\xefve\n', 'latin1'));
  expect(site().messages).toMatchInlineSnapshot(`
   [
     "docs/latin.md:3:3: Page is not valid UTF-8 (a Latin-1 or Windows-1252 file?): the bytes here are shown as \`�\`. Save it as UTF-8.",
     "docs/nexus.yml:2:13: nexus.yml is not valid UTF-8 (a Latin-1 or Windows-1252 file?): the bytes here are shown as \`�\`. Save it as UTF-8.",
     "docs/units.yml:1:1: units.yml is UTF-16, expected UTF-8; it is not read. Save it as UTF-8 (in most editors: "Save with encoding").",
   ]
  `);
});

test('registry aliases are resolved, and a missing parent is placed on its entry', () => {
  writeFileSync(
    join(docs, 'units.yml'),
    '- code: OES\n  name: &n Office\n- code: SD\n  name: *n\n  parent: NOPE\n',
  );
  expect(site().messages).toMatchInlineSnapshot(`
   [
     "docs/units.yml:3:3: units.yml: parent \`NOPE\` of \`SD\` is not a listed unit; add it to units.yml or correct the code.",
   ]
  `);
});

test('a page named `100%.md` gets a permalink', () => {
  writeFileSync(join(docs, '100%.md'), PAGE.replace('a1', 'p1'));
  const model = loadSite({docsDir: docs, cwd: root});
  expect(model.pages.map((page) => page.page.permalink)).toEqual(['/docs/100%', '/docs/good']);
});

test('loadSiteAsync reports the same', async () => {
  symlinkSync('/etc/passwd', join(docs, 'passwd.md'));
  const model = await loadSiteAsync({docsDir: docs, cwd: root});
  expect(model.messages.map((m) => m.ruleId)).toEqual(['symlink']);
});
