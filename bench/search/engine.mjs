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
    // A multi-range request answered 200 (whole file) is cancelled by the worker at once: counted as a
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

/** Keystroke latency: each query typed character by character, `rounds` times, on one engine. */
export async function measureTyping(manifest, base, queries, rounds = 2) {
  const {engine} = countingEngine(manifest, base);
  const latencies = [];
  for (let round = 0; round < rounds; round++)
    for (const query of queries)
      for (let end = 1; end <= query.length; end++) {
        const start = performance.now();
        await searchHits(engine, {query: query.slice(0, end), limit: LIMIT}, () => {});
        latencies.push(performance.now() - start);
      }
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: Math.max(...latencies),
    keystrokes: latencies.length,
  };
}
