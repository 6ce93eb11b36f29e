import fc from 'fast-check';
import getSlug from '@docusaurus/plugin-content-docs/lib/slug.js';
import {DefaultNumberPrefixParser} from '@docusaurus/plugin-content-docs/lib/numberPrefix.js';
import {posix} from 'node:path';
import {docPermalink} from '../permalink.js';

describe('docPermalink follows the docs plugin', () => {
  test.each([
    ['intro.md', {}, '/docs/intro'],
    ['intro.md', {slug: '/'}, '/docs/'],
    ['01-guides/02-handover.md', {}, '/docs/guides/handover'],
    ['evaluations/index.md', {}, '/docs/evaluations/'],
    ['evaluations/README.md', {}, '/docs/evaluations/'],
    ['evaluations/evaluations.mdx', {}, '/docs/evaluations/'],
    ['plans/a.md', {id: 'renamed'}, '/docs/plans/renamed'],
    ['plans/a.md', {slug: 'other'}, '/docs/plans/other'],
    ['plans/a.md', {slug: '/top/level'}, '/docs/top/level'],
    ['01-plans/a.md', {parse_number_prefixes: false}, '/docs/01-plans/a'],
    // Names that look like versions or dates are not number prefixes (the Jest docs' folders).
    ['29.7/GlobalAPI.md', {id: 'api'}, '/docs/29.7/api'],
    ['30.0/Configuration.md', {}, '/docs/30.0/Configuration'],
    ['2021-11-release.md', {}, '/docs/2021-11-release'],
    ['7.0-notes.md', {}, '/docs/7.0-notes'],
    ['2-guides/2021-11-release.md', {}, '/docs/guides/2021-11-release'],
  ])('%s with %j → %s', (source, frontMatter, expected) => {
    expect(docPermalink(source, frontMatter)).toBe(expected);
  });

  test('docs-only mode and version routes', () => {
    expect(docPermalink('plans/a.md', {}, '/')).toBe('/plans/a');
    expect(docPermalink('plans/a.md', {}, '/docs/1.0')).toBe('/docs/1.0/plans/a');
    expect(docPermalink('index.md', {}, '/docs/next')).toBe('/docs/next/');
  });

  // Docusaurus's own slug function, with its default parser, is the reference for any path.
  const segment = fc.stringMatching(/^(?:\d{1,4}[-_. ]{0,2})?[A-Za-z0-9][A-Za-z0-9._-]{0,8}$/);
  const source = fc
    .tuple(fc.array(segment, {maxLength: 3}), segment, fc.constantFrom('.md', '.mdx'))
    .map(([dirs, name, ext]) => [...dirs, `${name}${ext}`].join('/'));

  test('equals Docusaurus’s getSlug for generated paths', () => {
    fc.assert(
      fc.property(source, fc.boolean(), (path, parse) => {
        const name = posix.basename(path).replace(/\.mdx?$/, '');
        const baseID = parse ? DefaultNumberPrefixParser(name).filename : name;
        let expected: string;
        try {
          expected = getSlug({
            baseID,
            source: `@site/docs/${path}`,
            sourceDirName: posix.dirname(path),
            stripDirNumberPrefixes: parse,
          });
        } catch {
          return; // Docusaurus rejects the path itself (an invalid slug): nothing to compare.
        }
        const frontMatter = parse ? {} : {parse_number_prefixes: false};
        expect(docPermalink(path, frontMatter, '/')).toBe(expected);
      }),
      {numRuns: 500},
    );
  });
});
