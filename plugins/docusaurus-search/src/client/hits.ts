import type {RankedDoc, Ranking, SearchEngine} from './engine.js';
import type {DocRecord, FacetFilter} from './format.js';
import {nextTask} from './nextTask.js';
import type {SearchHit} from './protocol.js';
import {createSnippet, findMarks} from './snippet.js';

/** A search, as the worker runs it. */
export interface HitsRequest {
  query: string;
  filter?: FacetFilter;
  limit: number;
  /** Documents shown per page at most (the box shows a page and three of its sections). */
  perPage?: number;
}

/** The best `limit` documents, at most `perPage` of each page. */
function topDocs(ranking: Ranking, limit: number, perPage = Infinity): RankedDoc[] {
  const shown = new Map<number, number>();
  const top: RankedDoc[] = [];
  for (let i = 0; i < ranking.length && top.length < limit; i++) {
    const page = ranking.pageAt(i);
    const count = shown.get(page) ?? 0;
    if (count >= perPage) continue;
    shown.set(page, count + 1);
    top.push(ranking.at(i));
  }
  return top;
}

function toHit(ranked: RankedDoc, record: DocRecord, words: string, version?: string): SearchHit {
  const terms = new Set(ranked.terms.filter((term) => !term.includes(' ')));
  return {
    doc: ranked.doc,
    page: ranked.page,
    // The text is only for the snippet: not worth copying to the page with every keystroke.
    record: {...record, text: ''},
    title: {text: record.title, marks: findMarks(record.title, terms)},
    snippet: createSnippet(record.text, terms),
    terms: Array.from(terms),
    words,
    ...(version ? {version} : {}),
  };
}

/**
 * Ranks, filters and renders the best `limit` documents. `onHits` is called first with the leading
 * results whose display chunk is loaded (so the first result shows after one chunk), then with all;
 * once `isStale` says a newer query came, not again.
 */
export async function searchHits(
  engine: SearchEngine,
  request: HitsRequest,
  onHits: (hits: SearchHit[], total: number, complete: boolean) => void,
  isStale: () => boolean = () => false,
): Promise<void> {
  const ranked = await engine.filter(
    await engine.ranking(request.query, isStale),
    request.filter ?? {},
  );
  // A newer keystroke came while the shards loaded: its own query answers instead.
  if (isStale()) return;
  const top = topDocs(ranked, request.limit, request.perPage);
  const words = request.query.trim().split(/\s+/).join(' ');
  const {versions, pageVersion} = engine.manifest;
  const versionOf = (page: number) =>
    versions && pageVersion ? versions[pageVersion[page]]?.label : undefined;
  if (top.length === 0) return onHits([], 0, true);
  await engine.records([top[0].doc]);
  const ready = top.findIndex((entry) => !engine.hasRecord(entry.doc));
  if (ready !== -1) {
    const leading = top.slice(0, ready);
    const records = await engine.records(leading.map((entry) => entry.doc));
    onHits(
      leading.map((entry) => toHit(entry, records.get(entry.doc)!, words, versionOf(entry.page))),
      ranked.length,
      false,
    );
    // The other texts are asked for in the next task, once the leading results are on the page: their
    // bytes do not compete with the first result, and a keystroke in between makes them unneeded.
    await nextTask();
    if (isStale()) return;
  }
  const records = await engine.records(top.map((entry) => entry.doc));
  onHits(
    top.map((entry) => toHit(entry, records.get(entry.doc)!, words, versionOf(entry.page))),
    ranked.length,
    true,
  );
  // Once a query has answered, the next keystrokes may fall back to typos or words run together.
  await nextTask();
  engine.prefetchVocabulary();
}
