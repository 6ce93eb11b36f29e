// The analyzer runs lunr's text pipeline without the rest of lunr: the same stems and stop words as
// `lunr.js` with lunr-languages, word for word, on a global `lunr` of its own.
import lunr from 'lunr';
import french from 'lunr-languages/lunr.fr.js';
import russian from 'lunr-languages/lunr.ru.js';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import {createLanguagePipeline, LANGUAGES, type Language} from '../client/lunr';

type Full = typeof lunr &
  Record<string, {stopWordFilter: lunr.PipelineFunction; stemmer: lunr.PipelineFunction}>;

function fullPipeline(languages: readonly Language[]): lunr.Pipeline {
  const full = lunr as Full;
  if (!full.fr) {
    stemmerSupport(lunr);
    french(lunr);
    russian(lunr);
  }
  const pipeline = new lunr.Pipeline();
  for (const language of languages)
    if (language === 'en') pipeline.add(lunr.stopWordFilter, lunr.stemmer);
    else pipeline.add(full[language]!.stopWordFilter, full[language]!.stemmer);
  return pipeline;
}

const WORDS = [
  'recommendations',
  'management',
  'responses',
  'evaluation',
  'lessons',
  'learned',
  'handover',
  'the',
  'and',
  'of',
  'generalizations',
  'oscillators',
  'hopping',
  'relational',
  'conditional',
  'évaluations',
  'développement',
  'durables',
  'les',
  'de',
  'la',
  'recommandations',
  'réponse',
  'показателей',
  'показатели',
  'оценки',
  'и',
  'в',
  'рекомендации',
  'устойчивого',
  'развития',
  'y',
  'yes',
  'sky',
  'agreed',
  'feed',
  'EXCOM/CONCLU/98',
  '11.2.1',
  'follow-up',
];

describe('lunr core', () => {
  test.each([['en'], ['fr'], ['ru']] as const)('%s: the same terms as lunr.js', (language) => {
    const languages = [language, ...LANGUAGES.filter((other) => other !== language)];
    const ours = createLanguagePipeline(languages);
    const full = fullPipeline(languages);
    for (const word of WORDS)
      expect([word, ours.runString(word)]).toEqual([word, full.runString(word)]);
  });

  test('the core is not lunr.js: no index, builder or query parser in the analyzer', () => {
    const core = (globalThis as {lunr?: Record<string, unknown>}).lunr!;
    expect(core).not.toBe(lunr);
    expect([core.Index, core.Builder, core.QueryParser, core.TokenSet]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
