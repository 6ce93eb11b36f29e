import fc from 'fast-check';
import getSlug from '@docusaurus/plugin-content-docs/lib/slug.js';
import {readFileSync} from 'node:fs';
import {join, posix} from 'node:path';
import {formatMessage} from '../diagnostics.js';
import {loadSite} from '../site.js';
import {checkSlug} from '../slug-check.js';
import {stripNumberPrefix} from '../permalink.js';

// test/sites/slugs: pages whose `slug`, `id` or file name Docusaurus's docs plugin refuses (the build stops).
const siteDir = join(__dirname, '..', '..', 'test', 'sites', 'slugs');

describe('slugs Docusaurus refuses', () => {
  test('kb check reports each at its front-matter line, or the page start for a file name', () => {
    const site = loadSite({docsDir: join(siteDir, 'docs'), cwd: siteDir});
    const expected = readFileSync(join(siteDir, 'expected.txt'), 'utf8').trim().split('\n');
    expect(site.messages.map(formatMessage)).toEqual(expected);
  });

  // The docs plugin's getSlug (which throws on a slug it refuses) is the reference.
  const char = fc.constantFrom(
    'a',
    'b',
    '1',
    '-',
    '.',
    '/',
    '?',
    '#',
    '\\',
    ' ',
    '%',
    'é',
    '..',
    '_',
  );
  const text = fc.array(char, {minLength: 1, maxLength: 8}).map((parts) => parts.join(''));
  const name = text.filter((value) => !value.includes('/') && !/^\.+$/.test(value));
  test('a page is reported exactly when the docs plugin’s getSlug throws (property)', () => {
    fc.assert(
      fc.property(
        fc.array(name, {maxLength: 2}),
        name,
        fc.option(text, {nil: undefined}),
        (dirs, file, slug) => {
          const source = [...dirs, `${file}.md`].join('/');
          const frontMatter = slug === undefined ? {} : {slug};
          let refused = false;
          try {
            getSlug({
              baseID: stripNumberPrefix(file),
              frontMatterSlug: slug,
              source: `@site/docs/${source}`,
              sourceDirName: posix.dirname(source),
            });
          } catch {
            refused = true;
          }
          expect(checkSlug('p.md', '', source, frontMatter).length > 0).toBe(refused);
        },
      ),
      {numRuns: 500},
    );
  });
});
