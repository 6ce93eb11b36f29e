// Runs first queries through the plugin's SearchEngine and HTTP source against index files served over
// HTTP, counting the requests and bytes until the first result is ready, then times typed keystrokes.
import {SearchEngine} from '../../plugins/docusaurus-search/lib/client/engine.js';
import {searchHits} from '../../plugins/docusaurus-search/lib/client/hits.js';
import {createHttpSource} from '../../plugins/docusaurus-search/lib/client/source.js';
import {percentile} from './stats.mjs';

const LIMIT = 12;

function countingEngine(manifest, base) {
  const requests = [];
  const counted = async (url, init) => {
    const response = await fetch(url, {
      ...init,
      headers: {...init?.headers, 'accept-encoding': 'gzip'},
    });
    // A multi-range request answered 200 (whole file) is cancelled by the engine at once: counted as a
    // request, its bytes not (what arrived before the cancel depends on the network, not measured here).
    const cancelled = response.status === 200 && /,/.test(init?.headers?.range ?? '');
    requests.push(cancelled ? 0 : Number(response.headers.get('content-length')));
    if (cancelled) requests.cancelled = (requests.cancelled ?? 0) + 1;
    return response;
  };
  return {engine: new SearchEngine(manifest, createHttpSource(base, counted)), requests};
}

/** Wire bytes (index files only), requests and result count of `query` as a first query. */
export async function measureFirstQuery(manifest, base, query) {
  const {engine, requests} = countingEngine(manifest, base);
  let first;
  let total = 0;
  await searchHits(engine, {query, limit: LIMIT}, (hits, count) => {
    total = count;
    if (!first && hits.length)
      first = {
        bytes: requests.reduce((a, b) => a + b, 0),
        requests: requests.length,
        cancelled: requests.cancelled ?? 0,
      };
  });
  return {...first, total};
}

/** Pause between an answer and the next key: what the Chromium measure waits (20 ms, then 50 ms after). */
export const TYPING_PAUSE_MS = 70;
/** The box searches from two characters; a shorter query only loads what its next keys need. */
const MIN_QUERY_LENGTH = 2;

/**
 * Keystroke latency, as the search box sees it: each query typed character by character, `rounds` times,
 * on one engine, every key timed (the first included) until its answer is ranked and rendered into hits.
 * A key that leaves fewer than two characters is answered at once (nothing shown) and asks the engine to
 * prefetch, as the box does; keys come `TYPING_PAUSE_MS` after the previous answer.
 */
export async function measureTyping(manifest, base, queries, rounds = 2) {
  const {engine} = countingEngine(manifest, base);
  const latencies = [];
  for (let round = 0; round < rounds; round++)
    for (const query of queries)
      for (let end = 1; end <= query.length; end++) {
        const typed = query.slice(0, end);
        await new Promise((resolve) => setTimeout(resolve, TYPING_PAUSE_MS));
        const start = performance.now();
        if (typed.trim().length < MIN_QUERY_LENGTH) engine.prefetch(typed).catch(() => undefined);
        else await searchHits(engine, {query: typed, limit: LIMIT}, () => {});
        latencies.push(performance.now() - start);
      }
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: Math.max(...latencies),
    keystrokes: latencies.length,
  };
}
