import * as api from '../index.js';
import * as build from '../indexer/index.js';

test('public API', () => {
  expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
   [
     "DEFAULT_SUGGEST_OPTIONS",
     "INDEX_FILE",
     "INDEX_FORMAT",
     "SUGGEST_LOCALES",
     "contribution",
     "detectLocale",
     "normalizeSuggestOptions",
     "phraseKey",
     "shippedIndex",
     "stemWord",
     "suggestSdg",
     "toSuggestLocale",
     "tokenize",
   ]
  `);
  expect(Object.keys(build).sort()).toMatchInlineSnapshot(`
   [
     "TIER_WEIGHTS",
     "UN_FOLDERS",
     "UN_TERM_RULES",
     "VocabularyError",
     "buildIndex",
     "readSources",
     "readVocabulary",
     "serializeIndex",
     "unCode",
     "unTextEntries",
   ]
  `);
});
