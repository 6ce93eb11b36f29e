// Runs a first query through the plugin's SearchEngine against index files served over HTTP,
// counting the requests and bytes until the first result is ready, then times each keystroke.
import {SearchEngine} from '../../plugins/docusaurus-search/lib/client/engine.js';
import {searchHits} from '../../plugins/docusaurus-search/lib/client/hits.js';
import {percentile} from './stats.mjs';

/** Wire bytes, requests, result count and keystroke latency of `query` on a served index. */
export async function measureIndexOverHttp(manifest, base, query) {
  const requests = [];
  const load = async (file) => {
    const response = await fetch(base + file, {headers: {'accept-encoding': 'gzip'}});
    requests.push(Number(response.headers.get('content-length')));
    return response.json();
  };
  const engine = new SearchEngine(manifest, load);
  let first;
  let total = 0;
  await searchHits(engine, {query, limit: 24}, (hits, count) => {
    total = count;
    if (!first && hits.length)
      first = {bytes: requests.reduce((a, b) => a + b, 0), requests: requests.length};
  });
  const latencies = [];
  for (let end = 2; end <= query.length; end++) {
    const start = performance.now();
    await searchHits(engine, {query: query.slice(0, end), limit: 24}, () => {});
    latencies.push(performance.now() - start);
  }
  return {...first, total, p50: percentile(latencies, 50), p95: percentile(latencies, 95)};
}
