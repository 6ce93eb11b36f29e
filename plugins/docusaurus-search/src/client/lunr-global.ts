// lunr's own text-pipeline files (`lunr/lib/token.js`, `pipeline.js`, `stop_word_filter.js`,
// `stemmer.js`) are scripts that add to a global `lunr` and read it again when they run (a pipeline
// makes `new lunr.Token`): this module gives them one, before `lunr-core.ts` loads them.

/** The parts of lunr the analyzer runs, filled in by lunr's files. */
export interface LunrCore {
  version: string;
  utils: {warn(message: string): void};
  Token: new (str: string, metadata?: object) => {toString(): string};
  Pipeline: {
    new (): {add(...functions: unknown[]): void; runString(str: string): string[]};
    registerFunction(fn: unknown, label: string): void;
  };
  stemmer: unknown;
  stopWordFilter: unknown;
  generateStopWordFilter(words: string[]): unknown;
  [language: string]: unknown;
}

type WithLunr = {lunr?: LunrCore};
const scope = globalThis as unknown as WithLunr;

/**
 * The global `lunr` the files fill in: a page's own, if it has one (lunr loaded by a script tag: the
 * files then add the same code it already has), else this core, `version` as lunr's (lunr-languages
 * checks for version 2).
 */
export const core: LunrCore = (scope.lunr ??= {
  version: '2.3.9',
  utils: {
    warn(message: string) {
      if (typeof console !== 'undefined') console.warn(message);
    },
  },
} as unknown as LunrCore);
