import {pageTextsOf, pageTextsTranslationFile} from '../page-texts.js';

const PAGES = new Map([
  ['sdg', {title: 'Sustainable Development Goals', description: 'The 17 goals.'}],
  ['constructor', {title: 'Built', description: 'A page named like a prototype member.'}],
]);

test('the translation file holds each page’s title and description, shipped translation first', () => {
  const file = pageTextsTranslationFile(PAGES, {'sdg.title': 'Objectifs de développement durable'});
  expect(file.path).toBe('pages');
  expect({...file.content}).toEqual({
    'sdg.title': {
      message: 'Objectifs de développement durable',
      description: 'The title of the sdg page (browser tab and heading)',
    },
    'sdg.description': {
      message: 'The 17 goals.',
      description: 'The meta description of the sdg page (search engines, link previews)',
    },
    'constructor.title': {
      message: 'Built',
      description: 'The title of the constructor page (browser tab and heading)',
    },
    'constructor.description': {
      message: 'A page named like a prototype member.',
      description: 'The meta description of the constructor page (search engines, link previews)',
    },
  });
});

test('the texts come from the localized file, else English', () => {
  const file = {path: 'pages', content: {'sdg.description': {message: 'Les 17 objectifs.'}}};
  expect(pageTextsOf(PAGES, file).get('sdg')).toEqual({
    title: 'Sustainable Development Goals',
    description: 'Les 17 objectifs.',
  });
  expect(pageTextsOf(PAGES, undefined).get('constructor')).toEqual(PAGES.get('constructor'));
});
