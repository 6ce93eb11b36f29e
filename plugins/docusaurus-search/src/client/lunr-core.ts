// The stemmers and stop-word filters of lunr without the rest of lunr (its index, builder, query
// parser and token sets: 8.4 kB of the 15.6 kB gzipped chunk that every first query loads). These are
// lunr's own files of its text pipeline, the code `lunr.js` is built from, so a term is analysed the
// same way in the browser as at build time (a test holds them equal to `lunr.js` word for word). They
// run on a global `lunr` (`lunr-global.ts`).
import {core} from './lunr-global.js';
import 'lunr/lib/token.js';
import 'lunr/lib/pipeline.js';
import 'lunr/lib/stop_word_filter.js';
import 'lunr/lib/stemmer.js';

export const lunrCore = core;
export type {LunrCore} from './lunr-global.js';
