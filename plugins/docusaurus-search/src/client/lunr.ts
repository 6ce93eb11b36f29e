import french from 'lunr-languages/lunr.fr.js';
import russian from 'lunr-languages/lunr.ru.js';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import {lunrCore, type LunrCore} from './lunr-core.js';

/** The languages the analyzer has stop words and stemmers for. */
export const LANGUAGES = ['en', 'fr', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

type PipelineFunction = unknown;
type LunrLanguage = {stopWordFilter: PipelineFunction; stemmer: PipelineFunction};
type LunrWithLanguages = LunrCore & {fr?: LunrLanguage; ru?: LunrLanguage};
type LanguageRegistration = (lunr: LunrCore) => void;

function registerLanguages(): LunrWithLanguages {
  const registry = lunrCore as LunrWithLanguages;
  // Registered once per copy of lunr: loading a language twice makes lunr warn that it overwrites it.
  if (!registry.fr) {
    for (const register of [stemmerSupport, french, russian])
      (register as unknown as LanguageRegistration)(lunrCore);
  }
  return registry;
}

/**
 * lunr's text pipeline with French and Russian registered, the same in Node and in the browser (the
 * stemmer support leaves lunr's query parser alone: the core has none, and the engine parses queries).
 */
export const lunrWithLanguages: LunrWithLanguages = registerLanguages();

function languageFunctions(language: Language): PipelineFunction[] {
  if (language === 'en') return [lunrCore.stopWordFilter, lunrCore.stemmer];
  const own = lunrWithLanguages[language]!;
  return [own.stopWordFilter, own.stemmer];
}

/**
 * The stop-word filters and stemmers of `languages`, in order. No trimmer: the tokenizer already cuts
 * words (and a Russian trimmer would strip Latin letters). Built from the registered functions, not
 * `lunr.multiLanguage`, which registers its trimmer again on every call (lunr then warns
 * "Overwriting existing registered function").
 */
export function createLanguagePipeline(
  languages: readonly Language[] = LANGUAGES,
): InstanceType<LunrCore['Pipeline']> {
  const pipeline = new lunrCore.Pipeline();
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
