import lunr from 'lunr';
import french from 'lunr-languages/lunr.fr.js';
import russian from 'lunr-languages/lunr.ru.js';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';

/** The languages the analyzer has stop words and stemmers for. */
export const LANGUAGES = ['en', 'fr', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

type LunrLanguage = {stopWordFilter: lunr.PipelineFunction; stemmer: lunr.PipelineFunction};
type LunrWithLanguages = typeof lunr & {fr?: LunrLanguage; ru?: LunrLanguage};

function registerLanguages(): LunrWithLanguages {
  const registry = lunr as LunrWithLanguages;
  // Registered once per copy of lunr: loading a language twice makes lunr warn that it overwrites it.
  if (!registry.fr) {
    stemmerSupport(lunr);
    french(lunr);
    russian(lunr);
  }
  return registry;
}

/** lunr with French and Russian registered, the same in Node and in the browser. */
export const lunrWithLanguages: LunrWithLanguages = registerLanguages();

function languageFunctions(language: Language): lunr.PipelineFunction[] {
  if (language === 'en') return [lunr.stopWordFilter, lunr.stemmer];
  const own = lunrWithLanguages[language]!;
  return [own.stopWordFilter, own.stemmer];
}

/**
 * The stop-word filters and stemmers of `languages`, in order. No trimmer: the tokenizer already cuts
 * words (and a Russian trimmer would strip Latin letters). Built from the registered functions, not
 * `lunr.multiLanguage`, which registers its trimmer again on every call (lunr then warns
 * "Overwriting existing registered function").
 */
export function createLanguagePipeline(languages: readonly Language[] = LANGUAGES): lunr.Pipeline {
  const pipeline = new lunr.Pipeline();
  pipeline.add(...languages.flatMap(languageFunctions));
  return pipeline;
}

/**
 * The analyzer's languages for a site locale: its own language first, then those whose words its
 * pages commonly quote and that do not share its alphabet's stemming (English pages index French and
 * Russian words too, as the portal's English pages quote both).
 */
export function localeLanguages(locale: string | undefined): Language[] {
  const language = (locale ?? 'en').toLowerCase().split(/[-_]/)[0];
  if (language === 'fr') return ['fr', 'ru'];
  if (language === 'ru') return ['ru', 'en'];
  return ['en', 'fr', 'ru'];
}
