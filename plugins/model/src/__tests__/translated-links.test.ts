import {join, relative} from 'node:path';
import {translatedMarkdownLinks} from '../translated-links.js';

const siteDir = join(__dirname, '..', '..', 'test', 'i18n-site');
const shown = (path: string) => relative(process.cwd(), join(siteDir, path));
const resolveLink = translatedMarkdownLinks({siteDir});

describe('translatedMarkdownLinks', () => {
  const saved = process.env.DOCUSAURUS_CURRENT_LOCALE;
  beforeEach(() => (process.env.DOCUSAURUS_CURRENT_LOCALE = 'fr'));
  afterAll(() => (process.env.DOCUSAURUS_CURRENT_LOCALE = saved));

  test('a translated page’s link to an untranslated one, and back, lead to the doc’s permalink', () => {
    const translated = shown('i18n/fr/docusaurus-plugin-content-docs/current/plan.md');
    expect(resolveLink({sourceFilePath: translated, url: './notes.md#n-1'})).toBe(
      '/docs/notes#n-1',
    );
    expect(resolveLink({sourceFilePath: shown('docs/notes.md'), url: 'plan.md?x=1'})).toBe(
      '/docs/plan?x=1',
    );
  });

  test('a link to no doc fails the build, as `throw` does', () => {
    expect(() =>
      resolveLink({sourceFilePath: shown('docs/notes.md'), url: './old.md'}),
    ).toThrowErrorMatchingInlineSnapshot(
      `"Markdown link with URL \`./old.md\` in source file "plugins/model/test/i18n-site/docs/notes.md" couldn't be resolved: no doc at that path in the docs folder or in this locale's translations. Correct the path."`,
    );
  });
});
