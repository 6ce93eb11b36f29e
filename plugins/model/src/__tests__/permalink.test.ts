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
  ])('%s with %j → %s', (source, frontMatter, expected) => {
    expect(docPermalink(source, frontMatter)).toBe(expected);
  });

  test('a root route base path', () => {
    expect(docPermalink('plans/a.md', {}, '/')).toBe('/plans/a');
  });
});
