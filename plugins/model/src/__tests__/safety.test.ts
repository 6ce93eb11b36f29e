import fc from 'fast-check';
import {join} from 'node:path';
import {loadModelConfig} from '../config.js';
import {formatMessage} from '../diagnostics.js';
import {htmlTags, unsafeUrl} from '../html-scan.js';
import {parsePage} from '../parse.js';
import {MAX_SAFETY_FINDINGS} from '../safety.js';

// Authoring safety (issue 18): the fixture `test/fixtures/authoring-safety` has the Markdown cases; here
// the MDX page, the option turned off, the URL rules and the HTML scanner's properties.
const docsDir = join(__dirname, '..', '..', 'test', 'registry');
const {config} = loadModelConfig({docsDir});
const trusted = loadModelConfig({docsDir, authoringSafety: false}).config;
const messages = (value: string, path = 'p.md', given = config) =>
  parsePage({path, value}, given).messages.map(formatMessage);

describe('authoring safety', () => {
  test('JSX handlers and script URLs of an MDX page are reported where they are written', () => {
    const page =
      '# A\n\n<button onClick={() => steal()}>Go</button>\n\n<a href="javascript:x()">x</a>\n';
    expect(messages(page, 'p.mdx').map((line) => line.split(': ')[0])).toEqual([
      'p.mdx:3:9',
      'p.mdx:5:4',
    ]);
  });

  test('turned off (`authoringSafety: false`), a site of trusted authors keeps its scripts', () => {
    const page = '---\ntitle: "</script>"\n---\n\n<script>x()</script>\n\n[a](javascript:x)\n';
    expect(messages(page, 'p.md', trusted)).toEqual([]);
    expect(messages(page)).toHaveLength(3);
  });

  test('a page of a thousand handlers reports the first ones, then stops', () => {
    expect(messages('<b onclick=x>a</b>\n'.repeat(1000))).toHaveLength(MAX_SAFETY_FINDINGS);
  });

  test.each([
    ['javascript:alert(1)', false, 'a `javascript:` URL runs script'],
    ['  JaVa\tScRiPt:alert(1)', false, 'a `javascript:` URL runs script'],
    ['\u0001javascript:x', false, 'a `javascript:` URL runs script'],
    ['vbscript:x', false, 'a `vbscript:` URL runs script'],
    ['data:text/html,<script>x</script>', false, 'a `data:` URL can hold a page that runs script'],
    ['data:image/svg+xml,<svg onload=x>', true, 'a `data:` URL can hold a page that runs script'],
    ['data:image/png;base64,AAAA', true, undefined],
    ['https://example.org/javascript:x', false, undefined],
    ['/docs/javascript:x', false, undefined],
    ['mailto:a@example.org', false, undefined],
  ])('unsafeUrl(%j, image %s)', (url, image, expected) => {
    expect(unsafeUrl(url, image)).toBe(expected);
  });

  test('the HTML scanner reads tags, names and values as a browser would', () => {
    expect(htmlTags('a <IMG src=x.png OnError = "b()" alt=\'q\'> <br/> < notag <p')).toEqual([
      {
        name: 'img',
        offset: 2,
        attributes: [
          {name: 'src', value: 'x.png', offset: 7},
          {name: 'onerror', value: 'b()', offset: 17},
          {name: 'alt', value: 'q', offset: 33},
        ],
      },
      {name: 'br', offset: 42, attributes: []},
      {name: 'p', offset: 56, attributes: []},
    ]);
  });

  test('any text gives tags inside it, never a throw (property)', () => {
    const piece = fc.constantFrom(
      '<',
      '>',
      'a',
      ' ',
      '=',
      '"',
      "'",
      'on',
      'script',
      '/',
      '\n',
      'href',
    );
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 40}), (pieces) => {
        const html = pieces.join('');
        for (const tag of htmlTags(html)) {
          expect(html[tag.offset]).toBe('<');
          for (const attribute of tag.attributes)
            expect(attribute.offset).toBeLessThan(html.length);
        }
        expect(() => parsePage({path: 'p.md', value: html}, config)).not.toThrow();
      }),
      {numRuns: 300},
    );
  });
});
