import lunr from 'lunr';
import multi from 'lunr-languages/lunr.multi.js';
import french from 'lunr-languages/lunr.fr.js';
import russian from 'lunr-languages/lunr.ru.js';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';

/** The languages whose stop words and stemmers the analyzer applies, in order. */
export const LANGUAGES = ['en', 'fr', 'ru'] as const;

type LunrWithLanguages = typeof lunr & {
  multiLanguage: (...languages: string[]) => lunr.Builder.Plugin;
};

function registerLanguages(): LunrWithLanguages {
  const registry = lunr as LunrWithLanguages;
  if (!registry.multiLanguage) {
    stemmerSupport(lunr);
    french(lunr);
    russian(lunr);
    multi(lunr);
  }
  return registry;
}

/** lunr with French and Russian registered, the same in Node and in the browser. */
export const lunrWithLanguages: LunrWithLanguages = registerLanguages();

/** The stop-word filters and stemmers of English, French and Russian, as `lunr.multiLanguage` orders them. */
export function createLanguagePipeline(): lunr.Pipeline {
  const target = {pipeline: new lunr.Pipeline(), searchPipeline: new lunr.Pipeline()};
  const plugin = lunrWithLanguages.multiLanguage(...LANGUAGES);
  plugin.call(target as unknown as lunr.Builder, target as unknown as lunr.Builder);
  return target.pipeline;
}
