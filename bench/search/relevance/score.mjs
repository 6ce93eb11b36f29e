// Relevance measures of ranked page lists against the query set: Success@1, Success@5, MRR@10.
import {readFileSync} from 'node:fs';

/** The query set: `[query, target]` pairs from queries.tsv (comments and blank lines skipped). */
export function readQueries(path = new URL('./queries.tsv', import.meta.url)) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [query, target] = line.split('\t');
      return {query, target};
    });
}

/** A result URL as a page key: path only, below the docs route, no trailing slash (`commands/npm-ci`). */
export function pageKey(url) {
  const path = new URL(url, 'http://x').pathname.replace(/\/$/, '');
  return decodeURIComponent(path)
    .replace(/^\/docs\//, '')
    .replace(/^\//, '');
}

/** Distinct pages of a ranked URL list, in order. */
export function rankedPages(urls) {
  return [...new Set(urls.map(pageKey))];
}

/** S@1, S@5, MRR@10 and the queries with no result, for `ranked[i]` (page keys) against `queries[i]`. */
export function scoreRuns(queries, ranked) {
  let s1 = 0;
  let s5 = 0;
  let mrr = 0;
  let empty = 0;
  const misses = [];
  queries.forEach(({query, target}, i) => {
    const pages = ranked[i];
    if (pages.length === 0) empty++;
    const rank = pages.slice(0, 10).indexOf(target) + 1;
    if (rank === 1) s1++;
    if (rank >= 1 && rank <= 5) s5++;
    if (rank >= 1) mrr += 1 / rank;
    if (rank !== 1)
      misses.push(`${query} → ${rank || '–'} (${pages.slice(0, 3).join(', ') || 'nothing'})`);
  });
  const n = queries.length;
  return {s1: s1 / n, s5: s5 / n, mrr: mrr / n, empty, n, misses};
}
