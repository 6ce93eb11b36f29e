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
 * The global `lunr` the files fill in: this core, `version` as lunr's (lunr-languages checks for
 * version 2); on a page that already has a global lunr.js (a script tag), that one, whose `Pipeline`
 * and its registered functions the files then replace (the README's known limit).
 */
export const core: LunrCore = (scope.lunr ??= {
  version: '2.3.9',
  utils: {
    warn(message: string) {
      if (typeof console !== 'undefined') console.warn(message);
    },
  },
} as unknown as LunrCore);
