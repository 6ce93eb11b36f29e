import {jsonForScript} from '../theme/DocBreadcrumbs/StructuredData/jsonForScript';

// The breadcrumbs' JSON-LD is written inside a `<script>` element; theme-classic writes JSON.stringify's
// text as it is, so a front-matter `title` of `</script><script>…` would end the element and run.
describe('jsonForScript', () => {
  const hostile = {name: '</script><script>alert(1)</script><!--', other: 'a & b > c\u2028d'};

  test('no `<`, `>` or `&` is left to end or change the script element', () => {
    expect(jsonForScript(hostile)).toMatchInlineSnapshot(
      `"{"name":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!--","other":"a \\u0026 b \\u003e c\\u2028d"}"`,
    );
    expect(jsonForScript(hostile)).not.toMatch(/[<>&\u2028\u2029]/);
  });

  test('the JSON read back is the same value', () => {
    expect(JSON.parse(jsonForScript(hostile))).toEqual(hostile);
  });
});
