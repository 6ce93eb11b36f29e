import {VFile} from 'vfile';
import {
  loadModelConfig,
  pageHeadings,
  pageSections,
  parseMarkdown,
  parsePage,
  parsePageSyntax,
  readTranslatedText,
} from '../index';
import {mergeTranslation} from '../translation-merge.js';

const sectionsOf = (value: string) =>
  pageSections(parseMarkdown(new VFile({path: 'p.md', value})), value);

describe('pageSections', () => {
  test('cuts a page at its headings, with the anchors Docusaurus gives them', () => {
    const value = [
      '---',
      'title: T',
      '---',
      '',
      '# Title',
      '',
      'Intro text.',
      '',
      '## Findings',
      '',
      'First finding.',
      '',
      '### Détails & notes',
      '',
      'Detail.',
      '',
      '## Findings',
      '',
      'Again.',
      '',
      '## Custom heading {#my-id}',
      '',
      'Custom.',
    ].join('\n');
    expect(sectionsOf(value)).toEqual([
      {heading: '', anchor: '', depth: 1, text: 'Intro text.'},
      {heading: 'Findings', anchor: 'findings', depth: 2, text: 'First finding.'},
      {heading: 'Détails & notes', anchor: 'détails--notes', depth: 3, text: 'Detail.'},
      {heading: 'Findings', anchor: 'findings-1', depth: 2, text: 'Again.'},
      {heading: 'Custom heading', anchor: 'my-id', depth: 2, text: 'Custom.'},
    ]);
  });

  test('leaves out code blocks, HTML, status blocks and pulls, keeps inline code and admonitions', () => {
    const value = [
      '## Work',
      '',
      'See `EXCOM/CONCLU/98`.',
      '',
      '```js',
      'const hidden = 1;',
      '```',
      '',
      '<div>html</div>',
      '',
      ':::status[An item]{#a-1 status=ongoing}',
      'Item body.',
      ':::',
      '',
      '::status-ref{id=a-1}',
      '',
      ':::note',
      'Kept note.',
      ':::',
    ].join('\n');
    expect(sectionsOf(value)).toEqual([
      {heading: 'Work', anchor: 'work', depth: 2, text: 'See EXCOM/CONCLU/98.\nKept note.'},
    ]);
  });

  test('slugs headings inside status blocks too, as Docusaurus counts every heading', () => {
    const value = [
      ':::status[T]{#a-1 status=ongoing}',
      '## Notes',
      'x',
      ':::',
      '',
      '## Notes',
      '',
      'y',
    ].join('\n');
    expect(sectionsOf(value).map((s) => s.anchor)).toEqual(['notes-1']);
  });
});

describe('pageHeadings (ParsedPage.headings)', () => {
  test('top-level headings 2 to 6 with lines; a heading inside a block is not one, but takes its slug', () => {
    const value = [
      '# Title',
      '',
      '## Findings',
      '',
      ':::status[A finding]{#f-1 status=ongoing owner=OES}',
      '## Findings',
      ':::',
      '',
      '### Findings {#custom}',
      '',
      '## Findings',
    ].join('\n');
    const parsed = parsePage({path: 'p.md', value}, loadModelConfig({docsDir: '/nowhere'}).config);
    expect(parsed.headings).toEqual([
      {line: 3, depth: 2, text: 'Findings', anchor: 'findings'},
      {line: 9, depth: 3, text: 'Findings', anchor: 'custom'},
      {line: 11, depth: 2, text: 'Findings', anchor: 'findings-2'},
    ]);
    expect(pageHeadings(parseMarkdown(new VFile({path: 'p.md', value})))).toEqual(parsed.headings);
  });
});

describe('ParsedPage.sections', () => {
  const value = [
    '# Title',
    '',
    'Intro with :abbr[a directive].',
    '',
    '## Findings',
    '',
    ':::status[A finding]{#f-1 status=ongoing owner=OES}',
    'Inside the block.',
    ':::',
    '',
    'After the block.',
    '',
    '```js',
    'code();',
    '```',
    '',
    '### Findings {#custom}',
    '',
    'Custom.',
  ].join('\n');
  const config = loadModelConfig({docsDir: '/nowhere'}).config;

  test('are the page sections of the parse the model made, by parsePage and parsePageSyntax alike', () => {
    const parsed = parsePage({path: 'p.md', value}, config);
    expect(parsed.sections).toEqual([
      {heading: '', anchor: '', depth: 1, text: 'Intro with :abbr[a directive].'},
      {heading: 'Findings', anchor: 'findings', depth: 2, text: 'After the block.'},
      {heading: 'Findings', anchor: 'custom', depth: 3, text: 'Custom.'},
    ]);
    expect(parsed.sections).toEqual(sectionsOf(value));
    expect(parsePageSyntax({path: 'p.md', value}, config).parsed.sections).toEqual(parsed.sections);
  });

  test("are the translation's in a locale's site", () => {
    const source = parsePage({path: 'docs/p.md', value}, config);
    const french = value.replace('Intro with', 'Introduction avec').replace('After', 'Après');
    const translation = readTranslatedText(french, 'i18n/fr/p.md', config);
    const merged = mergeTranslation(source, translation, {
      locale: 'fr',
      defaultLocale: 'en',
      file: '/site/i18n/fr/p.md',
    });
    expect(merged.sections?.map((section) => section.text)).toEqual([
      'Introduction avec :abbr[a directive].',
      'Après the block.',
      'Custom.',
    ]);
  });
});
